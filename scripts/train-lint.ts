/** Trains the lint classifier on all of agent-replies dev (+ the project's own sentences) and writes models/lint-classifier.{json,md}. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLabelledReplies } from './eval-lint.ts';
import { crossValidate } from './lint/cross-validate.ts';
import { modelCard } from './lint/model-card.ts';
import { DEFAULT_OPTIONS, trainLintClassifier } from './lint/train.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const file = resolve(root, process.argv[2] ?? '../shared/data/agent-replies/dev.jsonl');
const rows = readLabelledReplies(file);
const idNumber = (id: string): number => Number(/(\d+)\s*$/.exec(id)?.[1] ?? Number.NaN);
const cv = crossValidate(
  rows.filter((r) => idNumber(r.id) % 2 === 0),
  rows.filter((r) => idNumber(r.id) % 2 === 1),
);
const { file: weights } = trainLintClassifier(rows, DEFAULT_OPTIONS);
const json = `${JSON.stringify(weights)}\n`;
writeFileSync(resolve(root, 'models/lint-classifier.json'), json);
writeFileSync(
  resolve(root, 'models/lint-classifier.md'),
  modelCard({ rows: rows.length, weights, cv, bytes: json.length, date: new Date().toISOString().slice(0, 10) }),
);
console.log(
  `wrote models/lint-classifier.json (${(json.length / 1024).toFixed(0)} KiB, ${weights.buckets.length} buckets); 2-fold micro-F1 rules ${cv.rules.micro.f1.toFixed(3)} → combined ${cv.combined.micro.f1.toFixed(3)}`,
);
