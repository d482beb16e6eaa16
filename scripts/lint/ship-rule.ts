/**
 * The session-8 ship rule of models/lint-classifier.md (kept for session 10 with writer Y as the fresh part), conditions 1–3 (condition 4, speed and size, is measured by
 * `npm run bench` and the file size): a candidate against the incumbent (the classifier shipped before it), both beside
 * the rules, on the check parts of every writer (scripts/lint/corpus.ts) and on the tuned-on sets.
 */
import { REPLY_LABELS, type ReplyLabel } from '../../src/core/coach/labels.ts';
import type { LintClassifier } from '../../src/core/coach/lint/classifier/classifier.ts';
import { evaluateLinter, type LabelledReply, type LinterEvaluation } from '../eval-lint.ts';

export interface Part {
  name: string;
  rows: readonly LabelledReply[];
  labels: readonly ReplyLabel[];
}

/** Share of the candidate's additions over the rules that must be right on the check set pooled. */
export const SHIP_ADDITIONS = 0.9;
/** Most a label's precision may fall against the incumbent, pooled on the check set and on each tuned-on set. */
export const PRECISION_SLACK = 0.01;
/**
 * The check parts no classifier decision had scored before the rule in force: writer Y's for the session-10 rule
 * (W's and X's were fresh for the session-8 rule and were scored once at its decision).
 */
export const FRESH = ['writer-y'];

/** Whether a classifier adds `label` at all (a label switched off by its gate is not in the file). */
const adds = (classifier: LintClassifier, label: ReplyLabel): boolean => classifier.labels.includes(label);

type Counts = { tp: number; fp: number; fn: number };
const f = (x: number): string => x.toFixed(3);
const prf = (c: Counts): { p: number; r: number; f1: number } => ({
  p: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
  r: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  f1: c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
});

class Pool {
  readonly byLabel = new Map<ReplyLabel, Counts>();
  add(e: LinterEvaluation): void {
    for (const label of e.labels) {
      const c = this.byLabel.get(label) ?? { tp: 0, fp: 0, fn: 0 };
      const s = e.perLabel[label];
      this.byLabel.set(label, { tp: c.tp + s.tp, fp: c.fp + s.fp, fn: c.fn + s.fn });
    }
  }
  get(label: ReplyLabel): Counts {
    return this.byLabel.get(label) ?? { tp: 0, fp: 0, fn: 0 };
  }
  micro(): Counts {
    return [...this.byLabel.values()].reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), {
      tp: 0,
      fp: 0,
      fn: 0,
    });
  }
}

const line = (c: Counts): string => {
  const x = prf(c);
  return `${f(x.f1)} (P ${f(x.p)} R ${f(x.r)})`;
};

/**
 * Scores each part with the rules alone, with the incumbent and with the candidate, pools the three, and writes a line
 * per part; `each` sees every part's three evaluations (a condition that holds per part).
 */
function scoreParts(
  parts: readonly Part[],
  incumbent: LintClassifier,
  candidate: LintClassifier,
  lines: string[],
  each?: (part: Part, rules: LinterEvaluation, incumbent: LinterEvaluation, candidate: LinterEvaluation) => void,
): { rules: Pool; inc: Pool; cand: Pool } {
  const rules = new Pool();
  const inc = new Pool();
  const cand = new Pool();
  for (const part of parts) {
    const r = evaluateLinter(part.rows, null, part.labels);
    const i = evaluateLinter(part.rows, incumbent, part.labels);
    const c = evaluateLinter(part.rows, candidate, part.labels);
    rules.add(r);
    inc.add(i);
    cand.add(c);
    each?.(part, r, i, c);
    lines.push(
      `${part.name.padEnd(9)} ${String(part.rows.length).padStart(4)}: ${line(r.micro)} | ${line(i.micro)} | ${line(c.micro)}; candidate adds ${c.micro.tp - r.micro.tp} right ${c.micro.fp - r.micro.fp} wrong`,
    );
  }
  return { rules, inc, cand };
}

