/** The project-written in-domain anger corpus: `corpus/anger/<writer>.jsonl`, one labelled customer message a line. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ANGER_LEVELS, type AngerLevel } from '../../src/core/signals/types.ts';

export interface CorpusRow {
  id: string;
  text: string;
  level: AngerLevel;
  abusive: boolean;
  target: string;
  channel: string;
  industry: string;
  lang: string;
  /** The file it came from (one writer per file), without `.jsonl`. */
  source: string;
}

/** Every 5th line of each writer's file (lines 5, 10, …) is that writer's dev slice: tuned on, never trained on. */
export const DEV_EVERY = 5;

/** Parses one JSONL file of labelled messages; a bad line is an error naming the file and line. */
export function parseLabelledMessages(text: string, file: string): CorpusRow[] {
  const source = basename(file).replace(/\.jsonl$/, '');
  const rows: CorpusRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const r = JSON.parse(line) as Partial<Record<keyof CorpusRow, unknown>>;
    if (typeof r.text !== 'string' || !ANGER_LEVELS.includes(r.level as AngerLevel)) {
      throw new Error(`${file}:${i + 1}: expected "text" and "level" (calm|annoyed|angry|furious)`);
    }
    rows.push({
      id: String(r.id ?? `${source}-${i + 1}`),
      text: r.text,
      level: r.level as AngerLevel,
      abusive: r.abusive === true,
      target: String(r.target ?? 'none'),
      channel: String(r.channel ?? ''),
      industry: String(r.industry ?? ''),
      lang: String(r.lang ?? 'en'),
      source,
    });
  });
  return rows;
}

export interface CorpusSplit {
  writer: string;
  train: CorpusRow[];
  dev: CorpusRow[];
}

/** Each writer's file split into train and its dev slice (every DEV_EVERY-th line); [] when the folder is absent. */
export function readCorpus(dir = resolve(process.cwd(), 'corpus', 'anger')): CorpusSplit[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
  return files.sort().map((f) => {
    const rows = parseLabelledMessages(readFileSync(resolve(dir, f), 'utf8'), resolve(dir, f));
    return {
      writer: f.replace(/\.jsonl$/, ''),
      train: rows.filter((_, i) => (i + 1) % DEV_EVERY !== 0),
      dev: rows.filter((_, i) => (i + 1) % DEV_EVERY === 0),
    };
  });
}

/**
 * The project's tweet-family examples (`scripts/anger/examples/tweet-families.jsonl`): invented support tweets, labelled by
 * the twcs-sample LABELS.md conventions, one family of often-misread tweet a block (in-thread answers, calm
 * troubleshooting, codes and acronyms, praise, sarcasm without a cue word, mild expletives, …). Training rows only:
 * never a dev slice or a tuning row. `tweet-families-2.jsonl` (session 12) holds more of them, at volume: flat fault reports,
 * troubleshooting replies, questions and requests that name a problem, chatter, thanks (calm), and the LABELS.md angry
 * conventions (angry emoji, accusations of lying or scams, "sucks"/"worst", leaving, mild expletives).
 */
export const readTweetFamilies = (name = 'tweet-families.jsonl'): CorpusRow[] => {
  const file = resolve(import.meta.dirname, 'examples', name);
  return parseLabelledMessages(readFileSync(file, 'utf8'), file);
};
