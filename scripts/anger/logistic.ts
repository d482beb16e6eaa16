import { FeatureScanner, type FeatureOptions } from '../../src/core/signals/anger/features.ts';

/** Texts turned into hashed feature indices once, so every head and fold reuses them. */
export interface FeatureMatrix {
  offsets: Int32Array;
  indices: Int32Array;
  rows: number;
}

export function buildMatrix(texts: readonly string[], options: FeatureOptions): FeatureMatrix {
  const scanner = new FeatureScanner(options);
  const offsets = new Int32Array(texts.length + 1);
  let indices = new Int32Array(texts.length * 64);
  texts.forEach((text, r) => {
    const count = scanner.scan(text);
    const start = offsets[r]!;
    if (start + count > indices.length) {
      const grown = new Int32Array(Math.max(indices.length * 2, start + count));
      grown.set(indices);
      indices = grown;
    }
    indices.set(scanner.indices.subarray(0, count), start);
    offsets[r + 1] = start + count;
  });
  return { offsets, indices: indices.subarray(0, offsets[texts.length]!), rows: texts.length };
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Weight of positive examples (negatives weigh 1). */
  positiveWeight: number;
  /** Target of the anger head for annoyance/disgust rows (soft labels: they are near-misses, not calm). */
  relatedTarget: number;
  seed: number;
}

export interface LinearHead {
  bias: number;
  weights: Float32Array;
}

/** mulberry32: a small seeded generator so a seed always gives the same shuffle. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Raw score of one row: bias + mean-normalised sum of its bucket weights. */
export function rowScore(head: LinearHead, m: FeatureMatrix, r: number): number {
  const start = m.offsets[r]!;
  const end = m.offsets[r + 1]!;
  let sum = 0;
  for (let k = start; k < end; k++) sum += head.weights[m.indices[k]!]!;
  return head.bias + (end > start ? sum / Math.sqrt(end - start) : 0);
}

/** Logistic regression by AdaGrad over the given rows (deterministic for a seed). */
export function trainHead(m: FeatureMatrix, labels: ArrayLike<number>, rows: Int32Array, bits: number, opts: TrainOptions): LinearHead {
  const weights = new Float32Array(1 << bits);
  const squares = new Float32Array(1 << bits);
  const head: LinearHead = { bias: 0, weights };
  let biasSquares = 0;
  const random = seededRandom(opts.seed);
  const order = Int32Array.from(rows);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    for (const r of order) {
      const y = labels[r]!;
      const p = sigmoid(rowScore(head, m, r));
      const g = (p - y) * (y > 0.5 ? opts.positiveWeight : 1);
      const start = m.offsets[r]!;
      const end = m.offsets[r + 1]!;
      const norm = end > start ? 1 / Math.sqrt(end - start) : 0;
      for (let k = start; k < end; k++) {
        const f = m.indices[k]!;
        const w = weights[f]!;
        const grad = g * norm + opts.l2 * w;
        const s = squares[f]! + grad * grad;
        squares[f] = s;
        weights[f] = w - (opts.learningRate * grad) / Math.sqrt(s + 1e-8);
      }
      biasSquares += g * g;
      head.bias -= (opts.learningRate * g) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  return head;
}
