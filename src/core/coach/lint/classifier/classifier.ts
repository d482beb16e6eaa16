/** The lint classifier: per-sentence logistic scores for the labels the rules under-find, backing the rules up. */
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { sentenceSpans } from '../text-scan.ts';
import {
  extraFeatures,
  FIRST,
  featureRoom,
  LAST,
  MIDDLE,
  ONLY,
  OPENING,
  sentenceFeatures,
  TRIGRAMS,
  wordFeatures,
} from './features.ts';

/** The weights file as committed under models/ (int8-quantised, buckets delta-encoded). */
export interface LintClassifierFile {
  hashBits: number;
  /** Feature families beyond the base ones for every label (features.ts flags; absent: none). */
  features?: number;
  /** Per label, its feature families (features.ts flags), overriding `features`. */
  labelFeatures?: number[];
  /**
   * Bits of the extra families' own hashed space (absent: hashBits). Their weight rows follow the base space's
   * 2^hashBits rows in `buckets`; a file whose labels use no extra family has none.
   */
  extraBits?: number;
  labels: string[];
  bias: number[];
  thresholds: number[];
  /**
   * Per label, the logit under which a rule finding of the label is dropped (the reply's best sentence scores under
   * it); null, or the array absent: the label's rule findings always stand.
   */
  vetoes?: Array<number | null>;
  scales: number[];
  buckets: number[];
  weights: number[];
  /**
   * The optional deep half: hashed embeddings (`dim` wide, int8 times `embedScale`, every bucket) averaged over the
   * sentence's features times 1/√n, a ReLU layer of `hidden` units (`w1[h * dim + d]`, `b1`), and per label a head
   * `w2[label * hidden + h]` whose output adds to the label's logit.
   */
  deep?: { dim: number; hidden: number; embedScale: number; embed: number[]; w1: number[]; b1: number[]; w2: number[] };
}

/** The deep half ready to score (see LintClassifierFile). */
export interface DeepHalf {
  dim: number;
  hidden: number;
  embedScale: number;
  embed: Int8Array;
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
}

/** Weights ready to score: int8 `weights[bucket * labels.length + label]` times `scales[label]` (small enough to stay in cache). */
export interface LintClassifier {
  hashBits: number;
  /** Bits of the extra families' space (rows 2^hashBits onwards). */
  extraBits: number;
  /** Per label, its extra feature families (features.ts flags). */
  labelFeatures: Int32Array;
  /** The union of labelFeatures: the families computed for a sentence. */
  features: number;
  labels: readonly ReplyLabel[];
  bias: Float64Array;
  thresholds: Float64Array;
  /** Per label, the veto logit (−∞: none). */
  vetoes: Float64Array;
  scales: Float64Array;
  weights: Int8Array;
  deep: DeepHalf | null;
}

/** One label the classifier found: the sentence that scored highest and its logit. */
export interface ClassifierHit {
  label: ReplyLabel;
  start: number;
  end: number;
  score: number;
}

const isReplyLabel = (name: string): name is ReplyLabel => Object.hasOwn(REPLY_LABELS, name);

/** Expands a committed weights file into dense arrays. */
export function loadLintClassifier(file: LintClassifierFile): LintClassifier {
  if (!(file.hashBits >= 10 && file.hashBits <= 20))
    throw new Error(`lint classifier hashed with ${file.hashBits} bits, features take 10 to 20`);
  const labels = file.labels.map((name) => {
    if (!isReplyLabel(name)) throw new Error(`lint classifier has unknown label ${name}`);
    return name;
  });
  const width = labels.length;
  const labelFeatures = Int32Array.from(labels, (_, l) => file.labelFeatures?.[l] ?? file.features ?? 0);
  if (labelFeatures.some((f) => f < 0 || f > (TRIGRAMS | OPENING)))
    throw new Error('lint classifier asks for an unknown feature family');
  const features = labelFeatures.reduce((u, f) => u | f, 0);
  const extraBits = file.extraBits ?? file.hashBits;
  if (!(extraBits >= 10 && extraBits <= 20))
    throw new Error(`lint classifier extra features hashed with ${extraBits} bits, they take 10 to 20`);
  const rows = (1 << file.hashBits) + (features === 0 ? 0 : 1 << extraBits);
  const weights = new Int8Array(rows * width);
  let bucket = 0;
  file.buckets.forEach((delta, row) => {
    bucket += delta;
    if (bucket >= rows) throw new Error('lint classifier weights lie outside its hashed feature space');
    for (let l = 0; l < width; l++) weights[bucket * width + l] = file.weights[row * width + l] ?? 0;
  });
  const floats = (xs: number[]): Float64Array => Float64Array.from(xs);
  const d = file.deep;
  if (d !== undefined && d.embed.length !== (1 << file.hashBits) * d.dim)
    throw new Error('lint classifier deep half does not match its hashed feature space');
  const deep =
    d === undefined
      ? null
      : {
          dim: d.dim,
          hidden: d.hidden,
          embedScale: d.embedScale,
          embed: Int8Array.from(d.embed),
          w1: floats(d.w1),
          b1: floats(d.b1),
          w2: floats(d.w2),
        };
  return {
    hashBits: file.hashBits,
    extraBits,
    labelFeatures,
    features,
    labels,
    bias: floats(file.bias),
    thresholds: floats(file.thresholds),
    vetoes: Float64Array.from(labels, (_, l) => file.vetoes?.[l] ?? Number.NEGATIVE_INFINITY),
    scales: floats(file.scales),
    weights,
    deep,
  };
}

