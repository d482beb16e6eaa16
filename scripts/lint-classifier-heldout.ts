/**
 * The session-7 ship rule's check (models/lint-classifier.md), conditions 1–3: the check parts of scripts/lint/corpus.ts
 * (writer-r ids ≡ 3 mod 4, the blind set's odd ids, writers S and T ids ≡ 0 mod 5), never trained or thresholded on,
 * scored with the rules alone and with the weights in models/lint-classifier.json added.
 * `npx tsx scripts/lint-classifier-heldout.ts`
 */
import { readFileSync } from 'node:fs';
import { type LintClassifierFile, loadLintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { writerSets } from './lint/corpus.ts';
import { heldOutReport } from './lint/held-out.ts';

const parts = writerSets()
  .filter((s) => s.check.length > 0)
  .map((s) => ({ name: `${s.writer} check part`, rows: s.check, labels: s.labels }));
const report = heldOutReport(
  parts,
  loadLintClassifier(
    JSON.parse(
      readFileSync(new URL('../models/lint-classifier.json', import.meta.url).pathname, 'utf8'),
    ) as LintClassifierFile,
  ),
);
console.log(report.text);
