/** Rules alone against rules + classifier on the check set: the session-7 ship rule of models/lint-classifier.md. */
import { REPLY_LABELS, type ReplyLabel } from '../../src/core/coach/labels.ts';
import type { LintClassifier } from '../../src/core/coach/lint/classifier/classifier.ts';
import { evaluateLinter, type LabelledReply, type LinterEvaluation } from '../eval-lint.ts';

export interface HeldOut {
  name: string;
  rows: readonly LabelledReply[];
  labels: readonly ReplyLabel[];
}

/** Share of the classifier's additions over the rules that must be right on the check set pooled. */
export const SHIP_PRECISION = 0.9;

const f = (x: number): string => x.toFixed(3);
type Counts = { tp: number; fp: number; fn: number };
const prf = (c: Counts): { p: number; r: number; f1: number } => {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn) };
};

/**
 * Scores each part with the rules alone and with the classifier added, and applies conditions 1–3 of the session-7
 * ship rule (condition 4, speed, is measured by `npm run bench`): micro-F1 up pooled and not down on any part, additions
 * right ≥ SHIP_PRECISION pooled, no anti-pattern label at precision ≥ 0.90 with the rules alone below 0.90 with it.
 */
export function heldOutReport(sets: readonly HeldOut[], classifier: LintClassifier): { text: string; ships: boolean } {
  const lines: string[] = [];
  const failures: string[] = [];
  const pooledRules = new Map<ReplyLabel, Counts>();
  const pooledBoth = new Map<ReplyLabel, Counts>();
  const add = (into: Map<ReplyLabel, Counts>, e: LinterEvaluation, label: ReplyLabel): void => {
    const c = into.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    const s = e.perLabel[label];
    into.set(label, { tp: c.tp + s.tp, fp: c.fp + s.fp, fn: c.fn + s.fn });
  };
  for (const set of sets) {
    const rules = evaluateLinter(set.rows, null, set.labels);
    const combined = evaluateLinter(set.rows, classifier, set.labels);
    const addedTp = combined.micro.tp - rules.micro.tp;
    const addedFp = combined.micro.fp - rules.micro.fp;
    if (combined.micro.f1 < rules.micro.f1) failures.push(`1: micro-F1 lower on ${set.name}`);
    lines.push(
      `${set.name} (${set.rows.length} replies, ${set.labels.length} labels): rules micro-F1 ${f(rules.micro.f1)} (P ${f(rules.micro.precision)} R ${f(rules.micro.recall)}) → rules + classifier ${f(combined.micro.f1)} (P ${f(combined.micro.precision)} R ${f(combined.micro.recall)}); adds ${addedTp} right, ${addedFp} wrong`,
    );
    for (const label of set.labels) {
      add(pooledRules, rules, label);
      add(pooledBoth, combined, label);
      const a = rules.perLabel[label];
      const b = combined.perLabel[label];
      if (a.tp !== b.tp || a.fp !== b.fp)
        lines.push(`  ${label}: TP ${a.tp}→${b.tp}, FP ${a.fp}→${b.fp} (R ${f(a.recall)}→${f(b.recall)})`);
    }
  }
  const sum = (m: Map<ReplyLabel, Counts>): Counts =>
    [...m.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const r = sum(pooledRules);
  const b = sum(pooledBoth);
  const right = b.tp - r.tp;
  const wrong = b.fp - r.fp;
  const added = right + wrong === 0 ? 0 : right / (right + wrong);
  if (!(prf(b).f1 > prf(r).f1)) failures.push('1: pooled micro-F1 not higher');
  if (added < SHIP_PRECISION) failures.push(`2: additions ${right}/${right + wrong} right`);
  lines.push(
    `pooled: rules micro-F1 ${f(prf(r).f1)} (P ${f(prf(r).p)} R ${f(prf(r).r)}) → ${f(prf(b).f1)} (P ${f(prf(b).p)} R ${f(prf(b).r)}); additions ${right} right, ${wrong} wrong (${f(added)})`,
  );
  lines.push('pooled anti-patterns (rules → rules + classifier):');
  for (const [label, c] of pooledRules) {
    if (REPLY_LABELS[label].polarity !== 'anti') continue;
    const d = pooledBoth.get(label) ?? c;
    const before = prf(c);
    const after = prf(d);
    if (before.p >= 0.9 && after.p < 0.9) failures.push(`3: ${label} precision ${f(before.p)} → ${f(after.p)}`);
    lines.push(
      `  ${label.padEnd(26)} P ${f(before.p)}→${f(after.p)}  R ${f(before.r)}→${f(after.r)}  F1 ${f(before.f1)}→${f(after.f1)}`,
    );
  }
  lines.push(failures.length === 0 ? 'conditions 1–3: PASS' : `conditions 1–3: FAIL (${failures.join('; ')})`);
  return { text: lines.join('\n'), ships: failures.length === 0 };
}
