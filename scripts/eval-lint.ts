/** Scores the reply linter against labelled replies: per-label TP/FP/FN, precision, recall, F1 and micro-F1. */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPLY_LABEL_NAMES, type ReplyLabel } from '../src/core/coach/labels.ts';
import type { LintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { lintLabels } from '../src/core/coach/lint/index.ts';
import { crossValidate } from './lint/cross-validate.ts';

export interface LabelledReply {
  id: string;
  context?: string;
  reply: string;
  labels: string[];
}

export interface LabelScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface LinterEvaluation {
  rows: number;
  /** The labels scored (a set written before a label existed is not scored on it). */
  labels: readonly ReplyLabel[];
  perLabel: Record<ReplyLabel, LabelScore>;
  micro: LabelScore;
  macroF1: number;
}

const score = (tp: number, fp: number, fn: number): LabelScore => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

/** Labels added after the dev and blind sets were written: those sets are not scored on them. */
export const LATER_LABELS: readonly ReplyLabel[] = ['non_apology', 'vague_promise'];
/** The labels a set written before `non_apology` and `vague_promise` existed can be scored on. */
export const EARLIER_LABELS: readonly ReplyLabel[] = REPLY_LABEL_NAMES.filter((l) => !LATER_LABELS.includes(l));

/**
 * Runs `lintLabels` on every row (context = the customer's last message) and scores it against the row's labels,
 * on `labels` only (findings and gold of other labels are ignored).
 */
export function evaluateLinter(
  rows: readonly LabelledReply[],
  classifier: LintClassifier | null = null,
  labels: readonly ReplyLabel[] = REPLY_LABEL_NAMES,
): LinterEvaluation {
  const counts = new Map<ReplyLabel, { tp: number; fp: number; fn: number }>(
    labels.map((label) => [label, { tp: 0, fp: 0, fn: 0 }]),
  );
  for (const row of rows) {
    const got = new Set<string>(
      lintLabels(row.reply, row.context === undefined ? {} : { customerMessage: row.context }, classifier),
    );
    const expected = new Set(row.labels);
    for (const [label, c] of counts) {
      if (got.has(label) && expected.has(label)) c.tp++;
      else if (got.has(label)) c.fp++;
      else if (expected.has(label)) c.fn++;
    }
  }
  const perLabel = {} as Record<ReplyLabel, LabelScore>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [label, c] of counts) {
    perLabel[label] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const macroF1 = labels.reduce((sum, l) => sum + perLabel[l].f1, 0) / labels.length;
  return { rows: rows.length, labels, perLabel, micro: score(tp, fp, fn), macroF1 };
}

const pct = (x: number): string => x.toFixed(3);

/** A plain-text table: one line per label, then micro and macro F1. */
export function formatLinterEvaluation(title: string, e: LinterEvaluation): string {
  const lines = [
    `${title} (${e.rows} replies)`,
    `${'label'.padEnd(30)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  prec   rec    F1`,
  ];
  for (const label of e.labels) {
    const s = e.perLabel[label];
    lines.push(
      `${label.padEnd(30)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`,
    );
  }
  const m = e.micro;
  lines.push(
    `${'micro'.padEnd(30)} ${String(m.tp).padStart(4)} ${String(m.fp).padStart(4)} ${String(m.fn).padStart(4)}  ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}`,
  );
  lines.push(`${'macro F1'.padEnd(30)} ${' '.repeat(16)} ${' '.repeat(12)} ${pct(e.macroF1)}`);
  return lines.join('\n');
}

/** Prints the per-label table of an evaluation to stdout. */
export function printLinterReport(e: LinterEvaluation, title = 'reply linter'): void {
  console.log(formatLinterEvaluation(title, e));
}

/** Reads agent-replies JSONL (one `{id, context, reply, labels}` a line). */
export function readLabelledReplies(file: string): LabelledReply[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledReply);
}

// Tuning happens on even ids; odd ids are held out to check the rules generalize.
const idNumber = (id: string): number => Number(/(\d+)\s*$/.exec(id)?.[1] ?? Number.NaN);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const fileArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const file = resolve(root, fileArg ?? '../shared/data/agent-replies/dev.jsonl');
  const rows = readLabelledReplies(file);
  const tune = rows.filter((r) => idNumber(r.id) % 2 === 0);
  const check = rows.filter((r) => idNumber(r.id) % 2 === 1);
  console.log(formatLinterEvaluation(`all of ${file}`, evaluateLinter(rows)));
  console.log(
    `\ntuning half (even ids): micro-F1 ${pct(evaluateLinter(tune).micro.f1)}   check half (odd ids): micro-F1 ${pct(evaluateLinter(check).micro.f1)}`,
  );
  if (process.argv.includes('--halves')) {
    console.log(`\n${formatLinterEvaluation('tuning half (even ids)', evaluateLinter(tune))}`);
    console.log(`\n${formatLinterEvaluation('check half (odd ids)', evaluateLinter(check))}`);
  }
  if (process.argv.includes('--cv')) {
    const cv = crossValidate(
      rows.filter((r) => idNumber(r.id) % 2 === 0),
      rows.filter((r) => idNumber(r.id) % 2 === 1),
    );
    console.log(
      `\n${formatLinterEvaluation('2-fold (train even → test odd, train odd → test even): rules alone', cv.rules)}`,
    );
    console.log(`\n${formatLinterEvaluation('2-fold: rules + classifier', cv.combined)}`);
    for (const fold of cv.folds) {
      console.log(
        `${fold.name}: rules micro ${pct(fold.rules.micro.f1)} macro ${pct(fold.rules.macroF1)}  →  combined micro ${pct(fold.combined.micro.f1)} macro ${pct(fold.combined.macroF1)}`,
      );
    }
  }
  if (process.argv.includes('--speed')) {
    const rulesOnly = measureLintCpu(rows, 20, null);
    const shipped = measureLintCpu(rows);
    console.log(
      `\nlint CPU: ${shipped.toFixed(1)} µs/reply shipped, ${rulesOnly.toFixed(1)} rules alone (load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')})`,
    );
  }
}

// CPU microseconds per reply over repeated passes (after a warm-up), for the engine's speed budget.
export function measureLintCpu(
  rows: readonly LabelledReply[],
  passes = 20,
  classifier: LintClassifier | null = null,
): number {
  const run = (): void => {
    for (const row of rows)
      lintLabels(row.reply, row.context === undefined ? {} : { customerMessage: row.context }, classifier);
  };
  run();
  const start = process.cpuUsage();
  for (let i = 0; i < passes; i++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (rows.length * passes);
}
