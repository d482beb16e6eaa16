/**
 * The project-written labelled replies the lint classifier may learn from, one group per writer, each split into the
 * part it trains on and the part kept out of training and thresholds from the start (the check set of the ship rule in
 * models/lint-classifier.md). Only text the project wrote: dev (which the project may tune on), the blind set, writers
 * N, P, R, S, T, U, V, W, X and Y, and rounds 1–3 (tuned-on since 2026-12-07). Nothing else under ../shared/data is read.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPLY_LABEL_NAMES, type ReplyLabel } from '../../src/core/coach/labels.ts';
import { EARLIER_LABELS, LATER_LABELS } from '../eval-lint.ts';
import type { TrainingReply } from './train.ts';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

export interface LabelledRow extends TrainingReply {
  id: string;
  labels: string[];
  context?: string;
}

export interface WriterSet {
  writer: string;
  file: string;
  /** Labels this writer's set is labelled for. */
  labels: readonly ReplyLabel[];
  train: LabelledRow[];
  /** Kept out of training and thresholds: the check part (empty for sets with none). */
  check: LabelledRow[];
}

const idNumber = (id: string): number => Number(/(\d+)\s*$/.exec(id)?.[1] ?? Number.NaN);

function read(file: string): LabelledRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as LabelledRow];
      } catch {
        return []; // a line a writer is still writing
      }
    })
    .filter((r) => typeof r.reply === 'string' && Array.isArray(r.labels));
}

interface Source {
  writer: string;
  path: string;
  earlier: boolean;
  /** True for the rows kept out as the check part. */
  check: (id: number) => boolean;
}

const SOURCES: readonly Source[] = [
  { writer: 'dev', path: '../shared/data/agent-replies/dev.jsonl', earlier: true, check: () => false },
  { writer: 'blind', path: 'test/fixtures/agent-replies-blind.jsonl', earlier: true, check: (n) => n % 2 === 1 },
  { writer: 'writer-r', path: 'corpus/replies/writer-r.jsonl', earlier: false, check: (n) => n % 4 === 3 },
  { writer: 'round1', path: 'eval/never-tuned/agent-replies.jsonl', earlier: false, check: () => false },
  { writer: 'round2', path: 'eval/never-tuned/round2/agent-replies.jsonl', earlier: false, check: () => false },
  { writer: 'round3', path: 'eval/never-tuned/round3/agent-replies.jsonl', earlier: false, check: () => false },
  { writer: 'writer-s', path: 'corpus/replies/writer-s.jsonl', earlier: false, check: (n) => n % 5 === 0 },
  { writer: 'writer-t', path: 'corpus/replies/writer-t.jsonl', earlier: false, check: (n) => n % 5 === 0 },
  // Written from 05:03 on 2026-12-07, after the session-7 ship rule: their check parts are reported beside its check set.
  { writer: 'writer-u', path: 'corpus/replies/writer-u.jsonl', earlier: false, check: (n) => n % 5 === 0 },
  { writer: 'writer-v', path: 'corpus/replies/writer-v.jsonl', earlier: false, check: (n) => n % 5 === 0 },
  // Written in session 8 (2026-12-07 from 07:50), anti-pattern heavy: W chat and social, X e-mail, phone and letters.
  { writer: 'writer-w', path: 'corpus/replies/writer-w.jsonl', earlier: false, check: (n) => n % 5 === 0 },
  { writer: 'writer-x', path: 'corpus/replies/writer-x.jsonl', earlier: false, check: (n) => n % 5 === 0 },
  // Written in session 9 (2026-12-07 10:36–10:56), heavy in the weak anti-patterns, with spans.
  { writer: 'writer-y', path: 'corpus/replies/writer-y.jsonl', earlier: false, check: (n) => n % 5 === 0 },
  // Session 10 (14:20–15:00), the session-10b rule's decision set (scored once, whole, at 14:59); trains from session 11.
  { writer: 'writer-p', path: 'corpus/replies/writer-p.jsonl', earlier: false, check: () => false },
  // Session 11 (16:50-17:11), heavy in the weak anti-patterns, with spans. Its ids = 0 mod 5 were the session-11
  // rule's fresh decision part (scored once, 17:54) and stay out of training as its check part; the rest train from
  // session 13.
  { writer: 'writer-n', path: 'corpus/replies/writer-n.jsonl', earlier: false, check: (n) => n % 5 === 0 },
];

/** Every writer's set that exists on disk, split into training and check parts. */
export function writerSets(): WriterSet[] {
  return SOURCES.flatMap((source) => {
    const file = resolve(root, source.path);
    if (!existsSync(file)) return [];
    const rows = read(file).map((r) => ({
      ...r,
      writer: source.writer,
      ...(source.earlier ? { unlabelled: LATER_LABELS } : {}),
    }));
    return [
      {
        writer: source.writer,
        file: source.path,
        labels: source.earlier ? EARLIER_LABELS : REPLY_LABEL_NAMES,
        train: rows.filter((r) => !source.check(idNumber(r.id))),
        check: rows.filter((r) => source.check(idNumber(r.id))),
      },
    ];
  });
}

/**
 * Decision sets: kept out of training, thresholds, the choice of features and every analysis script of the
 * classifier; only the ship rule's check reads them (`scripts/lint-classifier-heldout.ts --decision`). Session 13:
 * rounds 9 and 10 (eval/never-tuned, written by two writers whose replies never trained a classifier; the rules were
 * tuned on them since sessions 12 and 13), whole, as wholly held-out writers. Writer P (session 10b's) and writer N
 * (session 11's) train since sessions 11 and 13.
 */
const DECISION: readonly { writer: string; path: string; rows: (id: number) => boolean }[] = [
  { writer: 'round9', path: 'eval/never-tuned/round9/agent-replies.jsonl', rows: () => true },
  { writer: 'round10', path: 'eval/never-tuned/round10/agent-replies.jsonl', rows: () => true },
];

/** Every decision set on disk, all its rows. */
export function decisionSets(): Array<{
  writer: string;
  file: string;
  labels: readonly ReplyLabel[];
  rows: LabelledRow[];
}> {
  return DECISION.flatMap((d) => {
    const file = resolve(root, d.path);
    if (!existsSync(file)) return [];
    return [
      {
        writer: d.writer,
        file: d.path,
        labels: REPLY_LABEL_NAMES,
        rows: read(file)
          .filter((r) => d.rows(idNumber(r.id)))
          .map((r) => ({ ...r, writer: d.writer })),
      },
    ];
  });
}
