import { encodeBase64, quantize } from '../../src/core/signals/anger/codec.ts';
import type { FeatureOptions } from '../../src/core/signals/anger/features.ts';
import { createAngerModel } from '../../src/core/signals/anger/model.ts';
import type { AngerWeights } from '../../src/core/signals/anger/weights.ts';
import { scannerWords, wordKey } from './glove.ts';
import { ANGER_ID, isAnger, isCluster, type LabelledText } from './goemotions.ts';
import { buildMatrix, seededRandom } from './matrix.ts';
import { bestThreshold } from './metrics.ts';
import { predictMlp, trainMlp, type WordBagInput, type MlpOptions, type MlpParams } from './mlp.ts';
import type { LevelRow } from './eval-data.ts';
import { chooseThresholds, type Calibration, type DevScores } from './thresholds.ts';

/**
 * Pretrained word vectors (GloVe) as a second input beside the hashed bag: the mean (optionally idf-weighted) vector of a
 * message's words, frozen or fine-tuned. Experiments only (models/anger-experiments.md): crossValidate uses it given a table,
 * trainAngerWeights ignores it, and the weights format has no place for it.
 */
export interface WordVectorOptions {
  /** Most frequent train words (with a GloVe vector) kept in the table. */
  words: number;
  /** Extra words from the top of GloVe's own frequency list, so words train never saw still carry meaning. */
  gloveTop: number;
  weighting: 'mean' | 'idf';
  /** Standard deviation of each dimension of a message's mean word vector over train (0: leave the GloVe scale). */
  scale: number;
  /** Learning-rate multiplier for the word input's weights (and the vectors, when tuned). */
  lrScale: number;
  /** Fine-tune the word vectors too (else they stay frozen; mean pooling only). */
  tune: boolean;
  pooling: 'mean' | 'max';
  /** Leave out words in a negation scope ("not angry" brings no "angry" vector); the bag still sees them. */
  skipNegated?: boolean;
}

export interface Candidate {
  features: FeatureOptions;
  train: Omit<MlpOptions, 'bits'>;
  wordVectors?: WordVectorOptions;
}

/** Word keys (FeatureScanner word hashes, unsigned) and their input vectors (weighting and scale already applied). */
export interface WordVectorTable {
  keys: Uint32Array;
  dims: number;
  /** keys.length × dims, row-major. */
  vectors: Float32Array;
}

/** Each row's words that the table knows, as table rows (repeats kept, order kept); words as FeatureScanner reads them. */
export function wordRowsOf(
  texts: readonly string[],
  table: WordVectorTable,
  skipNegated = false,
): { offsets: Int32Array; indices: Int32Array } {
  const index = new Map<number, number>();
  table.keys.forEach((k, i) => index.set(k, i));
  const offsets = new Int32Array(texts.length + 1);
  const indices: number[] = [];
  texts.forEach((text, r) => {
    const negated: boolean[] = [];
    const words = scannerWords(text, negated);
    for (let w = 0; w < words.length; w++) {
      if (skipNegated && negated[w]) continue;
      const i = index.get(wordKey(words[w]!));
      if (i !== undefined) indices.push(i);
    }
    offsets[r + 1] = indices.length;
  });
  return { offsets, indices: Int32Array.from(indices) };
}

export interface CvResult {
  candidate: Candidate;
  anger: number;
  cluster: number;
}

/** Outputs 0..27 are the GoEmotions labels (auxiliary tasks that shape the shared layers); 28 is the cluster. */
export const LABEL_COUNT = 28;
export const CLUSTER_OUTPUT = 28;
export const OUTPUTS = 29;

/** Multi-label targets, one row of OUTPUTS per text. */
export function targetsOf(rows: readonly LabelledText[]): Float32Array {
  const targets = new Float32Array(rows.length * OUTPUTS);
  rows.forEach((row, r) => {
    for (const label of row.labels) if (label >= 0 && label < LABEL_COUNT) targets[r * OUTPUTS + label] = 1;
    if (isCluster(row)) targets[r * OUTPUTS + CLUSTER_OUTPUT] = 1;
  });
  return targets;
}

export const LOSS_WEIGHTS = new Float32Array(OUTPUTS).fill(1);

const labelsOf = (rows: readonly LabelledText[], pick: (r: LabelledText) => boolean): Uint8Array =>
  Uint8Array.from(rows, (r) => (pick(r) ? 1 : 0));

/** How often each project-written customer-service example is repeated in training. */
export const EXTRA_REPEAT = 3;

/** Row indices `from..to` of the extra examples, each repeated EXTRA_REPEAT times. */
const extraRows = (from: number, to: number): number[] =>
  Array.from({ length: (to - from) * EXTRA_REPEAT }, (_, i) => from + (i % (to - from)));

export const wordBagFor = (texts: readonly string[], table: WordVectorTable, o: WordVectorOptions): WordBagInput => ({
  dims: table.dims,
  vectors: table.vectors,
  ...wordRowsOf(texts, table, o.skipNegated),
  lrScale: o.lrScale,
  tune: o.tune,
  pooling: o.pooling,
});

const netOptions = (c: Candidate): MlpOptions => ({ ...c.train, bits: c.features.bits });

