/** `defuse lint "reply" [--context MSG] [--name NAME] [--json]` and `defuse lint --jsonl [FILE|-]`: the reply linter. */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import pc from 'picocolors';
import { lint } from '../../core/coach/lint/index.ts';
import type { LintContext, LintFinding } from '../../core/coach/lint-types.ts';
import { AppError } from '../../core/errors.ts';
import { guarded } from '../exit.ts';
import { readInput } from '../io.ts';

const MAX_BATCH_BYTES = 256 * 1024 * 1024;
const PROGRESS_EVERY = 500;

export interface LintLine {
  id: string | number;
  reply: string;
  context?: string;
  name?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseLine(raw: string, where: string): LintLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new AppError('invalid_input', 'not valid JSON', where);
  }
  if (!isRecord(value)) throw new AppError('invalid_input', 'expected a JSON object', where);
  const { id, reply, context, name } = value;
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new AppError('invalid_input', 'id: expected a string or number', where);
  if (typeof reply !== 'string' || reply.trim() === '')
    throw new AppError('invalid_input', 'reply: expected a non-empty string', where);
  if (context !== undefined && context !== null && typeof context !== 'string')
    throw new AppError('invalid_input', 'context: expected a string', where);
  if (name !== undefined && name !== null && typeof name !== 'string')
    throw new AppError('invalid_input', 'name: expected a string', where);
  const line: LintLine = { id, reply };
  if (typeof context === 'string') line.context = context;
  if (typeof name === 'string') line.name = name;
  return line;
}

/** Parses every JSONL line before any output, so one bad line leaves nothing half-written. */
export function parseLintLines(input: string): LintLine[] {
  const lines: LintLine[] = [];
  input.split('\n').forEach((raw, i) => {
    if (raw.trim() !== '') lines.push(parseLine(raw, `line ${i + 1}`));
  });
  return lines;
}

const contextOf = (customerMessage?: string, customerName?: string): LintContext => ({
  ...(customerMessage === undefined ? {} : { customerMessage }),
  ...(customerName === undefined ? {} : { customerName }),
});

const labelsOf = (findings: readonly LintFinding[]): string[] => [...new Set(findings.map((f) => f.label))].sort();

/** Lints parsed lines into `{"id","labels","findings"}` JSONL; ticks `onProgress` every PROGRESS_EVERY lines. */
export function lintLines(lines: readonly LintLine[], onProgress?: (done: number) => void): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    const findings = lint(line.reply, contextOf(line.context, line.name));
    out.push(JSON.stringify({ id: line.id, labels: labelsOf(findings), findings }));
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1);
  });
  return out.length ? `${out.join('\n')}\n` : '';
}

/** The reply with moves underlined green and anti-patterns red, then one block per finding. */
export function formatFindings(reply: string, findings: readonly LintFinding[]): string {
  const marks = new Array<'move' | 'anti' | undefined>(reply.length);
  for (const f of findings)
    for (let i = f.span.start; i < f.span.end; i++) if (marks[i] !== 'anti') marks[i] = f.polarity;
  let highlighted = '';
  for (let i = 0; i < reply.length; ) {
    let j = i;
    while (j < reply.length && marks[j] === marks[i]) j++;
    const part = reply.slice(i, j);
    highlighted +=
      marks[i] === 'anti' ? pc.red(pc.underline(part)) : marks[i] === 'move' ? pc.green(pc.underline(part)) : part;
    i = j;
  }
  const lines = [highlighted, ''];
  if (findings.length === 0) lines.push(pc.dim('no playbook moves or anti-patterns found'));
  for (const f of findings) {
    const tag = f.polarity === 'anti' ? pc.red(`✗ ${f.principle}`) : pc.green(`✓ ${f.principle}`);
    lines.push(
      `${tag} ${pc.bold(f.label)}  ${pc.dim(`"${reply.slice(f.span.start, f.span.end)}" [${f.span.start}, ${f.span.end})`)}`,
    );
    lines.push(`    ${f.message}`);
    if (f.rewrite) lines.push(`    ${pc.cyan('→')} ${f.rewrite}`);
  }
  return `${lines.join('\n')}\n`;
}

interface LintOptions {
  context?: string;
  name?: string;
  json?: boolean;
  jsonl?: string | boolean;
}

/** The exit code of `defuse lint "reply"` when the reply has at least one anti-pattern. */
const ANTI_PATTERN_EXIT = 1;

function runLint(text: string | undefined, options: LintOptions): void {
  if (options.jsonl !== undefined) {
    const lines = parseLintLines(readInput(typeof options.jsonl === 'string' ? options.jsonl : text, MAX_BATCH_BYTES));
    const bar = process.stderr.isTTY ? new SingleBar({ stream: process.stderr, clearOnComplete: true }) : undefined;
    bar?.start(lines.length, 0);
    const output = lintLines(lines, (done) => bar?.update(done));
    bar?.update(lines.length);
    bar?.stop();
    process.stdout.write(output);
    return;
  }
  const reply = (text ?? readInput(undefined)).trim();
  if (reply === '') throw new AppError('invalid_input', 'the reply to lint is empty');
  const findings = lint(reply, contextOf(options.context, options.name));
  if (options.json) process.stdout.write(`${JSON.stringify({ labels: labelsOf(findings), findings })}\n`);
  else process.stdout.write(formatFindings(reply, findings));
  // Gates a script: 1 when the reply has an anti-pattern, 0 when it is clean (bad input exits 2).
  if (findings.some((f) => f.polarity === 'anti')) process.exitCode = ANTI_PATTERN_EXIT;
}

/** Registers `lint` on the program. */
export function register(program: Command): void {
  program
    .command('lint')
    .description(
      'lint an agent reply against the angry-customer playbook: moves, anti-patterns, principle IDs and rewrites',
    )
    .argument('[reply]', 'the reply text (read from stdin when left out); with --jsonl, the input file')
    .option('--context <message>', "the customer's last message (decides whether solving now interrupts them)")
    .option('--name <name>', "the customer's name, when known")
    .option('--json', 'print {"labels","findings"} as JSON')
    .option(
      '--jsonl [file]',
      'input is {"id","context"?,"reply"} lines (FILE or - for stdin); output is {"id","labels","findings"} lines',
    )
    .addHelpText(
      'after',
      '\nExit status: 0 when the reply has no anti-pattern, 1 when it has one (so a script can gate on it), 2 for bad\ninput. With --jsonl the output is the data: 0 once every line was linted, 2 for a bad line.',
    )
    .action(guarded(runLint));
}