// Reused across calls: the linter runs on one thread and these never escape.
let ids = new Int32Array(4096);
let best = new Float64Array(32);
let bestAt = new Int32Array(32);
let all = new Int32Array(0);
let bag = new Float64Array(0);
let hid = new Float64Array(0);
let deepOut = new Float64Array(32);

let words = new Int32Array(1024);

/** The deep half's logit for each of `labels[0, count)` into deepOut, from the sentence's word feature ids words[0, n). */
function deepLogits(deep: DeepHalf, n: number, labels: Int32Array, count: number): void {
  const { dim, hidden, embed, w1, b1, w2 } = deep;
  if (bag.length < dim) bag = new Float64Array(dim);
  if (hid.length < hidden) hid = new Float64Array(hidden);
  bag.fill(0, 0, dim);
  // Integer sums per dimension (int8 embeddings), scaled once.
  for (let i = 0; i < n; i++) {
    const at = words[i]! * dim;
    for (let d = 0; d < dim; d++) bag[d]! += embed[at + d]!;
  }
  const norm = n > 0 ? deep.embedScale / Math.sqrt(n) : 0;
  for (let h = 0; h < hidden; h++) {
    let sum = 0;
    const row = h * dim;
    for (let d = 0; d < dim; d++) sum += w1[row + d]! * bag[d]!;
    sum = b1[h]! + sum * norm;
    hid[h] = Math.max(sum, 0);
  }
  for (let k = 0; k < count; k++) {
    const l = labels[k]!;
    let sum = 0;
    const row = l * hidden;
    for (let h = 0; h < hidden; h++) sum += w2[row + h]! * hid[h]!;
    deepOut[l] = sum;
  }
}

/**
 * Highest sentence logit per classifier label, with that sentence's span index into `spans` (flat start/end pairs).
 * Only the labels listed in `labels` (indices, default all) are scored; the others keep −∞.
 */
export function scoreReply(
  model: LintClassifier,
  text: string,
  spans: readonly number[],
  labels?: Int32Array,
  labelCount?: number,
): { best: Float64Array; bestAt: Int32Array } {
  const width = model.labels.length;
  if (best.length < width) {
    best = new Float64Array(width);
    bestAt = new Int32Array(width);
  }
  if (labels === undefined) {
    if (all.length !== width) all = Int32Array.from({ length: width }, (_, l) => l);
    labels = all;
  }
  const count = labelCount ?? labels.length;
  best.fill(Number.NEGATIVE_INFINITY, 0, width);
  const w = model.weights;
  const last = spans.length - 2;
  for (let s = 0; s < spans.length; s += 2) {
    const start = spans[s] ?? 0;
    const end = spans[s + 1] ?? 0;
    if (ids.length < featureRoom(end - start)) ids = new Int32Array(featureRoom(end - start));
    const n = sentenceFeatures(text, start, end, ids, 0, model.hashBits);
    // The extra families, each label's own: trigrams in [n, tri), opening features in [tri, stop).
    let tri = n;
    let stop = n;
    if (model.features !== 0) {
      const place = s === 0 ? (s === last ? ONLY : FIRST) : s === last ? LAST : MIDDLE;
      [tri, stop] = extraFeatures(
        text,
        start,
        end,
        ids,
        n,
        model.features,
        place,
        1 << model.hashBits,
        model.extraBits,
      );
    }
    if (model.deep !== null) {
      if (deepOut.length < width) deepOut = new Float64Array(width);
      if (words.length < featureRoom(end - start)) words = new Int32Array(featureRoom(end - start));
      deepLogits(model.deep, wordFeatures(text, start, end, words, model.hashBits), labels, count);
    }
    // Each feature's row of weights starts at id × width. Summed four labels at a time in locals (one read of each id,
    // four weights from the same row), then the rest one by one; integer sums are the same in any order.
    for (let i = 0; i < stop; i++) ids[i] = ids[i]! * width;
    let k = 0;
    for (; k + 3 < count; k += 4) {
      const l0 = labels[k]!;
      const l1 = labels[k + 1]!;
      const l2 = labels[k + 2]!;
      const l3 = labels[k + 3]!;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < n; i++) {
        const row = ids[i]!;
        s0 += w[row + l0]!;
        s1 += w[row + l1]!;
        s2 += w[row + l2]!;
        s3 += w[row + l3]!;
      }
      if (stop !== n) {
        s0 += extraSum(model, l0, n, tri, stop);
        s1 += extraSum(model, l1, n, tri, stop);
        s2 += extraSum(model, l2, n, tri, stop);
        s3 += extraSum(model, l3, n, tri, stop);
      }
      keep(model, l0, s0, s);
      keep(model, l1, s1, s);
      keep(model, l2, s2, s);
      keep(model, l3, s3, s);
    }
    for (; k < count; k++) {
      const l = labels[k]!;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += w[ids[i]! + l]!;
      if (stop !== n) sum += extraSum(model, l, n, tri, stop);
      keep(model, l, sum, s);
    }
  }
  return { best, bestAt };
}

