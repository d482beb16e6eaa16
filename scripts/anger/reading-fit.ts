/**
 * Fits the calibrated reading on held-out network outputs: an ordinal logistic model (one score, three cut points, fitted
 * by Newton's method on the all-threshold loss), then Platt scaling of its angry-or-worse probability on in-domain
 * messages, then level thresholds on that one calibrated number. Deterministic: no randomness anywhere.
 */
import { ANGER_LEVELS, type AngerLevel } from '../../src/core/signals/types.ts';
import { metricsAt, type BinaryMetrics } from './metrics.ts';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export interface OrdinalRows {
  /** rows × d inputs, row-major. */
  x: Float64Array;
  d: number;
  /** Level rank 0..3 (calm..furious). */
  level: Uint8Array;
  weight: Float64Array;
}

export interface OrdinalFit {
  w: Float64Array;
  /** Cut points for ≥ annoyed, ≥ angry, furious: P(level ≥ k) = sigmoid(w·x − theta[k−1]). */
  theta: [number, number, number];
}

/** Solves A·x = b in place (Gaussian elimination with partial pivoting); A is n × n row-major. */
export function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = r;
    if (pivot !== col) {
      for (let k = 0; k < n; k++) {
        const t = a[col * n + k]!;
        a[col * n + k] = a[pivot * n + k]!;
        a[pivot * n + k] = t;
      }
      const t = b[col]!;
      b[col] = b[pivot]!;
      b[pivot] = t;
    }
    const p = a[col * n + col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r * n + col]! / p;
      if (f === 0) continue;
      for (let k = col; k < n; k++) a[r * n + k]! -= f * a[col * n + k]!;
      b[r]! -= f * b[col]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r * n + k]! * x[k]!;
    x[r] = s / a[r * n + r]!;
  }
  return x;
}

/** Weighted all-threshold loss (three cumulative logistic losses sharing w) plus l2 · Σ w², and its value at `beta`. */
function lossAt(rows: OrdinalRows, beta: Float64Array, l2: number): number {
  const { x, d, level, weight } = rows;
  let loss = 0;
  for (let i = 0; i < level.length; i++) {
    let z = 0;
    for (let j = 0; j < d; j++) z += beta[j]! * x[i * d + j]!;
    for (let k = 0; k < 3; k++) {
      const u = z - beta[d + k]!;
      const t = level[i]! > k ? 1 : 0;
      // log(1 + e^-u) or log(1 + e^u), computed stably
      const m = t ? -u : u;
      loss += weight[i]! * (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m)));
    }
  }
  for (let j = 0; j < d; j++) loss += l2 * beta[j]! * beta[j]!;
  return loss;
}

/** Newton's method with step halving; l2 is per unit of total row weight. */
export function fitOrdinal(rows: OrdinalRows, l2 = 1e-3, iterations = 40): OrdinalFit {
  const { x, d, level, weight } = rows;
  const n = d + 3;
  const total = weight.reduce((s, w) => s + w, 0);
  const lambda = l2 * total;
  const beta = new Float64Array(n);
  beta[d] = -1;
  beta[d + 1] = 0;
  beta[d + 2] = 1;
  let loss = lossAt(rows, beta, lambda);
  const grad = new Float64Array(n);
  const hess = new Float64Array(n * n);
  const xi = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    hess.fill(0);
    for (let i = 0; i < level.length; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += beta[j]! * x[i * d + j]!;
      for (let k = 0; k < 3; k++) {
        const q = sigmoid(z - beta[d + k]!);
        const t = level[i]! > k ? 1 : 0;
        const g = weight[i]! * (q - t);
        const h = weight[i]! * q * (1 - q);
        for (let j = 0; j < d; j++) xi[j] = x[i * d + j]!;
        xi.fill(0, d);
        xi[d + k] = -1;
        for (let a = 0; a < n; a++) {
          if (xi[a] === 0) continue;
          grad[a]! += g * xi[a]!;
          for (let b = a; b < n; b++) hess[a * n + b]! += h * xi[a]! * xi[b]!;
        }
      }
    }
    for (let j = 0; j < d; j++) {
      grad[j]! += 2 * lambda * beta[j]!;
      hess[j * n + j]! += 2 * lambda;
    }
    for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) hess[a * n + b] = hess[b * n + a]!;
    for (let a = 0; a < n; a++) hess[a * n + a]! += 1e-9 * total;
    const step = solve(hess, Float64Array.from(grad), n);
    let scale = 1;
    let next = beta;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 20; tries++, scale /= 2) {
      next = Float64Array.from(beta, (v, j) => v - scale * step[j]!);
      nextLoss = lossAt(rows, next, lambda);
      if (nextLoss <= loss) break;
    }
    if (!(nextLoss <= loss)) break;
    const done = loss - nextLoss < 1e-9 * total;
    beta.set(next);
    loss = nextLoss;
    if (done) break;
  }
  return { w: beta.slice(0, d), theta: [beta[d]!, beta[d + 1]!, beta[d + 2]!] };
}