/**
 * Conditions 1–3: (1) pooled check-set micro-F1 higher with the candidate than with the incumbent, not lower on the
 * fresh writers' parts pooled, and no part below the rules alone; (2) the candidate's additions over the rules right
 * ≥ SHIP_ADDITIONS pooled; (3) session 10: for every label the candidate adds, its precision no more than
 * PRECISION_SLACK below the incumbent's (pooled on the check set and on each tuned-on set) nor below the rules alone's
 * (pooled check set); a label the incumbent adds and the candidate does not falls back to the rules and is reported
 * (its loss is in condition 1's micro-F1), not held to the incumbent's precision.
 */
export function shipRuleReport(
  check: readonly Part[],
  tuned: readonly Part[],
  incumbent: LintClassifier,
  candidate: LintClassifier,
): { text: string; ships: boolean } {
  const lines: string[] = [];
  const failures: string[] = [];
  const freshInc = new Pool();
  const freshCand = new Pool();
  const dropped: string[] = [];
  lines.push('== check set: rules alone | rules + incumbent | rules + candidate (micro-F1) ==');
  const { rules, inc, cand } = scoreParts(check, incumbent, candidate, lines, (part, r, i, c) => {
    if (FRESH.includes(part.name)) {
      freshInc.add(i);
      freshCand.add(c);
    }
    if (c.micro.f1 < r.micro.f1) failures.push(`1: ${part.name} below the rules alone`);
  });
  const [R, I, C] = [rules.micro(), inc.micro(), cand.micro()];
  lines.push(`pooled:         ${line(R)} | ${line(I)} | ${line(C)}`);
  if (!(prf(C).f1 > prf(I).f1)) failures.push('1: pooled micro-F1 not above the incumbent');
  if (freshCand.byLabel.size > 0) {
    lines.push(
      `fresh (${FRESH.join('+')}): incumbent ${line(freshInc.micro())} | candidate ${line(freshCand.micro())}`,
    );
    if (prf(freshCand.micro()).f1 < prf(freshInc.micro()).f1) failures.push('1: fresh writers below the incumbent');
  }
  const right = C.tp - R.tp;
  const wrong = C.fp - R.fp;
  const share = right + wrong === 0 ? 0 : right / (right + wrong);
  lines.push(`candidate additions over the rules: ${right} right, ${wrong} wrong (${f(share)})`);
  if (share < SHIP_ADDITIONS) failures.push(`2: additions ${right}/${right + wrong} right`);
  lines.push('per label, pooled check set (P / R: rules → incumbent → candidate; * anti-pattern):');
  for (const label of rules.byLabel.keys()) {
    const [a, b, c] = [prf(rules.get(label)), prf(inc.get(label)), prf(cand.get(label))];
    if (adds(candidate, label)) {
      if (c.p < b.p - PRECISION_SLACK) failures.push(`3: ${label} check-set precision ${f(b.p)} → ${f(c.p)}`);
      if (c.p < a.p - PRECISION_SLACK)
        failures.push(`3: ${label} check-set precision below the rules' ${f(a.p)} → ${f(c.p)}`);
    } else if (adds(incumbent, label)) dropped.push(`${label} F1 ${f(b.f1)} → ${f(c.f1)} (P ${f(b.p)} → ${f(c.p)})`);
    lines.push(
      `${REPLY_LABELS[label].polarity === 'anti' ? '*' : ' '} ${label.padEnd(28)} P ${f(a.p)}→${f(b.p)}→${f(c.p)}  R ${f(a.r)}→${f(b.r)}→${f(c.r)}  F1 ${f(a.f1)}→${f(b.f1)}→${f(c.f1)}`,
    );
  }
  if (dropped.length > 0)
    lines.push(`labels the incumbent adds and the candidate does not (back to the rules): ${dropped.join('; ')}`);
  lines.push('== tuned-on sets (in-sample): micro-F1 incumbent → candidate, labels whose precision moved ==');
  for (const part of tuned) {
    const i = evaluateLinter(part.rows, incumbent, part.labels);
    const c = evaluateLinter(part.rows, candidate, part.labels);
    const moved = part.labels.filter((l) => i.perLabel[l].precision !== c.perLabel[l].precision);
    for (const l of moved)
      if (adds(candidate, l) && c.perLabel[l].precision < i.perLabel[l].precision - PRECISION_SLACK)
        failures.push(
          `3: ${l} precision on ${part.name} ${f(i.perLabel[l].precision)} → ${f(c.perLabel[l].precision)}`,
        );
    lines.push(
      `${part.name.padEnd(9)} ${String(part.rows.length).padStart(4)}: ${line(i.micro)} → ${line(c.micro)}; ${moved.map((l) => `${l} P ${f(i.perLabel[l].precision)}→${f(c.perLabel[l].precision)}`).join(', ')}`,
    );
  }
  lines.push(failures.length === 0 ? 'conditions 1–3: PASS' : `conditions 1–3: FAIL (${failures.join('; ')})`);
  return { text: lines.join('\n'), ships: failures.length === 0 };
}

