/** The lint classifier: per-sentence logistic scores for the labels the rules under-find, backing the rules up. */
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { sentenceSpans } from '../text-scan.ts';
import { HASH_BITS, sentenceFeatures } from './features.ts';

/** The weights file as committed under models/ (int8-quantised, buckets delta-encoded). */
export interface LintClassifierFile {
  hashBits: number;
  labels: string[];
  bias: number[];
  thresholds: number[];
  scales: number[];
  buckets: number[];
  weights: number[];
}

/** Weights ready to score: int8 `weights[bucket * labels.length + label]` times `scales[label]` (small enough to stay in cache). */
export interface LintClassifier {
  labels: readonly ReplyLabel[];
  bias: Float64Array;
  thresholds: Float64Array;
  scales: Float64Array;
  weights: Int8Array;
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
  if (file.hashBits !== HASH_BITS)
    throw new Error(`lint classifier hashed with ${file.hashBits} bits, features use ${HASH_BITS}`);
  const labels = file.labels.map((name) => {
    if (!isReplyLabel(name)) throw new Error(`lint classifier has unknown label ${name}`);
    return name;
  });
  const width = labels.length;
  const weights = new Int8Array((1 << HASH_BITS) * width);
  let bucket = 0;
  file.buckets.forEach((delta, row) => {
    bucket += delta;
    for (let l = 0; l < width; l++) weights[bucket * width + l] = file.weights[row * width + l] ?? 0;
  });
  const floats = (xs: number[]): Float64Array => Float64Array.from(xs);
  return { labels, bias: floats(file.bias), thresholds: floats(file.thresholds), scales: floats(file.scales), weights };
}

// Reused across calls: the linter runs on one thread and these never escape.
let ids = new Int32Array(4096);
let best = new Float64Array(32);
let bestAt = new Int32Array(32);
let all = new Int32Array(0);

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
  for (let s = 0; s < spans.length; s += 2) {
    const start = spans[s] ?? 0;
    const end = spans[s + 1] ?? 0;
    if (ids.length < 3 * (end - start) + 4) ids = new Int32Array(3 * (end - start) + 4);
    const n = sentenceFeatures(text, start, end, ids, 0);
    // Each feature's row of weights starts at id × width. Summed label by label in a local: the rows of one sentence stay
    // in cache across labels, and integer sums are the same in any order.
    for (let i = 0; i < n; i++) ids[i] = ids[i]! * width;
    for (let k = 0; k < count; k++) {
      const l = labels[k]!;
      let sum = 0;
      for (let i = 0; i < n; i++) sum += w[ids[i]! + l]!;
      const score = model.bias[l]! + sum * model.scales[l]!;
      if (score > best[l]!) {
        best[l] = score;
        bestAt[l] = s;
      }
    }
  }
  return { best, bestAt };
}

let wanted = new Int32Array(32);

/** Labels scoring above their threshold that `skip` does not rule out, each located at its best sentence. */
export function classify(model: LintClassifier, text: string, skip: (label: ReplyLabel) => boolean): ClassifierHit[] {
  // A label `skip` rules out can never be a hit, so it is not scored; with none left the reply is not even read.
  const width = model.labels.length;
  if (wanted.length < width) wanted = new Int32Array(width);
  let count = 0;
  for (let l = 0; l < width; l++) if (!skip(model.labels[l]!)) wanted[count++] = l;
  if (count === 0) return [];
  const spans = sentenceSpans(text);
  const { best: top, bestAt: at } = scoreReply(model, text, spans, wanted, count);
  const hits: ClassifierHit[] = [];
  for (let k = 0; k < count; k++) {
    const l = wanted[k]!;
    const score = top[l] ?? 0;
    if (score <= (model.thresholds[l] ?? 0)) continue;
    const s = at[l] ?? 0;
    hits.push({ label: model.labels[l]!, start: spans[s] ?? 0, end: spans[s + 1] ?? 0, score });
  }
  return hits;
}
