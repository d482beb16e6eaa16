import { encodeBase64, quantize } from '../../src/core/signals/anger/codec.ts';
import type { FeatureOptions } from '../../src/core/signals/anger/features.ts';
import { createAngerModel } from '../../src/core/signals/anger/model.ts';
import type { AngerWeights } from '../../src/core/signals/anger/weights.ts';
import { isAnger, isCluster, type LabelledText } from './goemotions.ts';
import { buildMatrix, rowScore, seededRandom, trainHead, type LinearHead, type TrainOptions } from './logistic.ts';
import { bestThreshold } from './metrics.ts';
import { chooseThresholds, type DevScores } from './thresholds.ts';

export interface Candidate {
  features: FeatureOptions;
  train: TrainOptions;
}

export interface CvResult {
  candidate: Candidate;
  anger: number;
  cluster: number;
}

const labelsOf = (rows: readonly LabelledText[], pick: (r: LabelledText) => boolean): Uint8Array =>
  Uint8Array.from(rows, (r) => (pick(r) ? 1 : 0));

/** Anger-head targets: 1 for anger, `related` for annoyance/disgust, 0 otherwise. */
const angerTargets = (rows: readonly LabelledText[], related: number): Float32Array =>
  Float32Array.from(rows, (r) => (isAnger(r) ? 1 : isCluster(r) ? related : 0));

/** How often each project-written customer-service example is repeated in training. */
export const EXTRA_REPEAT = 3;

/** Row indices `from..to` of the extra examples, each repeated EXTRA_REPEAT times. */
const extraRows = (from: number, to: number): number[] =>
  Array.from({ length: (to - from) * EXTRA_REPEAT }, (_, i) => from + (i % (to - from)));

/** Mean best-threshold F1 of both heads over k seeded folds of train (dev is never seen here). */
export function crossValidate(rows: readonly LabelledText[], candidate: Candidate, folds: number, extra: readonly LabelledText[] = []): CvResult {
  const all = [...rows, ...extra];
  const m = buildMatrix(all.map((r) => r.text), candidate.features);
  const random = seededRandom(candidate.train.seed ^ 0x5eed);
  const fold = Uint8Array.from(rows, () => Math.floor(random() * folds));
  const gold = { anger: labelsOf(all, isAnger), cluster: labelsOf(all, isCluster) };
  const targets = { anger: angerTargets(all, candidate.train.relatedTarget), cluster: gold.cluster };
  const scores = { anger: 0, cluster: 0 };
  for (const name of ['anger', 'cluster'] as const) {
    for (let k = 0; k < folds; k++) {
      // Extra examples only ever train; every fold is scored on GoEmotions rows alone.
      const trainRows = Int32Array.from([...rows.keys()].filter((i) => fold[i] !== k).concat(extraRows(rows.length, all.length)));
      const testRows = Array.from(rows.keys()).filter((i) => fold[i] === k);
      const head = trainHead(m, targets[name], trainRows, candidate.features.bits, candidate.train);
      const s = testRows.map((i) => rowScore(head, m, i));
      scores[name] += bestThreshold(s, testRows.map((i) => gold[name][i]!)).f1 / folds;
    }
  }
  return { candidate, ...scores };
}

const encodeHead = (head: LinearHead) => {
  const { scale, bytes } = quantize(head.weights);
  return { bias: head.bias, scale, weights: encodeBase64(bytes) };
};

/** Trains both heads on all of train, then picks level thresholds on dev with the shipped (quantised) weights. */
export function trainAngerWeights(
  train: readonly LabelledText[],
  dev: readonly LabelledText[],
  candidate: Candidate,
  meta: { name: string; trainedAt: string },
  extra: readonly LabelledText[] = [],
) {
  const rows = [...train, ...extra];
  const m = buildMatrix(rows.map((r) => r.text), candidate.features);
  const order = Int32Array.from([...train.keys(), ...extraRows(train.length, rows.length)]);
  const { bits } = candidate.features;
  const anger = trainHead(m, angerTargets(rows, candidate.train.relatedTarget), order, bits, candidate.train);
  const cluster = trainHead(m, labelsOf(rows, isCluster), order, bits, candidate.train);
  const draft: AngerWeights = {
    format: 'defuse-anger/1',
    ...meta,
    features: candidate.features,
    heads: { anger: encodeHead(anger), cluster: encodeHead(cluster) },
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
  const chosen = chooseThresholds(devScores);
  return { weights: { ...draft, thresholds: chosen.thresholds }, dev: chosen };
}
