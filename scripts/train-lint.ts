/**
 * `npm run train:lint`: trains the lint classifier that backs the rules up and writes models/lint-classifier.json.
 * Writing is not shipping: a classifier ships (SHIPPED_CLASSIFIER) only by passing the ship rule in
 * models/lint-classifier.md on the check set, which this script never reads.
 *   training: the training part of every project-written set (scripts/lint/corpus.ts): dev, the blind set's even ids,
 *     writer-r ids ≢ 3 mod 4, rounds 1–3, writers S–X ids ≢ 0 mod 5, plus scripts/lint/own-sentences.ts;
 *   thresholds: per label, on leave-one-writer-out scores (each writer's rows scored by a model trained without them).
 * Deterministic: the same rules, corpus and options give the same file. `--dry-run` trains and writes nothing; `--out=FILE` writes there instead;
 * `--report` also prints the leave-one-writer-out figures per writer and label (scripts/lint-writers.ts) from the same models.
 * `--left-out=CACHE.json` reuses leave-one-writer-out scores written by scripts/lint-leftout-cache.ts with the same
 * rows, rules and options (checked row by row): the same file, without training the left-out models again.
 * `--label-features='{"excuse":3}'` gives labels their own feature families (features.ts flags; scripts/lint-feature-choice.ts
 * picks them from leave-one-writer-out on the training parts); `--labels=a,b` trains only those labels.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leaveOneWriterOut } from './lint-writers.ts';
import { writerSets } from './lint/corpus.ts';
import { type LeftOutCache, leftOutFromCache } from './lint-leftout-cache.ts';
import {
  DEFAULT_OPTIONS,
  DISABLED,
  type LeftOut,
  type Prepared,
  prepare,
  type TrainOptions,
  trainLintClassifier,
} from './lint/train.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const sets = writerSets();
const training = sets.flatMap((s) => s.train);
const started = process.cpuUsage();
const labelFeatures = process.argv.find((a) => a.startsWith('--label-features='))?.slice(17);
const only = process.argv.find((a) => a.startsWith('--labels='))?.slice(9);
const options: TrainOptions = {
  ...DEFAULT_OPTIONS,
  ...(labelFeatures === undefined ? {} : { labelFeatures: JSON.parse(labelFeatures) }),
  // Labels train independently: leaving out labels no configuration passes saves their fits and changes no other.
  ...(only === undefined ? {} : { labels: DEFAULT_OPTIONS.labels.filter((l) => only.split(',').includes(l)) }),
};
const cacheFile = process.argv.find((a) => a.startsWith('--left-out='))?.slice(11);
let reuse: { prepared: Prepared; left: LeftOut } | undefined;
if (cacheFile !== undefined) {
  // Left-out scores written earlier (scripts/lint-leftout-cache.ts) stand in for the leave-one-writer-out models only
  // where they were computed from the same rows, rules and options: checked row by row, else this stops.
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as LeftOutCache;
  const prepared = prepare(training, options);
  reuse = { prepared, left: leftOutFromCache(cache, prepared, options) };
}
const trained = trainLintClassifier(training, options, reuse);
const { file: weights, switchedOff, prepared, out: gate, vetoOut } = trained;
const cpu = process.cpuUsage(started);
console.log(
  `trained on ${training.length} replies (${sets.map((s) => `${s.writer} ${s.train.length}`).join(', ')}; ${prepared.spanMisses} with a span not found) in ${((cpu.user + cpu.system) / 1e6).toFixed(0)} CPU-s`,
);
console.log(
  `leave-one-writer-out additions (right/all): ${options.labels.map((l, i) => `${l} ${gate.right[i]}/${(gate.right[i] ?? 0) + (gate.wrong[i] ?? 0)}`).join(', ')}`,
);
console.log(
  `leave-one-writer-out vetoes (alarms dropped/all dropped): ${options.labels
    .filter((l) => options.vetoLabels.includes(l))
    .map((l) => {
      const i = options.labels.indexOf(l);
      return `${l} ${vetoOut.right[i]}/${(vetoOut.right[i] ?? 0) + (vetoOut.wrong[i] ?? 0)}`;
    })
    .join(', ')}`,
);
console.log(`labels kept: ${weights.labels.join(', ') || 'none'}\nswitched off: ${switchedOff.join(', ')}`);
console.log(
  weights.labels
    .map((l, i) => {
      const t = weights.thresholds[i] ?? DISABLED;
      const v = weights.vetoes?.[i];
      return `  ${l} ${t >= DISABLED ? 'adds nothing' : `adds above ${t.toFixed(2)}`}${v == null ? '' : `, vetoes under ${v.toFixed(2)}`}`;
    })
    .join('\n'),
);
if (process.argv.includes('--report')) {
  if (reuse !== undefined) throw new Error('--report needs the left-out models: run it without --left-out');
  // The leave-one-writer-out figures of this configuration, from the same left-out models (no second training).
  console.log(leaveOneWriterOut(options, undefined, [{}], { sets, prepared, left: trained.left }).text);
}
const json = `${JSON.stringify(weights)}\n`;
if (process.argv.includes('--dry-run')) process.exit(0);
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? resolve(root, 'models/lint-classifier.json');
writeFileSync(out, json);
console.log(`wrote ${out} (${(json.length / 1024).toFixed(0)} KiB)`);
