/**
 * Would the stored lint classifier earn its place? Scores the held-out replies `npm run train:lint` kept out of training
 * (writer-r ids ≡ 3 mod 4, all 24 labels; the blind set's odd ids, 22 labels) with the rules alone and with the weights
 * in models/lint-classifier.json added. Since 2026-12-07 those weights do not ship (SHIPPED_CLASSIFIER is empty: they
 * failed the ship rule in models/lint-classifier.md). `npx tsx scripts/lint-classifier-heldout.ts`
 */
import { readFileSync } from 'node:fs';
import { REPLY_LABEL_NAMES } from '../src/core/coach/labels.ts';
import { type LintClassifierFile, loadLintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { EARLIER_LABELS, readLabelledReplies } from './eval-lint.ts';
import { heldOutReport } from './lint/held-out.ts';

const n = (id: string): number => Number(/(\d+)$/.exec(id)?.[1]);
const blind = readLabelledReplies(new URL('../test/fixtures/agent-replies-blind.jsonl', import.meta.url).pathname);
const writer = readLabelledReplies(new URL('../corpus/replies/writer-r.jsonl', import.meta.url).pathname);
const report = heldOutReport(
  [
    {
      name: 'writer-r held-out part (ids ≡ 3 mod 4)',
      rows: writer.filter((r) => n(r.id) % 4 === 3),
      labels: REPLY_LABEL_NAMES,
    },
    {
      name: 'blind set, held-out half (odd ids)',
      rows: blind.filter((r) => n(r.id) % 2 === 1),
      labels: EARLIER_LABELS,
    },
  ],
  loadLintClassifier(
    JSON.parse(
      readFileSync(new URL('../models/lint-classifier.json', import.meta.url).pathname, 'utf8'),
    ) as LintClassifierFile,
  ),
);
console.log(report.text);
