/** Precision, recall and F1 of a binary decision. */
export interface BinaryMetrics {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Metrics when everything scoring at or above `threshold` is called positive. */
export function metricsAt(scores: ArrayLike<number>, labels: ArrayLike<number>, threshold: number): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.length; i++) {
    const predicted = scores[i]! >= threshold;
    if (predicted && labels[i]) tp++;
    else if (predicted) fp++;
    else if (labels[i]) fn++;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { threshold, precision, recall, f1 };
}

/** The threshold that maximises F1 (ties go to the higher threshold); one sort, one pass. */
export function bestThreshold(scores: ArrayLike<number>, labels: ArrayLike<number>): BinaryMetrics {
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i]) positives++;
  let best: BinaryMetrics = { threshold: Infinity, precision: 0, recall: 0, f1: 0 };
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]!]) tp++;
    const here = scores[order[k]!]!;
    const next = k + 1 < order.length ? scores[order[k + 1]!]! : -Infinity;
    if (next === here) continue; // only cut between distinct scores
    const precision = tp / (k + 1);
    const recall = positives > 0 ? tp / positives : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    if (f1 > best.f1) best = { threshold: here, precision, recall, f1 };
  }
  return best;
}

/** F1 with the cut chosen on the even rows and measured on the odd ones, and the other way round, averaged. */
export function splitHalfF1(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const half = (keep: 0 | 1) => Array.from({ length: scores.length }, (_, i) => i).filter((i) => i % 2 === keep);
  let f1 = 0;
  for (const [a, b] of [
    [half(0), half(1)],
    [half(1), half(0)],
  ] as const) {
    const cut = bestThreshold(
      a.map((i) => scores[i]!),
      a.map((i) => labels[i]!),
    ).threshold;
    f1 +=
      metricsAt(
        b.map((i) => scores[i]!),
        b.map((i) => labels[i]!),
        cut,
      ).f1 / 2;
  }
  return f1;
}

/** Pearson correlation coefficient. */
export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): number {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i]!;
    my += ys[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
