/** Trains the lint classifier: sentence-level logistic regression on hashed features, weakly supervised by the rules. */
import { REPLY_LABEL_NAMES, type ReplyLabel } from '../../src/core/coach/labels.ts';
import {
  loadLintClassifier,
  scoreReply,
  type LintClassifier,
  type LintClassifierFile,
} from '../../src/core/coach/lint/classifier/classifier.ts';
import { HASH_BITS, sentenceFeatures } from '../../src/core/coach/lint/classifier/features.ts';
import { lint, lintLabels } from '../../src/core/coach/lint/lint-engine.ts';
import { sentenceSpans } from '../../src/core/coach/lint/text-scan.ts';
import { seededRandom as rng } from '../anger/matrix.ts';
import { OWN_SENTENCES } from './own-sentences.ts';

/**
 * Labels the classifier does not learn: the customer's name (found by its own step), and talking down and telling off,
 * whose wording differs from neutral explanation by tone more than by words (added to the project's own near misses,
 * "I've explained the charge in the email I just sent", the classifier flagged them).
 */
const NOT_LEARNED: readonly ReplyLabel[] = ['uses_customer_name', 'condescension', 'scolding'];

/**
 * The labels the classifier may back up. Training picks a threshold per label and switches off each label where the
 * classifier adds nothing over the rules.
 */
export const CLASSIFIER_LABELS: readonly ReplyLabel[] = REPLY_LABEL_NAMES.filter((l) => !NOT_LEARNED.includes(l));

export interface TrainingReply {
  reply: string;
  context?: string;
  labels: readonly string[];
  /** Labels the row's set was not labelled for (written before they existed): neither positive nor negative. */
  unlabelled?: readonly string[];
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  l2: number;
  rate: number;
  positiveWeight: number;
  /** Precision the classifier's additions over the rules must have, per label, on out-of-fold scores for a threshold to be chosen. */
  minPrecision: number;
  innerFolds: number;
  useOwnSentences: boolean;
  /** Lowest logit a label may be added at, whatever cross-validation picked: the classifier only backs the rules up. */
  minThreshold: number;
  labels: readonly ReplyLabel[];
}

export const DEFAULT_OPTIONS: TrainOptions = {
  seed: 20240611,
  epochs: 20,
  l2: 1e-4,
  rate: 0.2,
  positiveWeight: 3,
  minPrecision: 0.95,
  innerFolds: 5,
  useOwnSentences: true,
  minThreshold: 3,
  labels: CLASSIFIER_LABELS,
};

interface Sentence {
  ids: Int32Array;
  reply: number;
  /** Per label: 1 positive, 0 negative, -1 left out (an unlocated positive, decided by multiple-instance rounds). */
  target: Int8Array;
}

const featuresOf = (text: string, start: number, end: number): Int32Array => {
  const buf = new Int32Array(3 * (end - start) + 4);
  return buf.slice(0, sentenceFeatures(text, start, end, buf, 0));
};