/** Mean best-threshold F1 of both outputs over k seeded folds of train (dev is never seen here). */
export function crossValidate(
  rows: readonly LabelledText[],
  candidate: Candidate,
  folds: number,
  extra: readonly LabelledText[] = [],
  table?: WordVectorTable,
): CvResult {
  const all = [...rows, ...extra];
  const m = buildMatrix(
    all.map((r) => r.text),
    candidate.features,
  );
  const wordBag =
    table && candidate.wordVectors
      ? wordBagFor(
          all.map((r) => r.text),
          table,
          candidate.wordVectors,
        )
      : undefined;
  const random = seededRandom(candidate.train.seed ^ 0x5eed);
  const fold = Uint8Array.from(rows, () => Math.floor(random() * folds));
  const targets = targetsOf(all);
  const gold = { anger: labelsOf(rows, isAnger), cluster: labelsOf(rows, isCluster) };
  const scores = { anger: 0, cluster: 0 };
  for (let k = 0; k < folds; k++) {
    // Extra examples only ever train; every fold is scored on GoEmotions rows alone.
    const trainRows = Int32Array.from(
      [...rows.keys()].filter((i) => fold[i] !== k).concat(extraRows(rows.length, all.length)),
    );
    const testRows = Array.from(rows.keys()).filter((i) => fold[i] === k);
    const net = trainMlp(m, targets, OUTPUTS, LOSS_WEIGHTS, trainRows, netOptions(candidate), wordBag);
    scores.anger +=
      bestThreshold(
        predictMlp(net, m, testRows, ANGER_ID, wordBag),
        testRows.map((i) => gold.anger[i]!),
      ).f1 / folds;
    scores.cluster +=
      bestThreshold(
        predictMlp(net, m, testRows, CLUSTER_OUTPUT, wordBag),
        testRows.map((i) => gold.cluster[i]!),
      ).f1 / folds;
  }
  return { candidate, ...scores };
}

/** Keeps only what inference reads: the embeddings (int8), the hidden layer, and the anger and cluster output rows. */
function encodeNetwork(net: MlpParams): AngerWeights['network'] {
  const { dim, hidden } = net.options;
  const { scale, bytes } = quantize(net.embed);
  const outputRow = (o: number) => Array.from(net.w2.subarray(o * hidden, (o + 1) * hidden));
  return {
    dim,
    hidden,
    embedScale: scale,
    embed: encodeBase64(bytes),
    w1: Array.from(net.w1),
    b1: Array.from(net.b1),
    w2: [...outputRow(ANGER_ID), ...outputRow(CLUSTER_OUTPUT)],
    b2: [net.b2[ANGER_ID]!, net.b2[CLUSTER_OUTPUT]!],
  };
}

/** Trains the network on all of train, then picks level thresholds on dev (and the optional in-domain calibration set) with the shipped weights. */
export function trainAngerWeights(
  train: readonly LabelledText[],
  dev: readonly LabelledText[],
  candidate: Candidate,
  meta: { name: string; trainedAt: string },
  extra: readonly LabelledText[] = [],
  calibration: readonly LevelRow[] = [],
) {
  const rows = [...train, ...extra];
  const m = buildMatrix(
    rows.map((r) => r.text),
    candidate.features,
  );
  const order = Int32Array.from([...train.keys(), ...extraRows(train.length, rows.length)]);
  const net = trainMlp(m, targetsOf(rows), OUTPUTS, LOSS_WEIGHTS, order, netOptions(candidate));
  const draft: AngerWeights = {
    format: 'defuse-anger/2',
    ...meta,
    features: candidate.features,
    network: encodeNetwork(net),
    thresholds: { annoyed: 0.5, angry: 0.5, furious: 0.9, furiousCues: 2 },
  };
  const probe = createAngerModel(draft);
  const devScores: DevScores = {
    anger: new Float64Array(dev.length),
    cluster: new Float64Array(dev.length),
    isAnger: labelsOf(dev, isAnger),
    isCluster: labelsOf(dev, isCluster),
  };
  dev.forEach((r, i) => {
    const reading = probe.read(r.text);
    devScores.anger[i] = reading.anger;
    devScores.cluster[i] = reading.cluster;
  });
  const readings = calibration.map((r) => probe.read(r.text));
  const inDomain: Calibration | undefined = calibration.length
    ? {
        anger: Float64Array.from(readings, (r) => r.anger),
        cluster: Float64Array.from(readings, (r) => r.cluster),
        notCalm: Uint8Array.from(calibration, (r) => (r.level === 'calm' ? 0 : 1)),
      }
    : undefined;
  const chosen = chooseThresholds(devScores, inDomain);
  return { weights: { ...draft, thresholds: chosen.thresholds }, dev: chosen };
}

/**
 * Centres and scales the table so the mean word vector of a row has mean 0 and standard deviation `scale` in every dimension
 * over `texts` (rows without a known word stay 0). Done on the word vectors themselves, so inference needs no extra step.
 */
export function standardizeTable(table: WordVectorTable, texts: readonly string[], scale: number): WordVectorTable {
  const { dims } = table;
  const { offsets, indices } = wordRowsOf(texts, table);
  const mean = new Float64Array(dims);
  const square = new Float64Array(dims);
  const row = new Float64Array(dims);
  let rows = 0;
  for (let r = 0; r < texts.length; r++) {
    const n = offsets[r + 1]! - offsets[r]!;
    if (n === 0) continue;
    rows++;
    row.fill(0);
    for (let k = offsets[r]!; k < offsets[r + 1]!; k++)
      for (let d = 0; d < dims; d++) row[d]! += table.vectors[indices[k]! * dims + d]! / n;
    for (let d = 0; d < dims; d++) {
      mean[d]! += row[d]!;
      square[d]! += row[d]! * row[d]!;
    }
  }
  const vectors = new Float32Array(table.vectors.length);
  for (let d = 0; d < dims; d++) {
    const mu = mean[d]! / Math.max(rows, 1);
    const sd = Math.sqrt(Math.max(square[d]! / Math.max(rows, 1) - mu * mu, 1e-12));
    for (let i = 0; i < table.keys.length; i++)
      vectors[i * dims + d] = ((table.vectors[i * dims + d]! - mu) / sd) * scale;
  }
  return { ...table, vectors };
}
