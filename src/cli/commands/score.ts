/**
 * `defuse score "message"` (or stdin) and `defuse score --jsonl [FILE|-]`: the anger reading per message, the same one the engine gives a customer turn: the
 * calibrated probability that it is angry or furious, its level, and its language; text that is not English gets
 * `anger: null, level: null` and a reason (the evaluation contract).
 */
import type { Command } from 'commander';
import { AppError } from '../../core/errors.ts';
import { defaultAngerModel } from '../../core/signals/anger/index.ts';
import type { AngerModel, AngerScore } from '../../core/signals/types.ts';
import { guarded } from '../exit.ts';
import { readInput } from '../io.ts';

const MAX_BATCH_BYTES = 512 * 1024 * 1024;
const PROGRESS_EVERY = 1000;

/** One input line: `{"id": string | number, "text": string}` (other fields are dropped). */
export interface ScoreLine {
  id: string | number;
  text: string;
}

/**
 * The field that makes `value` not a ScoreLine, `line` when it is no object at all, or null when it is one. Written by hand
 * rather than with zod: importing zod cost `defuse score` more start-up time than checking two fields does.
 */
function invalidField(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'line';
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) return 'id';
  if (typeof text !== 'string') return 'text';
  return null;
}

/** Parses every JSONL line before any output, so bad input never leaves partial results. */
export function parseScoreLines(input: string): ScoreLine[] {
  const lines: ScoreLine[] = [];
  input.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new AppError('invalid_input', 'not valid JSON', `line ${i + 1}`);
    }
    const field = invalidField(value);
    if (field !== null) {
      throw new AppError(
        'invalid_input',
        `expected {"id": string|number, "text": string}; "${field}" is missing or invalid`,
        `line ${i + 1}`,
      );
    }
    const { id, text } = value as ScoreLine;
    lines.push({ id, text });
  });
  return lines;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** One reading as output: `{anger, level, language}`, or `{anger: null, level: null, language, reason}` when not read. */
function readingJson(score: AngerScore): Record<string, unknown> {
  return score.scored
    ? { anger: round(score.anger), level: score.level, language: score.language }
    : { anger: null, level: null, language: score.language, reason: score.reason };
}

/** Scores parsed lines into JSONL output; ticks `onProgress` every PROGRESS_EVERY lines. */
export function scoreLines(
  model: AngerModel,
  lines: readonly ScoreLine[],
  onProgress?: (done: number) => void,
): string {
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(JSON.stringify({ id: line.id, ...readingJson(model.score(line.text)) }));
    if (onProgress && (i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1);
  });
  return out.length ? `${out.join('\n')}\n` : '';
}

async function runScore(text: string | undefined, options: { jsonl?: string | boolean }): Promise<void> {
  if (options.jsonl === undefined) {
    // Like `lint`: the argument is the message; without one, stdin is.
    const message = (text === undefined || text === '-' ? readInput(undefined) : text).trim();
    if (message === '') throw new AppError('invalid_input', 'the message to score is empty');
    process.stdout.write(`${JSON.stringify(readingJson(defaultAngerModel.score(message)))}\n`);
    return;
  }
  const input = readInput(typeof options.jsonl === 'string' ? options.jsonl : text, MAX_BATCH_BYTES);
  const lines = parseScoreLines(input);
  // The progress bar's module is loaded only for a terminal: piped and scripted runs never pay for it.
  const bar = process.stderr.isTTY
    ? new (await import('cli-progress')).SingleBar({ stream: process.stderr, clearOnComplete: true })
    : undefined;
  bar?.start(lines.length, 0);
  const output = scoreLines(defaultAngerModel, lines, (done) => bar?.update(done));
  bar?.update(lines.length);
  bar?.stop();
  process.stdout.write(output);
}

/** Registers `score` on the program. */
export function register(program: Command): void {
  program
    .command('score')
    .description(
      'score customer messages for anger: calibrated probability 0..1 of angry-or-furious, level calm|annoyed|angry|furious (thresholds on that number), language; non-English text is not scored',
    )
    .argument('[message]', 'the message text, scored as one message (read from stdin when left out or "-")')
    .option(
      '--jsonl [file]',
      'input is {"id","text"} lines (FILE, or stdin when left out or "-"); output is {"id","anger","level","language"[,"reason"]} lines',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  defuse score "This is the third time I have called!"\n  defuse score < message.txt\n  defuse score --jsonl messages.jsonl',
    )
    .action(guarded(runScore));
}