/** Platt scaling: the a, c of P(y = 1) = sigmoid(a · score + c), fitted by Newton's method on the log loss. */
export function fitPlatt(score: ArrayLike<number>, y: ArrayLike<number>): { a: number; c: number } {
  const n = score.length;
  const x = new Float64Array(n * 1);
  for (let i = 0; i < n; i++) x[i] = score[i]!;
  let a = 1;
  let c = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0;
    let gc = 0;
    let haa = 1e-6;
    let hac = 0;
    let hcc = 1e-6;
    for (let i = 0; i < n; i++) {
      const q = sigmoid(a * x[i]! + c);
      const g = q - y[i]!;
      const h = q * (1 - q);
      ga += g * x[i]!;
      gc += g;
      haa += h * x[i]! * x[i]!;
      hac += h * x[i]!;
      hcc += h;
    }
    const det = haa * hcc - hac * hac;
    const da = (hcc * ga - hac * gc) / det;
    const dc = (haa * gc - hac * ga) / det;
    a -= da;
    c -= dc;
    if (Math.abs(da) + Math.abs(dc) < 1e-10) break;
  }
  return { a, c };
}

export interface LevelChoice {
  levels: { annoyed: number; angry: number; furious: number };
  angryUp: BinaryMetrics;
  notCalm: BinaryMetrics;
  furious: BinaryMetrics;
}

const rank = (level: AngerLevel): number => ANGER_LEVELS.indexOf(level);

/** F1 of "score ≥ threshold" against labels, over the rows of one group. */
function f1At(scores: readonly number[], labels: Uint8Array, rows: readonly number[], threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const i of rows) {
    const predicted = scores[i]! >= threshold;
    if (predicted && labels[i]) tp++;
    else if (predicted) fp++;
    else if (labels[i]) fn++;
  }
  return tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

/**
 * Level thresholds on the calibrated probability: 'angry' maximises angry-or-worse F1, 'annoyed' not-calm F1 below it,
 * 'furious' furious F1 above it. With groups (one per tuning source: twcs, each writer's dev slice) each cut maximises the
 * mean F1 over the groups that have positives, so no one source's size decides (`groupWeight` weighs a group's F1 in that
 * mean; 1 unless given). A cut sits halfway between two scores.
 */
export function chooseLevels(
  p: ArrayLike<number>,
  gold: readonly AngerLevel[],
  group?: readonly string[],
  groupWeight: Readonly<Record<string, number>> = {},
): LevelChoice {
  const scores = Array.from(p);
  const names = group ?? scores.map(() => '');
  const groupNames = [...new Set(names)];
  const groups = groupNames.map((g) => scores.flatMap((_, i) => (names[i] === g ? [i] : [])));
  const weightOf = new Map(groups.map((rows, k) => [rows, groupWeight[groupNames[k]!] ?? 1]));
  const labels = (min: number) => Uint8Array.from(gold, (l) => (rank(l) >= min ? 1 : 0));
  const sorted = [...new Set(scores)].sort((a, b) => a - b);
  const cut = (y: Uint8Array, lo: number, hi: number): number => {
    const useful = groups.filter((rows) => rows.some((i) => y[i]));
    let best = (lo + hi) / 2;
    let bestF1 = -1;
    for (let k = 0; k < sorted.length; k++) {
      const below = k > 0 ? sorted[k - 1]! : 0;
      const threshold = (below + sorted[k]!) / 2;
      if (threshold <= lo || threshold >= hi) continue;
      const total = useful.reduce((s, rows) => s + weightOf.get(rows)!, 0);
      const f1 =
        useful.reduce((s, rows) => s + weightOf.get(rows)! * f1At(scores, y, rows, threshold), 0) / Math.max(1, total);
      if (f1 > bestF1) {
        bestF1 = f1;
        best = threshold;
      }
    }
    return best;
  };
  const angry = cut(labels(2), 0, 1);
  const annoyed = cut(labels(1), 0, angry);
  const furious = cut(labels(3), angry, 1);
  return {
    levels: { annoyed, angry, furious },
    angryUp: metricsAt(scores, labels(2), angry),
    notCalm: metricsAt(scores, labels(1), annoyed),
    furious: metricsAt(scores, labels(3), furious),
  };
}
