/**
 * The ship rules' checks (models/lint-classifier.md): a candidate's weights against the incumbent's, both beside the
 * rules.
 *   `npx tsx scripts/lint-classifier-heldout.ts CANDIDATE.json [INCUMBENT.json]` (incumbent: models/lint-classifier.json):
 *     the session-8/10 rule, conditions 1–3, on the check parts of every writer in scripts/lint/corpus.ts (never trained
 *     or thresholded on) and, for precision, on the tuned-on sets (dev, the blind set's even ids, rounds 1–3).
 *   `… --decision CANDIDATE.json [INCUMBENT.json] [--merged-out=FILE]`: the session-10b rule, conditions 1–3, on the
 *     decision sets (scripts/lint/corpus.ts decisionSets: writer P, whole), per label; writes the merged file (labels
 *     passing from the candidate, the rest from the incumbent) to FILE. Run once per decision.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReplyLabel } from '../src/core/coach/labels.ts';
import { type LintClassifierFile, loadLintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { decisionSets, writerSets } from './lint/corpus.ts';
import { mergeFiles } from './lint/merge.ts';
import { decisionReport, shipRuleReport } from './lint/ship-rule.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const decision = process.argv.includes('--decision');
const read = (file: string): LintClassifierFile => JSON.parse(readFileSync(file, 'utf8')) as LintClassifierFile;
const candidateFile = args[0];
if (candidateFile === undefined)
  throw new Error('usage: lint-classifier-heldout.ts [--decision] CANDIDATE.json [INCUMBENT.json] [--merged-out=FILE]');
const incumbentFile = args[1] ?? new URL('../models/lint-classifier.json', import.meta.url).pathname;
const sets = writerSets();
const TUNED = ['dev', 'blind', 'round1', 'round2', 'round3'];
const tuned = sets
  .filter((s) => TUNED.includes(s.writer))
  .map((s) => ({ name: s.writer, rows: s.train, labels: s.labels }));
console.log(`candidate: ${candidateFile}\nincumbent: ${incumbentFile}`);
const [candidate, incumbent] = [read(candidateFile), read(incumbentFile)];
if (!decision) {
  const check = sets
    .filter((s) => s.check.length > 0)
    .map((s) => ({ name: s.writer, rows: s.check, labels: s.labels }));
  console.log(shipRuleReport(check, tuned, loadLintClassifier(incumbent), loadLintClassifier(candidate)).text);
} else {
  const parts = decisionSets().map((s) => ({ name: s.writer, rows: s.rows, labels: s.labels }));
  if (parts.length === 0) throw new Error('no decision set on disk');
  let merged: LintClassifierFile = incumbent;
  const merge = (fromCandidate: ReadonlySet<ReplyLabel>) => {
    const pick = new Map<ReplyLabel, number>();
    for (const l of incumbent.labels) pick.set(l as ReplyLabel, 0);
    for (const l of fromCandidate) pick.set(l, 1);
    merged = mergeFiles([incumbent, candidate], pick);
    return loadLintClassifier(merged);
  };
  const report = decisionReport(parts, tuned, loadLintClassifier(incumbent), loadLintClassifier(candidate), merge);
  console.log(report.text);
  const out = process.argv.find((a) => a.startsWith('--merged-out='))?.slice(13);
  if (out !== undefined) {
    writeFileSync(out, `${JSON.stringify(merged)}\n`);
    console.log(`wrote the merged file to ${out}`);
  }
}
