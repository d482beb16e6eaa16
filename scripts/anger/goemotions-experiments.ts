/**
 * Experiment harness for the network's GoEmotions heads (issue #12; findings: models/anger-experiments.md). Not part of
 * `npm run train:anger`. Models are selected on a fixed validation part of GoEmotions *train* (VALIDATION_SHARE of its rows,
 * chosen by a fixed seed), trained on the rest of train plus the project's examples and in-domain corpus exactly as the
 * shipped network is (same outputs, targets and loss weights). GoEmotions dev is read only with `--dev`, once, at the end.
 *
 *   npx tsx scripts/anger/goemotions-experiments.ts '{"name":"h64","train":{"hidden":64},"seeds":[42,43]}'
 *
 * Spec fields: `train` / `features` (overrides of the shipped candidate's), `headWeight` (loss weight of the GoEmotions anger
 * and cluster outputs, default 1), `seeds` (one run per seed, or one averaged ensemble with `"ensemble": true`),
 * `distill` ({teachers: seeds, alpha}: the GoEmotions targets become alpha × gold + (1 − alpha) × the mean probability of
 * teacher networks trained on the same rows; the student is trained with `seeds`), `wide` ({epochs, learningRate, mix: [shares]}:
 * the linear half of scripts/anger/wide.ts, each share of it mixed into the heads' logits is scored too). Prints one JSON line: validation
 * best-threshold F1 of the anger and cluster heads (and split-half on validation: cut on one half, F1 on the other).
 * ANGER_EXPERIMENTS_LOG=<file> appends the line to a file.
 */
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CANDIDATES } from './candidates.ts';
import { readCorpus } from './corpus.ts';
import { ANGER_ID, isAnger, isCluster, readCustomerServiceExamples, readGoEmotions } from './goemotions.ts';
import { buildMatrix, seededRandom, type FeatureMatrix } from './matrix.ts';
import { bestThreshold, splitHalfF1 } from './metrics.ts';
import { forward, trainMlp, type MlpParams } from './mlp.ts';
import { trainWide, wideLogit } from './wide.ts';
import {
  CLUSTER_OUTPUT,
  EXTRA_REPEAT,
  LABEL_COUNT,
  READING_OUTPUTS,
  readingLossWeights,
  readingTargets,
  type Candidate,
} from './train.ts';

/** Share of GoEmotions train held out as the fixed validation part models are selected on. */
export const VALIDATION_SHARE = 0.15;
const VALIDATION_SEED = 0x7a11d;

/** Whether GoEmotions train row i (of n) is in the fixed validation part (the same rows on every run). */
export function validationMask(n: number): Uint8Array {
  const random = seededRandom(VALIDATION_SEED);
  return Uint8Array.from({ length: n }, () => (random() < VALIDATION_SHARE ? 1 : 0));
}

interface Spec {
  name: string;
  train?: Partial<Candidate['train']>;
  features?: Partial<Candidate['features']>;
  headWeight?: number;
  seeds?: number[];
  ensemble?: boolean;
  distill?: { teachers: number[]; alpha: number };
  corpusRepeat?: number;
  /** A linear model on the same hashed features per GoEmotions head (AdaGrad logistic regression), added to the net's logit. */
  wide?: { epochs: number; learningRate: number; mix: number[] };
}

const spec = JSON.parse(process.argv[2] ?? '{}') as Spec;
const withDev = process.argv.includes('--dev');
const base = CANDIDATES[0]!;
const candidate: Candidate = {
  features: { ...base.features, families: true, ...spec.features },
  train: { ...base.train, ...spec.train },
};
const seeds = spec.seeds ?? [candidate.train.seed];
const t0 = performance.now();

const goAll = readGoEmotions('train');
const isVal = validationMask(goAll.length);
const goTrain = goAll.filter((_, i) => !isVal[i]);
const val = goAll.filter((_, i) => isVal[i]);
const extra = readCustomerServiceExamples();
const corpus = readCorpus(resolve(process.cwd(), 'corpus', 'anger')).flatMap((c) =>
  c.train.filter((r) => r.lang === 'en'),
);
const texts = [...goTrain, ...extra, ...corpus].map((r) => r.text);
const m = buildMatrix(texts, candidate.features);
const hard = readingTargets(goTrain, extra, corpus);
const lossWeights = readingLossWeights(2);
lossWeights[ANGER_ID] = spec.headWeight ?? 1;
lossWeights[CLUSTER_OUTPUT] = spec.headWeight ?? 1;
const corpusRepeat = spec.corpusRepeat ?? 6;
const order: number[] = [];
texts.forEach((_, i) => {
  const repeat = i < goTrain.length ? 1 : i < goTrain.length + extra.length ? EXTRA_REPEAT : corpusRepeat;
  for (let k = 0; k < repeat; k++) order.push(i);
});
const rows = Int32Array.from(order);

const fit = (targets: Float32Array, seed: number): MlpParams =>
  trainMlp(m, targets, READING_OUTPUTS, lossWeights, rows, {
    ...candidate.train,
    seed,
    bits: candidate.features.bits,
  });

