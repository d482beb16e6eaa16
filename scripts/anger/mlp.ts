import { seededRandom, shuffleInPlace, type FeatureMatrix } from './matrix.ts';

/** Shape and training settings of the embedding-bag network (fastText-style, one hidden layer). */
export interface MlpOptions {
  bits: number;
  /** Embedding width per hashed bucket. */
  dim: number;
  /** Hidden ReLU units. */
  hidden: number;
  epochs: number;
  learningRate: number;
  /** Share of a row's features dropped at random each time it is trained on (regularises the bag). */
  dropout: number;
  /** Whether the learning rate falls linearly to zero over training (fastText's schedule). */
  decay: boolean;
  seed: number;
}

/**
 * A second, word-level input: each row's words as rows of a table of `dims`-wide vectors (pretrained, e.g. GloVe). The network
 * adds Wd·mean(vectors of the row's words) to the hidden layer; `tune` also fine-tunes the vectors.
 */
export interface WordBagInput {
  dims: number;
  /** table size × dims, row-major (copied, never changed in place). */
  vectors: Float32Array;
  /** Row r's words are table rows indices[offsets[r] .. offsets[r + 1]). */
  offsets: Int32Array;
  indices: Int32Array;
  /** Learning-rate multiplier for Wd and the word vectors. */
  lrScale: number;
  tune: boolean;
  /** 'mean': Wd·mean(vectors); 'max': per hidden unit, the largest Wd·vector over the row's words. */
  pooling: 'mean' | 'max';
}

/**
 * Trained parameters: the bag is averaged (times 1/sqrt(n)) then hidden = relu(W1·bag + Wd·words + b1), out = W2·hidden + b2,
 * where `words` is the mean of the row's word vectors (wd and words are empty without a word input).
 */