/** Label l's weight sum over the extra families it uses (ids already times width): [n, tri) trigrams, [tri, stop) opening. */
function extraSum(model: LintClassifier, l: number, n: number, tri: number, stop: number): number {
  const flags = model.labelFeatures[l]!;
  if (flags === 0) return 0;
  const from = (flags & TRIGRAMS) !== 0 ? n : tri;
  const to = (flags & OPENING) !== 0 ? stop : tri;
  const w = model.weights;
  let sum = 0;
  for (let i = from; i < to; i++) sum += w[ids[i]! + l]!;
  return sum;
}

/** Label l's logit for sentence s from its integer weight sum; kept when it is the label's best so far. */
function keep(model: LintClassifier, l: number, sum: number, s: number): void {
  const score = model.bias[l]! + sum * model.scales[l]! + (model.deep === null ? 0 : deepOut[l]!);
  if (score > best[l]!) {
    best[l] = score;
    bestAt[l] = s;
  }
}

let wanted = new Int32Array(32);
let vetoing = new Uint8Array(32);
const NONE: readonly ReplyLabel[] = [];
/** A threshold at or above this adds nothing (a label in the file for its veto only; training's DISABLED). */
const NO_ADDITION = 1e9;

/** Labels scoring above their threshold that `skip` does not rule out, each located at its best sentence. */
export function classify(model: LintClassifier, text: string, skip: (label: ReplyLabel) => boolean): ClassifierHit[] {
  return review(model, text, () => false, skip).hits;
}

/**
 * The classifier's say on a reply the rules have read. `found(label)`: the rules found the label; such a label is
 * scored only when it has a veto, and is `vetoed` when the reply's best sentence scores under it. Any other label
 * is a hit when it scores above its threshold and `skip` does not rule it out, located at its best sentence. Labels
 * that can be neither are not scored; with none left the reply is not even read.
 */
export function review(
  model: LintClassifier,
  text: string,
  found: (label: ReplyLabel) => boolean,
  skip: (label: ReplyLabel) => boolean,
): { hits: ClassifierHit[]; vetoed: readonly ReplyLabel[] } {
  const width = model.labels.length;
  if (wanted.length < width) {
    wanted = new Int32Array(width);
    vetoing = new Uint8Array(width);
  }
  let count = 0;
  for (let l = 0; l < width; l++) {
    const label = model.labels[l]!;
    if (found(label)) {
      if (model.vetoes[l]! === Number.NEGATIVE_INFINITY) continue;
      vetoing[l] = 1;
    } else {
      if (model.thresholds[l]! >= NO_ADDITION || skip(label)) continue;
      vetoing[l] = 0;
    }
    wanted[count++] = l;
  }
  if (count === 0) return { hits: [], vetoed: NONE };
  const spans = sentenceSpans(text);
  const { best: top, bestAt: at } = scoreReply(model, text, spans, wanted, count);
  const hits: ClassifierHit[] = [];
  let vetoed: ReplyLabel[] | undefined;
  for (let k = 0; k < count; k++) {
    const l = wanted[k]!;
    const label = model.labels[l]!;
    const score = top[l] ?? 0;
    if (vetoing[l] === 1) {
      if (score < model.vetoes[l]!) {
        vetoed ??= [];
        vetoed.push(label);
      }
      continue;
    }
    if (score <= (model.thresholds[l] ?? 0)) continue;
    const s = at[l] ?? 0;
    hits.push({ label, start: spans[s] ?? 0, end: spans[s + 1] ?? 0, score });
  }
  return { hits, vetoed: vetoed ?? NONE };
}
