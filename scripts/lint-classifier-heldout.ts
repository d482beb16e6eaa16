/**
 * The session-7 ship rule's check (models/lint-classifier.md), conditions 1–3: the check parts of scripts/lint/corpus.ts
 * it names (writer-r ids ≡ 3 mod 4, the blind set's odd ids, writers S and T ids ≡ 0 mod 5), never trained or
 * thresholded on, scored with the rules alone and with the weights in models/lint-classifier.json added. The check parts
 * of writers U and V (written after the rule) are reported beside it and do not enter the verdict.
 * `npx tsx scripts/lint-classifier-heldout.ts [weights.json]`
 */
import { readFileSync } from 'node:fs';
import { type LintClassifierFile, loadLintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { writerSets } from './lint/corpus.ts';
import { heldOutReport } from './lint/held-out.ts';

const RULE_PARTS = ['writer-r', 'blind', 'writer-s', 'writer-t'];
const file = process.argv[2] ?? new URL('../models/lint-classifier.json', import.meta.url).pathname;
const classifier = loadLintClassifier(JSON.parse(readFileSync(file, 'utf8')) as LintClassifierFile);
const parts = writerSets()
  .filter((s) => s.check.length > 0)
  .map((s) => ({ name: `${s.writer} check part`, writer: s.writer, rows: s.check, labels: s.labels }));
console.log(`weights: ${file}\n== the ship rule's check set ==`);
console.log(
  heldOutReport(
    parts.filter((p) => RULE_PARTS.includes(p.writer)),
    classifier,
  ).text,
);
const extra = parts.filter((p) => !RULE_PARTS.includes(p.writer));
if (extra.length > 0) {
  console.log('\n== beside it (writers U and V, not in the verdict) ==');
  console.log(heldOutReport(extra, classifier).text.replace(/\nconditions 1–3:.*$/, ''));
}
