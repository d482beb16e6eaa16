/** Trains the anger model on GoEmotions train, tunes level thresholds on dev, writes models/anger-v2.{json,md}. */
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { readTwcsLevels } from './anger/eval-data.ts';
import { readCustomerServiceExamples, readGoEmotions } from './anger/goemotions.ts';
import { renderModelCard } from './anger/model-card.ts';
import { CANDIDATES } from './anger/candidates.ts';
import { crossValidate, trainAngerWeights, type CvResult } from './anger/train.ts';

const options = new Command()
  .option('--seed <n>', 'random seed for shuffling and folds', '42')
  .option('--folds <n>', 'cross-validation folds on train', '3')
  .option('--no-search', 'skip cross-validation and train the first candidate')
  .option('--no-calibrate', "tune the 'annoyed' threshold on GoEmotions dev alone (no twcs calibration)")
  .option('--out <dir>', 'output folder', 'models')
  .parse(process.argv)
  .opts<{ seed: string; folds: string; search: boolean; calibrate: boolean; out: string }>();

const seed = Number(options.seed);
const folds = Number(options.folds);
if (!Number.isInteger(seed) || !Number.isInteger(folds) || folds < 2) {
  console.error('train-anger: --seed and --folds must be integers (folds ≥ 2)');
  process.exit(2);
}

const started = performance.now();
const train = readGoEmotions('train');
const dev = readGoEmotions('dev');
const extra = readCustomerServiceExamples();
// twcs (CC BY-NC-SA) only calibrates the 'annoyed' threshold; it never trains.
const calibration = options.calibrate ? readTwcsLevels() : [];
console.log(
  `train ${train.length} rows (+ ${extra.length} project-written customer-service examples), dev ${dev.length} rows`,
);

const candidates = CANDIDATES.map((c) => ({ ...c, train: { ...c.train, seed } }));
const cv: CvResult[] = [];
if (options.search) {
  for (const candidate of candidates) {
    const result = crossValidate(train, candidate, folds, extra);
    cv.push(result);
    console.log(
      `cv ${JSON.stringify(candidate)} anger F1 ${result.anger.toFixed(4)} cluster F1 ${result.cluster.toFixed(4)}`,
    );
  }
}
// Rank by the mean of both heads' F1: the product needs both the angry and the annoyed boundary.
const chosen = cv.length
  ? cv.reduce((best, r) => (r.anger + r.cluster > best.anger + best.cluster ? r : best))
  : { candidate: candidates[0]!, anger: Number.NaN, cluster: Number.NaN };
console.log(`chosen ${JSON.stringify(chosen.candidate)}`);

const { weights, dev: devMetrics } = trainAngerWeights(
  train,
  dev,
  chosen.candidate,
  {
    name: 'defuse-anger-v2',
    trainedAt: new Date().toISOString().slice(0, 10),
  },
  extra,
  calibration,
);
const json = JSON.stringify(weights);
const outDir = resolve(options.out);
const seconds = (performance.now() - started) / 1000;
const card = renderModelCard({
  weights,
  bytes: json.length,
  trainRows: train.length,
  extraRows: extra.length,
  devRows: dev.length,
  calibrationRows: calibration.length,
  cv,
  chosen,
  dev: devMetrics,
  seconds,
});
// Write beside, then rename: a crash never leaves half a model behind.
for (const [name, text] of [
  ['anger-v2.json', json],
  ['anger-v2.md', card],
] as const) {
  writeFileSync(resolve(outDir, `${name}.tmp`), text);
  renameSync(resolve(outDir, `${name}.tmp`), resolve(outDir, name));
}
console.log(
  `dev anger F1 ${devMetrics.anger.f1.toFixed(4)} (P ${devMetrics.anger.precision.toFixed(3)} R ${devMetrics.anger.recall.toFixed(3)})`,
);
console.log(
  `dev cluster F1 ${devMetrics.cluster.f1.toFixed(4)} (P ${devMetrics.cluster.precision.toFixed(3)} R ${devMetrics.cluster.recall.toFixed(3)})`,
);
if (devMetrics.calibrated) {
  const c = devMetrics.calibrated;
  console.log(
    `twcs not-calm F1 ${c.f1.toFixed(4)} (P ${c.precision.toFixed(3)} R ${c.recall.toFixed(3)}) at the calibrated 'annoyed' threshold`,
  );
}
console.log(`thresholds ${JSON.stringify(weights.thresholds)}`);
console.log(
  `wrote ${outDir}/anger-v2.json (${(json.length / 1e6).toFixed(2)} MB) and anger-v2.md in ${seconds.toFixed(1)} s`,
);