/** Share of a label's additions over the rules on the decision set that must be right (sessions 10b and 11). */
export const LABEL_ADDITIONS = 0.9;
// The session-10b rule (per label on writer P, a merged file: `decisionReport`) is in this file at 5894468; writer P
// trains since session 11.

/** Session 11: share of the rule findings the candidate's vetoes drop, per label, that must be false alarms. */
export const LABEL_VETOES = 2 / 3;
/** Session 11: share of all the rule findings the candidate's vetoes drop that must be false alarms, pooled. */
export const SHIP_VETOES = 0.8;

/** The classifier with its additions only (no veto), or its vetoes only (adds nothing). */
const additionsOnly = (c: LintClassifier): LintClassifier => ({
  ...c,
  vetoes: new Float64Array(c.labels.length).fill(Number.NEGATIVE_INFINITY),
});
const vetoesOnly = (c: LintClassifier): LintClassifier => ({
  ...c,
  thresholds: new Float64Array(c.labels.length).fill(1e9),
});
/** The classifier less the additions of `noAdd` and the vetoes of `noVeto` (what training with them left out writes). */
export function withFallbacks(
  c: LintClassifier,
  noAdd: ReadonlySet<ReplyLabel>,
  noVeto: ReadonlySet<ReplyLabel>,
): LintClassifier {
  return {
    ...c,
    thresholds: Float64Array.from(c.thresholds, (t, l) => (noAdd.has(c.labels[l] as ReplyLabel) ? 1e9 : t)),
    vetoes: Float64Array.from(c.vetoes, (v, l) =>
      noVeto.has(c.labels[l] as ReplyLabel) ? Number.NEGATIVE_INFINITY : v,
    ),
  };
}
const vetoes = (c: LintClassifier, label: ReplyLabel): boolean => {
  const l = c.labels.indexOf(label);
  return l >= 0 && (c.vetoes[l] ?? Number.NEGATIVE_INFINITY) > Number.NEGATIVE_INFINITY;
};
const addsAny = (c: LintClassifier, label: ReplyLabel): boolean => {
  const l = c.labels.indexOf(label);
  return l >= 0 && (c.thresholds[l] ?? 1e9) < 1e9;
};