/** Logits of the given outputs for every row of a matrix. */
function logits(net: MlpParams, x: FeatureMatrix, outputs: readonly number[]): Float64Array[] {
  const bag = new Float32Array(net.options.dim);
  const hidden = new Float32Array(net.options.hidden);
  const out = new Float32Array(net.outputs);
  const res = outputs.map(() => new Float64Array(x.rows));
  for (let r = 0; r < x.rows; r++) {
    forward(net, x.indices, x.offsets[r]!, x.offsets[r + 1]!, bag, hidden, out);
    outputs.forEach((o, j) => {
      res[j]![r] = out[o]!;
    });
  }
  return res;
}

let targets = hard;
if (spec.distill) {
  // Soft GoEmotions targets from teachers trained on the same rows (the in-domain outputs keep their gold).
  const { teachers, alpha } = spec.distill;
  const labels = Array.from({ length: LABEL_COUNT + 1 }, (_, i) => i);
  const mean = labels.map(() => new Float64Array(m.rows));
  for (const seed of teachers) {
    const net = fit(hard, seed);
    logits(net, m, labels).forEach((z, j) => {
      for (let r = 0; r < m.rows; r++) mean[j]![r]! += 1 / (1 + Math.exp(-z[r]!)) / teachers.length;
    });
  }
  targets = Float32Array.from(hard);
  for (let r = 0; r < goTrain.length + extra.length; r++) {
    for (const j of labels) {
      const at = r * READING_OUTPUTS + j;
      targets[at] = alpha * hard[at]! + (1 - alpha) * mean[j]![r]!;
    }
  }
}

/** Best-threshold F1, and split-half F1 (cut on even rows, F1 on odd rows and back, averaged). */
function score(s: Float64Array, gold: Uint8Array): { f1: number; half: number } {
  return { f1: bestThreshold(s, gold).f1, half: splitHalfF1(s, gold) };
}

const sets = [{ name: 'val', rows: val }, ...(withDev ? [{ name: 'dev', rows: readGoEmotions('dev') }] : [])].map(
  (s) => ({
    ...s,
    x: buildMatrix(
      s.rows.map((r) => r.text),
      candidate.features,
    ),
    anger: Uint8Array.from(s.rows, (r) => (isAnger(r) ? 1 : 0)),
    cluster: Uint8Array.from(s.rows, (r) => (isCluster(r) ? 1 : 0)),
  }),
);
const groups = spec.ensemble ? [seeds] : seeds.map((s) => [s]);
const results: Record<string, number | string>[] = [];
for (const group of groups) {
  const sums = sets.map((s) => [new Float64Array(s.x.rows), new Float64Array(s.x.rows)]);
  for (const seed of group) {
    const net = fit(targets, seed);
    sets.forEach((s, k) => {
      logits(net, s.x, [ANGER_ID, CLUSTER_OUTPUT]).forEach((z, j) => {
        for (let r = 0; r < z.length; r++) sums[k]![j]![r]! += z[r]! / group.length;
      });
    });
  }
  const result: Record<string, number | string> = { seed: group.join('+') };
  if (spec.wide) {
    const { epochs, learningRate } = spec.wide;
    const wides = [ANGER_ID, CLUSTER_OUTPUT].map((o) =>
      trainWide(m, hard, READING_OUTPUTS, o, rows, candidate.features.bits, {
        epochs,
        learningRate,
        mix: 0,
        seed: group[0]!,
      }),
    );
    sets.forEach((s, k) => {
      const zw = wides.map((w) => Float64Array.from({ length: s.x.rows }, (_, r) => wideLogit(w, s.x, r)));
      for (const mix of spec.wide!.mix) {
        const a = score(
          zw[0]!.map((z, r) => mix * z + (1 - mix) * sums[k]![0]![r]!),
          s.anger,
        );
        const c = score(
          zw[1]!.map((z, r) => mix * z + (1 - mix) * sums[k]![1]![r]!),
          s.cluster,
        );
        Object.assign(result, { [`${s.name}A w${mix}`]: +a.f1.toFixed(4), [`${s.name}C w${mix}`]: +c.f1.toFixed(4) });
      }
    });
  }
  sets.forEach((s, k) => {
    const a = score(sums[k]![0]!, s.anger);
    const c = score(sums[k]![1]!, s.cluster);
    Object.assign(result, {
      [`${s.name}A`]: +a.f1.toFixed(4),
      [`${s.name}C`]: +c.f1.toFixed(4),
      [`${s.name}A½`]: +a.half.toFixed(4),
      [`${s.name}C½`]: +c.half.toFixed(4),
    });
  });
  results.push(result);
}
const keys = Object.keys(results[0]!).filter((k) => k !== 'seed');
const meanOf = (k: string) => +(results.reduce((s, r) => s + Number(r[k]), 0) / results.length).toFixed(4);
const out = {
  name: spec.name,
  ...Object.fromEntries(keys.map((k) => [k, meanOf(k)])),
  perSeed: results,
  sec: +((performance.now() - t0) / 1000).toFixed(0),
  spec,
};
console.log(JSON.stringify(out));
if (process.env.ANGER_EXPERIMENTS_LOG) appendFileSync(process.env.ANGER_EXPERIMENTS_LOG, `${JSON.stringify(out)}\n`);
