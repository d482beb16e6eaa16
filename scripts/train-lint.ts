/**
 * `npm run train:lint`: trains the lint classifier that backs the rules up, scores it on held-out text, and writes it
 * (models/lint-classifier.{json,md}) only when rules + classifier beat the rules alone on micro-F1 on every held-out set
 * and the labels the classifier adds are right ≥ 90 % of the time, pooled over the held-out sets. Writing is not
 * shipping: since 2026-12-07 SHIPPED_CLASSIFIER is empty, and a classifier ships only by passing the ship rule in
 * models/lint-classifier.md on text it was neither trained nor thresholded on.
 *   training: agent-replies dev (../shared/data), the blind set's tuned-on half (even ids) and writer-r's training part
 *     (corpus/replies/writer-r.jsonl, ids not ≡ 3 mod 4), plus the project's own sentences;
 *   held out: writer-r ids ≡ 3 mod 4 (all 24 labels) and the blind set's odd ids (22 labels).
 * Thresholds are picked by inner cross-validation on the training rows only. `--dry-run` trains and scores, writes nothing.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPLY_LABEL_NAMES } from '../src/core/coach/labels.ts';
import { EARLIER_LABELS, LATER_LABELS, type LabelledReply, readLabelledReplies } from './eval-lint.ts';
import { heldOutReport, type HeldOut } from './lint/held-out.ts';
import { modelCard } from './lint/model-card.ts';
import { DEFAULT_OPTIONS, type TrainingReply, trainLintClassifier } from './lint/train.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const paths = {
  dev: resolve(root, '../shared/data/agent-replies/dev.jsonl'),
  blind: resolve(root, 'test/fixtures/agent-replies-blind.jsonl'),
  writer: resolve(root, 'corpus/replies/writer-r.jsonl'),
};
for (const path of Object.values(paths)) {
  if (!existsSync(path)) {
    console.error(`train:lint: ${path} not found`);
    process.exit(2);
  }
}
const idNumber = (id: string): number => Number(/(\d+)\s*$/.exec(id)?.[1] ?? Number.NaN);
const dev = readLabelledReplies(paths.dev);
const blind = readLabelledReplies(paths.blind);
const writer = readLabelledReplies(paths.writer);
const earlier = (rows: readonly LabelledReply[]): TrainingReply[] =>
  rows.map((r) => ({ ...r, unlabelled: LATER_LABELS }));
const training: TrainingReply[] = [
  ...earlier(dev),
  ...earlier(blind.filter((r) => idNumber(r.id) % 2 === 0)),
  ...writer.filter((r) => idNumber(r.id) % 4 !== 3),
];
const heldOut: HeldOut[] = [
  {
    name: 'writer-r held-out part (ids ≡ 3 mod 4)',
    rows: writer.filter((r) => idNumber(r.id) % 4 === 3),
    labels: REPLY_LABEL_NAMES,
  },
  {
    name: 'blind set, held-out half (odd ids)',
    rows: blind.filter((r) => idNumber(r.id) % 2 === 1),
    labels: EARLIER_LABELS,
  },
];

const started = process.cpuUsage();
const { file: weights, classifier, switchedOff } = trainLintClassifier(training, DEFAULT_OPTIONS);
const cpu = process.cpuUsage(started);
console.log(
  `trained on ${training.length} replies in ${((cpu.user + cpu.system) / 1e6).toFixed(0)} CPU-s; labels kept: ${weights.labels.join(', ') || 'none'}; switched off: ${switchedOff.join(', ')}`,
);
const report = heldOutReport(heldOut, classifier);
console.log(report.text);
const json = `${JSON.stringify(weights)}\n`;
if (process.argv.includes('--dry-run')) process.exit(0);
if (!report.ships) {
  console.log('not shipped: the classifier did not raise micro-F1 on every held-out set with additions ≥ 90 % right');
  process.exit(0);
}
writeFileSync(resolve(root, 'models/lint-classifier.json'), json);
writeFileSync(
  resolve(root, 'models/lint-classifier.md'),
  modelCard({
    training: {
      dev: dev.length,
      blindEven: training.length - dev.length - writer.filter((r) => idNumber(r.id) % 4 !== 3).length,
      writer: writer.filter((r) => idNumber(r.id) % 4 !== 3).length,
    },
    weights,
    switchedOff,
    report: report.text,
    bytes: json.length,
    date: new Date().toISOString().slice(0, 10),
  }),
);
console.log(`wrote models/lint-classifier.json (${(json.length / 1024).toFixed(0)} KiB) and models/lint-classifier.md`);
