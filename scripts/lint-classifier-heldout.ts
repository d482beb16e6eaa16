/**
 * The ship rules' checks (models/lint-classifier.md): a candidate's weights against the incumbent's, both beside the
 * rules.
 *   `npx tsx scripts/lint-classifier-heldout.ts CANDIDATE.json [INCUMBENT.json]` (incumbent: models/lint-classifier.json):
 *     the session-8/10 rule, conditions 1–3, on the check parts of every writer in scripts/lint/corpus.ts (never trained
 *     or thresholded on) and, for precision, on the tuned-on sets (dev, the blind set's even ids, rounds 1–3).
 *   `… --decision CANDIDATE.json [INCUMBENT.json]`: the session-11 rule, conditions 1–3, on the decision set (writer
 *     N's check part, fresh, from scripts/lint/corpus.ts decisionSets, and every writer's check part), pooled; prints
 *     the labels whose additions or vetoes fall back to the rules (training with them in DEFAULT_OPTIONS.noAdd, or out
 *     of DEFAULT_OPTIONS.vetoLabels, writes that file).
 *     Since session 13 the decision set is rounds 9 and 10 whole (wholly held-out writers: no classifier trained,
 *     thresholded or chose features on them) and both are the fresh part; the session-13 rule adds condition 2b (no
 *     round more than ROUND_SLACK below the incumbent) and reports, not as conditions, every writer's check part
 *     (writer N's included: in-writer held-out) incumbent → final.
 *     Run once per decision. (The session-10b rule, per label on writer P with a merged file, is `decisionReport` in
 *     scripts/lint/ship-rule.ts at 5894468; writer P trains since session 11.)
 */
import { readFileSync } from 'node:fs';
import { type LintClassifierFile, loadLintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { decisionSets, writerSets } from './lint/corpus.ts';
import { evaluateLinter } from './eval-lint.ts';
import { type Part, session11Report, shipRuleReport, withFallbacks } from './lint/ship-rule.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const decision = process.argv.includes('--decision');
const read = (file: string): LintClassifierFile => JSON.parse(readFileSync(file, 'utf8')) as LintClassifierFile;
const candidateFile = args[0];
if (candidateFile === undefined)
  throw new Error('usage: lint-classifier-heldout.ts [--decision] CANDIDATE.json [INCUMBENT.json]');
const incumbentFile = args[1] ?? new URL('../models/lint-classifier.json', import.meta.url).pathname;
const sets = writerSets();
const TUNED = ['dev', 'blind', 'round1', 'round2', 'round3', 'writer-p', 'writer-n'];
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
  const fresh: Part[] = decisionSets().map((s) => ({ name: s.writer, rows: s.rows, labels: s.labels }));
  if (fresh.length === 0) throw new Error('no decision set on disk');
  const check: Part[] = sets
    .filter((s) => s.check.length > 0)
    .map((s) => ({ name: s.writer, rows: s.check, labels: s.labels }));
  const [inc, cand] = [loadLintClassifier(incumbent), loadLintClassifier(candidate)];
  const report = session11Report(
    fresh,
    fresh.map((p) => p.name),
    tuned,
    inc,
    cand,
  );
  console.log(report.text);
  const { noAdd, noVeto } = report;
  const final = withFallbacks(cand, new Set(noAdd), new Set(noVeto));
  // Session 13, condition 2b: no round of the decision set more than ROUND_SLACK below the incumbent.
  const ROUND_SLACK = 0.005;
  const failures: string[] = [];
  console.log('== 2b: each decision round, micro-F1 rules | incumbent | final ==');
  for (const part of fresh) {
    const [r, i, c] = [null, inc, final].map((x) => evaluateLinter(part.rows, x, part.labels).micro);
    if ((c?.f1 ?? 0) < (i?.f1 ?? 0) - ROUND_SLACK) failures.push(`2b: ${part.name} below the incumbent`);
    console.log(`${part.name.padEnd(9)} ${[r, i, c].map((x) => (x?.f1 ?? 0).toFixed(3)).join(' | ')}`);
  }
  console.log('== check parts (in-writer held-out; reported, not conditions): micro-F1 rules | incumbent | final ==');
  for (const part of check) {
    const [r, i, c] = [null, inc, final].map((x) => evaluateLinter(part.rows, x, part.labels).micro);
    console.log(
      `${part.name.padEnd(9)} ${String(part.rows.length).padStart(4)}: ${[r, i, c].map((x) => `${(x?.f1 ?? 0).toFixed(3)} (P ${(x?.precision ?? 0).toFixed(3)} R ${(x?.recall ?? 0).toFixed(3)})`).join(' | ')}`,
    );
  }
  const ships = report.ships && failures.length === 0;
  console.log(failures.length === 0 ? 'condition 2b: PASS' : `condition 2b: FAIL (${failures.join('; ')})`);
  console.log(`fallbacks (DEFAULT_OPTIONS noAdd +=, vetoLabels −=): ${JSON.stringify({ ships, noAdd, noVeto })}`);
}
