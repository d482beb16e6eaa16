/**
 * The session-8 ship rule's check (models/lint-classifier.md), conditions 1–3: a candidate's weights against the
 * incumbent's, both beside the rules, on the check parts of every writer in scripts/lint/corpus.ts (never trained or
 * thresholded on) and, for precision, on the tuned-on sets (dev, the blind set's even ids, rounds 1–3).
 * `npx tsx scripts/lint-classifier-heldout.ts CANDIDATE.json [INCUMBENT.json]` (incumbent: models/lint-classifier.json)
 */
import { readFileSync } from 'node:fs';
import { type LintClassifierFile, loadLintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { writerSets } from './lint/corpus.ts';
import { shipRuleReport } from './lint/ship-rule.ts';

const load = (file: string) => loadLintClassifier(JSON.parse(readFileSync(file, 'utf8')) as LintClassifierFile);
const candidateFile = process.argv[2];
if (candidateFile === undefined) throw new Error('usage: lint-classifier-heldout.ts CANDIDATE.json [INCUMBENT.json]');
const incumbentFile = process.argv[3] ?? new URL('../models/lint-classifier.json', import.meta.url).pathname;
const sets = writerSets();
const check = sets.filter((s) => s.check.length > 0).map((s) => ({ name: s.writer, rows: s.check, labels: s.labels }));
const TUNED = ['dev', 'blind', 'round1', 'round2', 'round3'];
const tuned = sets
  .filter((s) => TUNED.includes(s.writer))
  .map((s) => ({ name: s.writer, rows: s.train, labels: s.labels }));
console.log(`candidate: ${candidateFile}\nincumbent: ${incumbentFile}`);
console.log(shipRuleReport(check, tuned, load(incumbentFile), load(candidateFile)).text);
