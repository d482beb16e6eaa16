import { encodeBase64, quantize } from '../../src/core/signals/anger/codec.ts';
import type { FeatureOptions } from '../../src/core/signals/anger/features.ts';
import { createAngerModel } from '../../src/core/signals/anger/model.ts';
import type { AngerWeights } from '../../src/core/signals/anger/weights.ts';
import { ANGER_ID, isAnger, isCluster, type LabelledText } from './goemotions.ts';
import { buildMatrix, seededRandom } from './matrix.ts';
import { bestThreshold } from './metrics.ts';
import { predictMlp, trainMlp, type MlpOptions, type MlpParams } from './mlp.ts';
import type { LevelRow } from './eval-data.ts';
import { chooseThresholds, type Calibration, type DevScores } from './thresholds.ts';

export interface Candidate {
  features: FeatureOptions;
  train: Omit<MlpOptions, 'bits'>;
}

export interface CvResult {
  candidate: Candidate;
  anger: number;
  cluster: number;
}

/** Outputs 0..27 are the GoEmotions labels (auxiliary tasks that shape the shared layers); 28 is the cluster. */
export const LABEL_COUNT = 28;
export const CLUSTER_OUTPUT = 28;
const OUTPUTS = 29;

/** Multi-label targets, one row of OUTPUTS per text. */
function targetsOf(rows: readonly LabelledText[]): Float32Array {
  const targets = new Float32Array(rows.length * OUTPUTS);
  rows.forEach((row, r) => {
    for (const label of row.labels) if (label >= 0 && label < LABEL_COUNT) targets[r * OUTPUTS + label] = 1;
    if (isCluster(row)) targets[r * OUTPUTS + CLUSTER_OUTPUT] = 1;
  });
  return targets;
}

const LOSS_WEIGHTS = new Float32Array(OUTPUTS).fill(1);

const labelsOf = (rows: readonly LabelledText[], pick: (r: LabelledText) => boolean): Uint8Array =>
  Uint8Array.from(rows, (r) => (pick(r) ? 1 : 0));

/** How often each project-written customer-service example is repeated in training. */
export const EXTRA_REPEAT = 3;

/** Row indices `from..to` of the extra examples, each repeated EXTRA_REPEAT times. */
const extraRows = (from: number, to: number): number[] =>
  Array.from({ length: (to - from) * EXTRA_REPEAT }, (_, i) => from + (i % (to - from)));

const netOptions = (c: Candidate): MlpOptions => ({ ...c.train, bits: c.features.bits });

/** Mean best-threshold F1 of both outputs over k seeded folds of train (dev is never seen here). */
export function crossValidate(rows: readonly LabelledText[], candidate: Candidate, folds: number, extra: readonly LabelledText[] = []): CvResult {
  const all = [...rows, ...extra];
  const m = buildMatrix(all.map((r) => r.text), candidate.features);
  const random = seededRandom(candidate.train.seed ^ 0x5eed);
  const fold = Uint8Array.from(rows, () => Math.floor(random() * folds));
  const targets = targetsOf(all);
  const gold = { anger: labelsOf(rows, isAnger), cluster: labelsOf(rows, isCluster) };
  const scores = { anger: 0, cluster: 0 };
  for (let k = 0; k < folds; k++) {
    // Extra examples only ever train; every fold is scored on GoEmotions rows alone.
    const trainRows = Int32Array.from([...rows.keys()].filter((i) => fold[i] !== k).concat(extraRows(rows.length, all.length)));
    const testRows = Array.from(rows.keys()).filter((i) => fold[i] === k);
    const net = trainMlp(m, targets, OUTPUTS, LOSS_WEIGHTS, trainRows, netOptions(candidate));
    scores.anger += bestThreshold(predictMlp(net, m, testRows, ANGER_ID), testRows.map((i) => gold.anger[i]!)).f1 / folds;
    scores.cluster += bestThreshold(predictMlp(net, m, testRows, CLUSTER_OUTPUT), testRows.map((i) => gold.cluster[i]!)).f1 / folds;
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
  const m = buildMatrix(rows.map((r) => r.text), candidate.features);
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