// A reply's label goes to the sentences the rules located it in; labels the rules missed stay open for the rounds.
function sentencesOf(rows: readonly TrainingReply[], labels: readonly ReplyLabel[], useOwn: boolean): Sentence[] {
  const out: Sentence[] = [];
  rows.forEach((row, r) => {
    const findings = lint(row.reply, row.context === undefined ? {} : { customerMessage: row.context }, null);
    const spans = sentenceSpans(row.reply);
    for (let s = 0; s < spans.length; s += 2) {
      const start = spans[s] ?? 0;
      const end = spans[s + 1] ?? 0;
      const target = new Int8Array(labels.length);
      labels.forEach((label, l) => {
        if (row.unlabelled?.includes(label)) {
          target[l] = -2;
          return;
        }
        if (!row.labels.includes(label)) return;
        const located = findings.filter((f) => f.label === label);
        if (located.length === 0) target[l] = -1;
        else target[l] = located.some((f) => f.span.start < end && start < f.span.end) ? 1 : -2;
      });
      out.push({ ids: featuresOf(row.reply, start, end), reply: r, target });
    }
  });
  if (useOwn) {
    for (const own of OWN_SENTENCES) {
      const target = Int8Array.from(labels, (label) => (own.labels.includes(label) ? 1 : 0));
      out.push({ ids: featuresOf(own.text, 0, own.text.length), reply: -1, target });
    }
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function logits(weights: Float32Array, bias: Float64Array, ids: Int32Array, width: number, into: Float64Array): void {
  for (let l = 0; l < width; l++) into[l] = bias[l] ?? 0;
  for (const id of ids) {
    const base = id * width;
    for (let l = 0; l < width; l++) into[l] = (into[l] ?? 0) + (weights[base + l] ?? 0);
  }
}

// Sentence weights per label: 1 for known targets; for open positives, all sentences of the reply share it in round one, then the top-scoring one takes it.
/** Trained float weights, before thresholds and quantisation. */
interface FloatModel {
  labels: readonly ReplyLabel[];
  bias: Float64Array;
  weights: Float32Array;
}

function fit(sentences: readonly Sentence[], labels: readonly ReplyLabel[], options: TrainOptions): LintClassifier {
  return loadLintClassifier(toFile(fitFloat(sentences, labels, options), new Float64Array(labels.length)));
}

function fitFloat(sentences: readonly Sentence[], labels: readonly ReplyLabel[], options: TrainOptions): FloatModel {
  const width = labels.length;
  const weights = new Float32Array((1 << HASH_BITS) * width);
  const bias = new Float64Array(width);
  const grad2 = new Float32Array(weights.length).fill(1e-8);
  const biasGrad2 = new Float64Array(width).fill(1e-8);
  const random = rng(options.seed);
  const order = sentences.map((_, i) => i);
  const z = new Float64Array(width);
  const openShare = new Map<number, number>();
  for (const s of sentences) openShare.set(s.reply, (openShare.get(s.reply) ?? 0) + 1);
  // chosen[label][reply] = the sentence index holding an open positive in later rounds.
  let chosen: Map<number, number>[] | null = null;
  const rounds = 2;
  for (let round = 0; round < rounds; round++) {
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
      }
      for (const index of order) {
        const s = sentences[index];
        if (s === undefined) continue;
        logits(weights, bias, s.ids, width, z);
        for (let l = 0; l < width; l++) {
          const t = s.target[l] ?? 0;
          if (t === -2) continue;
          let y = t;
          let w = 1;
          if (t === -1) {
            y = 1;
            if (chosen === null) w = 1 / (openShare.get(s.reply) ?? 1);
            else if (chosen[l]?.get(s.reply) !== index) continue;
          }
          const g = (sigmoid(z[l] ?? 0) - y) * w * (y === 1 ? options.positiveWeight : 1);
          if (g === 0) continue;
          biasGrad2[l] = (biasGrad2[l] ?? 0) + g * g;
          bias[l] = (bias[l] ?? 0) - (options.rate * g) / Math.sqrt(biasGrad2[l] ?? 1);
          for (const id of s.ids) {
            const k = id * width + l;
            const gk = g + options.l2 * (weights[k] ?? 0);
            grad2[k] = (grad2[k] ?? 0) + gk * gk;
            weights[k] = (weights[k] ?? 0) - (options.rate * gk) / Math.sqrt(grad2[k] ?? 1);
          }
        }
      }
    }
    // Each open positive moves to the sentence of its reply that now scores highest.
    const picks = labels.map(() => new Map<number, number>());
    chosen = picks;
    const top = labels.map(() => new Map<number, number>());
    sentences.forEach((s, index) => {
      logits(weights, bias, s.ids, width, z);
      for (let l = 0; l < width; l++) {
        if (s.target[l] !== -1) continue;
        const score = z[l] ?? 0;
        if (score > (top[l]?.get(s.reply) ?? Number.NEGATIVE_INFINITY)) {
          top[l]?.set(s.reply, score);
          picks[l]?.set(s.reply, index);
        }
      }
    });
  }
  return { labels, bias, weights };
}

/**
 * Per-label thresholds for the rules + classifier system: on out-of-fold reply scores (inner cross-validation), the
 * logit at which "rules OR classifier above it" scores the best F1 while the labels the classifier adds over the rules are
 * right at least `minPrecision` of the time; a label
 * whose best threshold adds no F1 over the rules alone is switched off (DISABLED). Rows not labelled for a label are
 * left out of its counts.
 */
