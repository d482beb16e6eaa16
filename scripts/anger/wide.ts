import type { FeatureMatrix } from './matrix.ts';
import { seededRandom, shuffleInPlace } from './matrix.ts';

/**
 * The linear ("wide") half of the GoEmotions heads: one logistic regression per head on the same hashed features as the
 * network's bag (each feature weighs 1/sqrt(count), like the bag), trained separately by AdaGrad and mixed with the network's
 * logit afterwards. Two differently built models disagree on different rows, so their mix ranks better than either
 * (models/anger-experiments.md, issue #12).
 */
export interface WideOptions {
  epochs: number;
  learningRate: number;
  /** Share of the wide logit in a head's logit: (1 − mix) · network + mix · wide. */
  mix: number;
  seed: number;
}

export const WIDE: Omit<WideOptions, 'seed'> = { epochs: 5, learningRate: 0.2, mix: 0.5 };

/** Weights (2^bits) and the bias (last) of one head, trained on the rows `rows` whose target at `output` is not NaN. */
export function trainWide(
  m: FeatureMatrix,
  targets: Float32Array,
  outputs: number,
  output: number,
  rows: Int32Array,
  bits: number,
  o: WideOptions,
): Float32Array {
  const size = 1 << bits;
  const w = new Float64Array(size + 1);
  const g = new Float64Array(size + 1);
  const random = seededRandom(o.seed ^ 0x3d3d);
  const order = Int32Array.from(rows).filter((r) => !Number.isNaN(targets[r * outputs + output]!));
  for (let e = 0; e < o.epochs; e++) {
    shuffleInPlace(order, random);
    for (const r of order) {
      const from = m.offsets[r]!;
      const to = m.offsets[r + 1]!;
      const norm = to > from ? 1 / Math.sqrt(to - from) : 0;
      let z = w[size]!;
      for (let k = from; k < to; k++) z += w[m.indices[k]!]! * norm;
      const d = 1 / (1 + Math.exp(-z)) - targets[r * outputs + output]!;
      const grad = d * norm;
      for (let k = from; k < to; k++) {
        const f = m.indices[k]!;
        g[f]! += grad * grad;
        w[f]! -= (o.learningRate * grad) / Math.sqrt(g[f]! + 1e-8);
      }
      g[size]! += d * d;
      w[size]! -= (o.learningRate * d) / Math.sqrt(g[size]! + 1e-8);
    }
  }
  return Float32Array.from(w);
}

/** The wide logit of row r of a matrix. */
export function wideLogit(w: Float32Array, m: FeatureMatrix, r: number): number {
  const from = m.offsets[r]!;
  const to = m.offsets[r + 1]!;
  const norm = to > from ? 1 / Math.sqrt(to - from) : 0;
  let z = 0;
  for (let k = from; k < to; k++) z += w[m.indices[k]!]!;
  return z * norm + w[w.length - 1]!;
}
