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

/** Mean best-threshold F1 of both heads over k seeded folds of train (dev is never seen here). */
export function crossValidate(rows: readonly LabelledText[], candidate: Candidate, folds: number): CvResult {
  const m = buildMatrix(rows.map((r) => r.text), candidate.features);
  const random = seededRandom(candidate.train.seed ^ 0x5eed);
  const fold = Uint8Array.from(rows, () => Math.floor(random() * folds));
  const scores = { anger: 0, cluster: 0 };
  for (const [name, labels] of [['anger', labelsOf(rows, isAnger)], ['cluster', labelsOf(rows, isCluster)]] as const) {
    for (let k = 0; k < folds; k++) {
      const trainRows = Int32Array.from(rows.keys()).filter((i) => fold[i] !== k);
      const testRows = Array.from(rows.keys()).filter((i) => fold[i] === k);
      const head = trainHead(m, labels, trainRows, candidate.features.bits, candidate.train);
      const s = testRows.map((i) => rowScore(head, m, i));
      scores[name] += bestThreshold(s, testRows.map((i) => labels[i]!)).f1 / folds;
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
) {
  const m = buildMatrix(train.map((r) => r.text), candidate.features);
  const all = Int32Array.from(train.keys());
  const anger = trainHead(m, labelsOf(train, isAnger), all, candidate.features.bits, candidate.train);
  const cluster = trainHead(m, labelsOf(train, isCluster), all, candidate.features.bits, candidate.train);
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