export interface MlpParams {
  options: MlpOptions;
  outputs: number;
  embed: Float32Array;
  w1: Float32Array;
  wd: Float32Array;
  words: Float32Array;
  wordDims: number;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Forward pass of the features `indices[start..end)` into `bag`, `hidden` and `out` (logits). */
export function forward(
  p: MlpParams,
  indices: Int32Array,
  start: number,
  end: number,
  bag: Float32Array,
  hidden: Float32Array,
  out: Float32Array,
  wordInput?: Float32Array,
): void {
  const { dim, hidden: H } = p.options;
  bag.fill(0);
  for (let k = start; k < end; k++) {
    const at = indices[k]! * dim;
    for (let d = 0; d < dim; d++) bag[d]! += p.embed[at + d]!;
  }
  const norm = end > start ? 1 / Math.sqrt(end - start) : 0;
  for (let d = 0; d < dim; d++) bag[d]! *= norm;
  for (let h = 0; h < H; h++) {
    let s = p.b1[h]!;
    const row = h * dim;
    for (let d = 0; d < dim; d++) s += p.w1[row + d]! * bag[d]!;
    if (wordInput) s += wordInput[h]!;
    hidden[h] = Math.max(s, 0);
  }
  for (let o = 0; o < p.outputs; o++) {
    let s = p.b2[o]!;
    const row = o * H;
    for (let h = 0; h < H; h++) s += p.w2[row + h]! * hidden[h]!;
    out[o] = s;
  }
}

/**
 * The word input's contribution to each hidden unit for the words `rows[from..to)` of the table: Wd·mean(vectors), or per
 * unit the max over words (argmax[h] gets the winning table row, -1 when there are no words).
 */
export function wordInputOf(
  p: MlpParams,
  pooling: 'mean' | 'max',
  rows: Int32Array,
  from: number,
  to: number,
  mean: Float32Array,
  out: Float32Array,
  argmax: Int32Array,
): void {
  const D = p.wordDims;
  const H = p.options.hidden;
  if (pooling === 'mean') {
    mean.fill(0);
    for (let k = from; k < to; k++) {
      const at = rows[k]! * D;
      for (let d = 0; d < D; d++) mean[d]! += p.words[at + d]!;
    }
    if (to > from) for (let d = 0; d < D; d++) mean[d]! /= to - from;
    for (let h = 0; h < H; h++) {
      let s = 0;
      const drow = h * D;
      for (let d = 0; d < D; d++) s += p.wd[drow + d]! * mean[d]!;
      out[h] = s;
    }
    return;
  }
  out.fill(to > from ? -Infinity : 0);
  argmax.fill(-1);
  for (let k = from; k < to; k++) {
    const at = rows[k]! * D;
    for (let h = 0; h < H; h++) {
      let s = 0;
      const drow = h * D;
      for (let d = 0; d < D; d++) s += p.wd[drow + d]! * p.words[at + d]!;
      if (s > out[h]!) {
        out[h] = s;
        argmax[h] = rows[k]!;
      }
    }
  }
}

/**
 * Trains all outputs jointly with per-row binary cross-entropy (targets[r * outputs + o] in 0..1) by AdaGrad.
 * `weights[o]` scales each output's loss so the heads the product reads (anger, cluster) dominate the shared layers.
 */
export function trainMlp(
  m: FeatureMatrix,
  targets: Float32Array,
  outputs: number,
  lossWeights: Float32Array,
  rows: Int32Array,
  opts: MlpOptions,
  wordBag?: WordBagInput,
  /** Overwrites chosen rows of the initial bucket embeddings (e.g. with projected pretrained word vectors). */
  init?: (embed: Float32Array) => void,
): MlpParams {
  const D = wordBag?.dims ?? 0;
  const { dim, hidden: H, bits } = opts;
  const random = seededRandom(opts.seed);
  const uniform = (scale: number) => (random() * 2 - 1) * scale;
  const size = 1 << bits;
  const p: MlpParams = {
    options: opts,
    outputs,
    embed: Float32Array.from({ length: size * dim }, () => uniform(0.1)),
    w1: Float32Array.from({ length: H * dim }, () => uniform(Math.sqrt(6 / (dim + H)))),
    b1: new Float32Array(H).fill(0.01),
    w2: Float32Array.from({ length: outputs * H }, () => uniform(Math.sqrt(6 / (H + outputs)))),
    b2: new Float32Array(outputs),
    wd: new Float32Array(0),
    words: new Float32Array(0),
    wordDims: D,
  };
  // Drawn after the other weights, so a network without a word input is initialised exactly as before.
  if (wordBag) {
    p.wd = Float32Array.from({ length: H * D }, () => uniform(Math.sqrt(6 / (D + H))));
    p.words = Float32Array.from(wordBag.vectors);
  }
  init?.(p.embed);
  const g = {
    embed: new Float32Array(size * dim),
    w1: new Float32Array(H * dim),
    b1: new Float32Array(H),
    w2: new Float32Array(outputs * H),
    b2: new Float32Array(outputs),
    wd: new Float32Array(H * D),
    words: new Float32Array(wordBag?.tune ? p.words.length : 0),
  };
  const wordMean = new Float32Array(D);
  const wordInput = new Float32Array(H);
  const argmax = new Int32Array(H);
  const dWords = new Float32Array(D);
  const keptWords = new Int32Array(1024);
  let keptWordCount = 0;
  const bag = new Float32Array(dim);
  const hidden = new Float32Array(H);
  const out = new Float32Array(outputs);
  const dOut = new Float32Array(outputs);
  const dHidden = new Float32Array(H);
  const dBag = new Float32Array(dim);
  const eps = 1e-8;
  const order = Int32Array.from(rows);
  const kept = new Int32Array(1024);
  const steps = opts.epochs * order.length;
  let step = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const r of order) {
      const lr = opts.decay ? opts.learningRate * (1 - step++ / steps) : opts.learningRate;
      let count = 0;
      for (let k = m.offsets[r]!; k < m.offsets[r + 1]! && count < kept.length; k++) {
        if (opts.dropout === 0 || random() >= opts.dropout) kept[count++] = m.indices[k]!;
      }
      if (wordBag) {
        keptWordCount = 0;
        for (let k = wordBag.offsets[r]!; k < wordBag.offsets[r + 1]! && keptWordCount < keptWords.length; k++) {
          if (opts.dropout === 0 || random() >= opts.dropout) keptWords[keptWordCount++] = wordBag.indices[k]!;
        }
        wordInputOf(p, wordBag.pooling, keptWords, 0, keptWordCount, wordMean, wordInput, argmax);
      }
      forward(p, kept, 0, count, bag, hidden, out, wordBag ? wordInput : undefined);
      for (let o = 0; o < outputs; o++) {
        // A NaN target is a label the row does not carry (in-domain rows have only anger and cluster): no loss.
        const t = targets[r * outputs + o]!;
        dOut[o] = Number.isNaN(t) ? 0 : (sigmoid(out[o]!) - t) * lossWeights[o]!;
      }
      dHidden.fill(0);
      for (let o = 0; o < outputs; o++) {
        const d = dOut[o]!;
        if (d === 0) continue;
        const row = o * H;
        for (let h = 0; h < H; h++) {
          dHidden[h]! += d * p.w2[row + h]!;
          const grad = d * hidden[h]!;
          g.w2[row + h]! += grad * grad;
          const s = g.w2[row + h]!;
          p.w2[row + h]! -= (lr * grad) / Math.sqrt(s + eps);
        }
        g.b2[o]! += d * d;
        const s = g.b2[o]!;
        p.b2[o]! -= (lr * d) / Math.sqrt(s + eps);
      }
      dBag.fill(0);
      dWords.fill(0);
      for (let h = 0; h < H; h++) {
        const d = hidden[h]! > 0 ? dHidden[h]! : 0;
        if (d === 0) continue;
        const row = h * dim;
        for (let k = 0; k < dim; k++) {
          dBag[k]! += d * p.w1[row + k]!;
          const grad = d * bag[k]!;
          g.w1[row + k]! += grad * grad;
          const s = g.w1[row + k]!;
          p.w1[row + k]! -= (lr * grad) / Math.sqrt(s + eps);
        }
        g.b1[h]! += d * d;
        const s = g.b1[h]!;
        p.b1[h]! -= (lr * d) / Math.sqrt(s + eps);
        if (wordBag && keptWordCount > 0) {
          const drow = h * D;
          const wlr = lr * wordBag.lrScale;
          const max = wordBag.pooling === 'max';
          const x = max ? p.words : wordMean;
          const at = max ? argmax[h]! * D : 0;
          for (let k = 0; k < D; k++) {
            if (!max) dWords[k]! += d * p.wd[drow + k]!;
            const grad = d * x[at + k]!;
            g.wd[drow + k]! += grad * grad;
            const s = g.wd[drow + k]!;
            p.wd[drow + k]! -= (wlr * grad) / Math.sqrt(s + eps);
          }
        }
      }
      if (wordBag?.tune && wordBag.pooling === 'mean' && keptWordCount > 0) {
        const wlr = lr * wordBag.lrScale;
        for (let d = 0; d < D; d++) dWords[d]! /= keptWordCount;
        for (let k = 0; k < keptWordCount; k++) {
          const at = keptWords[k]! * D;
          for (let d = 0; d < D; d++) {
            const grad = dWords[d]!;
            g.words[at + d]! += grad * grad;
            const s = g.words[at + d]!;
            p.words[at + d]! -= (wlr * grad) / Math.sqrt(s + eps);
          }
        }
      }
      const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
      for (let k = 0; k < dim; k++) dBag[k]! *= norm;
      for (let k = 0; k < count; k++) {
        const at = kept[k]! * dim;
        for (let d = 0; d < dim; d++) {
          const grad = dBag[d]!;
          g.embed[at + d]! += grad * grad;
          const s = g.embed[at + d]!;
          p.embed[at + d]! -= (lr * grad) / Math.sqrt(s + eps);
        }
      }
    }
  }
  return p;
}

/** Sigmoid probabilities of one output for the given rows. */
export function predictMlp(
  p: MlpParams,
  m: FeatureMatrix,
  rows: ArrayLike<number>,
  output: number,
  wordBag?: Pick<WordBagInput, 'offsets' | 'indices' | 'pooling'>,
): Float64Array {
  const wordMean = new Float32Array(p.wordDims);
  const wordInput = new Float32Array(p.options.hidden);
  const argmax = new Int32Array(p.options.hidden);
  const bag = new Float32Array(p.options.dim);
  const hidden = new Float32Array(p.options.hidden);
  const out = new Float32Array(p.outputs);
  return Float64Array.from({ length: rows.length }, (_, i) => {
    const r = rows[i]!;
    if (wordBag)
      wordInputOf(
        p,
        wordBag.pooling,
        wordBag.indices,
        wordBag.offsets[r]!,
        wordBag.offsets[r + 1]!,
        wordMean,
        wordInput,
        argmax,
      );
    forward(p, m.indices, m.offsets[r]!, m.offsets[r + 1]!, bag, hidden, out, wordBag ? wordInput : undefined);
    return sigmoid(out[output]!);
  });
}