function chooseThresholds(
  rows: readonly TrainingReply[],
  labels: readonly ReplyLabel[],
  options: TrainOptions,
): Float64Array {
  const random = rng(options.seed ^ 0x5bd1e995);
  const fold = rows.map(() => Math.floor(random() * options.innerFolds));
  const scores = labels.map(() => new Float64Array(rows.length));
  for (let k = 0; k < options.innerFolds; k++) {
    const train = rows.filter((_, i) => fold[i] !== k);
    const model = fit(sentencesOf(train, labels, options.useOwnSentences), labels, options);
    rows.forEach((row, i) => {
      if (fold[i] !== k) return;
      const { best } = scoreReply(model, row.reply, sentenceSpans(row.reply));
      labels.forEach((_, l) => {
        const arr = scores[l];
        if (arr) arr[i] = best[l] ?? 0;
      });
    });
  }
  const ruled = rows.map(
    (row) =>
      new Set<string>(lintLabels(row.reply, row.context === undefined ? {} : { customerMessage: row.context }, null)),
  );
  return Float64Array.from(labels, (label, l) => {
    const s = scores[l] ?? new Float64Array(0);
    const counted = rows.map((row) => !row.unlabelled?.includes(label));
    const count = (t: number): { tp: number; fp: number; fn: number } => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      rows.forEach((row, i) => {
        if (!counted[i]) return;
        const yes = ruled[i]!.has(label) || (s[i] ?? 0) >= t;
        const gold = row.labels.includes(label);
        if (yes && gold) tp++;
        else if (yes) fp++;
        else if (gold) fn++;
      });
      return { tp, fp, fn };
    };
    const f1 = (c: { tp: number; fp: number; fn: number }): number =>
      c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    const alone = f1(count(Number.POSITIVE_INFINITY));
    const candidates = [...new Set(s)].filter((t) => t >= options.minThreshold).sort((a, b) => a - b);
    let bestT = DISABLED;
    let bestF = alone;
    const base = count(Number.POSITIVE_INFINITY);
    for (const t of candidates) {
      const c = count(t);
      // What the classifier adds over the rules must itself be right often enough (out of fold).
      const addedTp = c.tp - base.tp;
      const addedFp = c.fp - base.fp;
      const added = addedTp + addedFp === 0 ? 1 : addedTp / (addedTp + addedFp);
      const f = f1(c);
      if (added >= options.minPrecision && f > bestF + 1e-9) {
        bestF = f;
        bestT = t;
      }
    }
    // Just below the chosen score, so that reply itself passes `score > threshold`.
    return bestT === DISABLED ? DISABLED : bestT - 1e-6;
  });
}

/** The threshold of a label the classifier does not add (no logit reaches it). */
export const DISABLED = 1e9;

/**
 * Trains on `rows` (plus the project's own sentences): picks each label's threshold by inner cross-validation, then fits
 * the labels that earned one on all of `rows` and quantises them as shipped (labels switched off are left out).
 */
export function trainLintClassifier(
  rows: readonly TrainingReply[],
  options: TrainOptions = DEFAULT_OPTIONS,
): { file: LintClassifierFile; classifier: LintClassifier; switchedOff: ReplyLabel[] } {
  const thresholds = chooseThresholds(rows, options.labels, options);
  const active = options.labels.filter((_, l) => thresholds[l] !== DISABLED);
  const switchedOff = options.labels.filter((_, l) => thresholds[l] === DISABLED);
  const kept = Float64Array.from(active, (label) => thresholds[options.labels.indexOf(label)] ?? DISABLED);
  const file = toFile(fitFloat(sentencesOf(rows, active, options.useOwnSentences), active, options), kept);
  return { file, classifier: loadLintClassifier(file), switchedOff };
}

/** Int8-quantised, delta-encoded weights for models/lint-classifier.json (buckets all zero are left out). */
export function toFile(model: FloatModel, thresholds: Float64Array): LintClassifierFile {
  const width = model.labels.length;
  const scales = model.labels.map((_, l) => {
    let max = 0;
    for (let b = 0; b < 1 << HASH_BITS; b++) max = Math.max(max, Math.abs(model.weights[b * width + l] ?? 0));
    return max === 0 ? 1 : max / 127;
  });
  const buckets: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let b = 0; b < 1 << HASH_BITS; b++) {
    const row = model.labels.map((_, l) => Math.round((model.weights[b * width + l] ?? 0) / (scales[l] ?? 1)));
    if (row.every((q) => q === 0)) continue;
    buckets.push(b - last);
    last = b;
    weights.push(...row);
  }
  const round = (x: number): number => Number(x.toPrecision(6));
  return {
    hashBits: HASH_BITS,
    labels: [...model.labels],
    bias: Array.from(model.bias, round),
    thresholds: Array.from(thresholds, round),
    scales: scales.map(round),
    buckets,
    weights,
  };
}