/**
 * The session-11 ship rule of models/lint-classifier.md, conditions 1–3, on the decision set (writer N's check part,
 * fresh, and every writer's check part), pooled. Per label (1): (a) a label the candidate adds keeps its additions only
 * if they are right ≥ LABEL_ADDITIONS (none: met) and its precision with the candidate is no more than PRECISION_SLACK
 * below the incumbent's; (b) a label the candidate vetoes keeps its veto only if the rule findings it drops are false
 * alarms ≥ LABEL_VETOES (none: met) and the label's F1 with the veto is not below its F1 without it. What fails falls
 * back to the rules (`noAdd`, `noVeto`: training with them left out writes that file). The file so made (`final`)
 * replaces the incumbent only if (2) its pooled micro-F1 is not below the incumbent's, nor on the fresh part, and (3)
 * its additions over the rules are right ≥ SHIP_ADDITIONS and the findings its vetoes drop are false alarms
 * ≥ SHIP_VETOES, pooled.
 */
export function session11Report(
  decision: readonly Part[],
  fresh: readonly string[],
  tuned: readonly Part[],
  incumbent: LintClassifier,
  candidate: LintClassifier,
): { text: string; ships: boolean; noAdd: ReplyLabel[]; noVeto: ReplyLabel[] } {
  const lines: string[] = [];
  lines.push('== decision set: rules alone | rules + incumbent | rules + candidate (micro-F1) ==');
  const { rules, inc, cand } = scoreParts(decision, incumbent, candidate, lines);
  const addOnly = new Pool();
  const vetoOnly = new Pool();
  const [a0, v0] = [additionsOnly(candidate), vetoesOnly(candidate)];
  for (const part of decision) {
    addOnly.add(evaluateLinter(part.rows, a0, part.labels));
    vetoOnly.add(evaluateLinter(part.rows, v0, part.labels));
  }
  lines.push(
    'per label, pooled (P / R: rules → incumbent → candidate; adds = candidate additions right/all; vetoes = alarms dropped/all dropped; * anti-pattern):',
  );
  const noAdd = new Set<ReplyLabel>();
  const noVeto = new Set<ReplyLabel>();
  for (const label of rules.byLabel.keys()) {
    const [R, I, C, A, V] = [
      rules.get(label),
      inc.get(label),
      cand.get(label),
      addOnly.get(label),
      vetoOnly.get(label),
    ];
    const [a, b, c] = [prf(R), prf(I), prf(C)];
    const addRight = A.tp - R.tp;
    const addWrong = A.fp - R.fp;
    const vetoRight = R.fp - V.fp;
    const vetoWrong = R.tp - V.tp;
    const why: string[] = [];
    if (addsAny(candidate, label)) {
      if (addRight + addWrong > 0 && addRight / (addRight + addWrong) < LABEL_ADDITIONS) why.push('1a additions');
      if (c.p < b.p - PRECISION_SLACK) why.push('1a precision');
      if (why.length > 0) noAdd.add(label);
    }
    if (vetoes(candidate, label)) {
      const n = why.length;
      if (vetoRight + vetoWrong > 0 && vetoRight / (vetoRight + vetoWrong) < LABEL_VETOES) why.push('1b vetoes');
      if (prf(V).f1 < a.f1) why.push('1b F1');
      if (why.length > n) noVeto.add(label);
    }
    const shown = [
      addsAny(candidate, label) ? `adds ${addRight}/${addRight + addWrong}` : '',
      vetoes(candidate, label) ? `vetoes ${vetoRight}/${vetoRight + vetoWrong}` : '',
      why.length > 0 ? `falls back (${why.join(', ')})` : '',
    ]
      .filter((s) => s !== '')
      .join(', ');
    lines.push(
      `${REPLY_LABELS[label].polarity === 'anti' ? '*' : ' '} ${label.padEnd(28)} P ${f(a.p)}→${f(b.p)}→${f(c.p)}  R ${f(a.r)}→${f(b.r)}→${f(c.r)}  F1 ${f(a.f1)}→${f(b.f1)}→${f(c.f1)}  ${shown}`,
    );
  }
  const failures: string[] = [];
  const final = withFallbacks(candidate, noAdd, noVeto);
  const [fAdd, fVeto] = [additionsOnly(final), vetoesOnly(final)];
  const fPool = new Pool();
  const fAddPool = new Pool();
  const fVetoPool = new Pool();
  const freshRules = new Pool();
  const freshInc = new Pool();
  const freshFinal = new Pool();
  for (const part of decision) {
    const e = evaluateLinter(part.rows, final, part.labels);
    fPool.add(e);
    fAddPool.add(evaluateLinter(part.rows, fAdd, part.labels));
    fVetoPool.add(evaluateLinter(part.rows, fVeto, part.labels));
    if (fresh.includes(part.name)) {
      freshRules.add(evaluateLinter(part.rows, null, part.labels));
      freshInc.add(evaluateLinter(part.rows, incumbent, part.labels));
      freshFinal.add(e);
    }
  }
  lines.push(
    `fallbacks: additions off for ${[...noAdd].join(', ') || 'none'}; vetoes off for ${[...noVeto].join(', ') || 'none'}`,
  );
  const [R, I, F] = [rules.micro(), inc.micro(), fPool.micro()];
  lines.push(`pooled: rules ${line(R)} | incumbent ${line(I)} | candidate ${line(cand.micro())} | final ${line(F)}`);
  if (prf(F).f1 < prf(I).f1) failures.push('2: final pooled micro-F1 below the incumbent');
  lines.push(
    `fresh (${fresh.join('+')}): rules ${line(freshRules.micro())} | incumbent ${line(freshInc.micro())} | final ${line(freshFinal.micro())}`,
  );
  if (freshFinal.byLabel.size === 0) failures.push('2: no fresh part');
  else if (prf(freshFinal.micro()).f1 < prf(freshInc.micro()).f1) failures.push('2: fresh part below the incumbent');
  const [FA, FV] = [fAddPool.micro(), fVetoPool.micro()];
  const addRight = FA.tp - R.tp;
  const addWrong = FA.fp - R.fp;
  const vetoRight = R.fp - FV.fp;
  const vetoWrong = R.tp - FV.tp;
  const addShare = addRight + addWrong === 0 ? 1 : addRight / (addRight + addWrong);
  const vetoShare = vetoRight + vetoWrong === 0 ? 1 : vetoRight / (vetoRight + vetoWrong);
  lines.push(`final additions over the rules: ${addRight} right, ${addWrong} wrong (${f(addShare)})`);
  lines.push(`final vetoes: ${vetoRight} false alarms dropped, ${vetoWrong} findings lost (${f(vetoShare)})`);
  if (addShare < SHIP_ADDITIONS) failures.push(`3: additions ${addRight}/${addRight + addWrong} right`);
  if (vetoShare < SHIP_VETOES) failures.push(`3: vetoes ${vetoRight}/${vetoRight + vetoWrong} right`);
  lines.push('per anti-pattern, pooled decision set, final (issue #12: P ≥ 0.90, R ≥ 0.80): incumbent → final');
  for (const label of fPool.byLabel.keys())
    if (REPLY_LABELS[label].polarity === 'anti') {
      const [x, y] = [prf(inc.get(label)), prf(fPool.get(label))];
      lines.push(`  ${label.padEnd(28)} P ${f(x.p)}→${f(y.p)}  R ${f(x.r)}→${f(y.r)}  F1 ${f(x.f1)}→${f(y.f1)}`);
    }
  lines.push('== tuned-on sets (in-sample for both; reported, not conditions): micro-F1 incumbent → final ==');
  for (const part of tuned) {
    const i = evaluateLinter(part.rows, incumbent, part.labels);
    const c = evaluateLinter(part.rows, final, part.labels);
    lines.push(`${part.name.padEnd(9)} ${String(part.rows.length).padStart(4)}: ${line(i.micro)} → ${line(c.micro)}`);
  }
  lines.push(
    failures.length === 0 ? 'conditions 1–3: PASS (final ships)' : `conditions 1–3: FAIL (${failures.join('; ')})`,
  );
  return { text: lines.join('\n'), ships: failures.length === 0, noAdd: [...noAdd], noVeto: [...noVeto] };
}
