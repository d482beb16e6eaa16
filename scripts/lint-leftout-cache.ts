/**
 * Leave-one-writer-out scores of the lint classifier on the training parts only (scripts/lint/corpus.ts; never a
 * check part or a decision set), written to a file so that thresholds, the label gate and vetoes can be studied
 * (scripts/lint-veto-study.ts) and the weights written (`train-lint.ts --left-out=FILE`) without training the
 * left-out models again.
 *   `npx tsx scripts/lint-leftout-cache.ts --out=FILE [--json=option overrides]`
 * FILE holds the options, and per training row its id, writer, gold labels, the labels the rules find and, per label,
 * the left-out best sentence logit and whether the engine may add it (scripts/lint/train.ts leftOutScores).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReplyLabel } from '../src/core/coach/labels.ts';
import { loadLintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { lintLabels } from '../src/core/coach/lint/lint-engine.ts';
import { writerSets } from './lint/corpus.ts';
import {
  DEFAULT_OPTIONS,
  type LeftOut,
  leftOutScores,
  type Prepared,
  prepare,
  type TrainingReply,
  type TrainOptions,
} from './lint/train.ts';

export interface CachedRow {
  id?: string | undefined;
  writer?: string | undefined;
  labels: string[];
  unlabelled?: string[];
  ruled: string[];
  fold: number;
  scores: number[];
  mayAdd: number[];
}

export interface LeftOutCache {
  options: TrainOptions;
  labels: ReplyLabel[];
  foldNames: string[];
  rows: CachedRow[];
}

/** The options that change left-out scores (the rest only choose thresholds, gates and vetoes from them). */
const SCORING: ReadonlyArray<keyof TrainOptions> = [
  'seed',
  'epochs',
  'l2',
  'rate',
  'positiveWeight',
  'useOwnSentences',
  'spanNegatives',
  'labels',
  'features',
  'labelFeatures',
  'hashBits',
  'extraBits',
  'deepDim',
  'deepHidden',
  'deepRate',
];

/**
 * The cached left-out scores as training's LeftOut for `prepared` (no models). Throws unless the cache was written
 * from the same rows (ids and writers, in order), the same rules (the labels they find on every row) and the same
 * scoring options.
 */
export function leftOutFromCache(cache: LeftOutCache, prepared: Prepared, options: TrainOptions): LeftOut {
  for (const key of SCORING)
    if (JSON.stringify(cache.options[key]) !== JSON.stringify(options[key]))
      throw new Error(`left-out cache: option ${key} differs`);
  if (cache.rows.length !== prepared.rows.length) throw new Error('left-out cache: a different number of rows');
  cache.rows.forEach((c, i) => {
    const row = prepared.rows[i] as { id?: string; writer?: string };
    if (c.id !== row.id || c.writer !== row.writer) throw new Error(`left-out cache: row ${i} is another row`);
    const ruled = [...(prepared.ruled[i] ?? [])].sort().join();
    if ([...c.ruled].sort().join() !== ruled)
      throw new Error(`left-out cache: the rules find other labels on row ${i}`);
  });
  const { labels } = cache;
  return {
    scores: labels.map((_, l) => Float64Array.from(cache.rows, (r) => r.scores[l] ?? 0)),
    mayAdd: labels.map((_, l) => Uint8Array.from(cache.rows, (r) => r.mayAdd[l] ?? 0)),
    fold: Int32Array.from(cache.rows, (r) => r.fold),
    foldNames: cache.foldNames,
    models: [],
  };
}

/**
 * Recomputes, in place, whether the engine may add `label` on each cached row under the engine's conventions as they
 * are now (`classifierMayAdd` in lint-engine.ts), for a label whose convention reads only the reply's text (ownership,
 * policy_language, refusal_rigid, sympathy_agreement, vague_promise: not empathy, which a sympathy hit's sentence
 * moves). What leftOutScores would compute now for that label; the scores are untouched.
 */
export function refreshMayAdd(cache: LeftOutCache, rows: readonly TrainingReply[], label: ReplyLabel): number {
  const l = cache.labels.indexOf(label);
  if (l < 0 || label === 'empathy') throw new Error(`cannot refresh ${label}`);
  // Every sentence scores 0 against a threshold of −∞: the engine adds the label wherever its conventions let it.
  const model = loadLintClassifier({
    hashBits: cache.options.hashBits,
    labels: [label],
    bias: [0],
    thresholds: [Number.NEGATIVE_INFINITY],
    scales: [1],
    buckets: [],
    weights: [],
  });
  let changed = 0;
  cache.rows.forEach((c, i) => {
    const row = rows[i] as TrainingReply;
    const context = row.context === undefined ? {} : { customerMessage: row.context };
    const may = lintLabels(row.reply, context, model).includes(label) && !c.ruled.includes(label) ? 1 : 0;
    if (c.mayAdd[l] !== may) changed++;
    c.mayAdd[l] = may;
  });
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const refresh = process.argv.find((a) => a.startsWith('--refresh='))?.slice(10);
  const input = process.argv.find((a) => a.startsWith('--in='))?.slice(5);
  if (refresh !== undefined && input !== undefined) {
    // `--refresh=LABEL --in=CACHE --out=FILE`: the cache with LABEL's mayAdd recomputed under today's conventions.
    const cache = JSON.parse(readFileSync(input, 'utf8')) as LeftOutCache;
    const rows = writerSets().flatMap((s) => s.train);
    const options = { ...DEFAULT_OPTIONS, ...cache.options };
    leftOutFromCache(cache, prepare(rows, options), options);
    const changed = refreshMayAdd(cache, rows, refresh as ReplyLabel);
    const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? input;
    writeFileSync(out, JSON.stringify(cache));
    console.log(`${refresh}: ${changed} rows changed, wrote ${out}`);
    process.exit(0);
  }
  const json = process.argv.find((a) => a.startsWith('--json='));
  const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
  if (out === undefined) throw new Error('usage: lint-leftout-cache.ts --out=FILE [--json=…]');
  const options: TrainOptions = { ...DEFAULT_OPTIONS, ...(json ? JSON.parse(json.slice(7)) : {}) };
  const started = process.cpuUsage();
  const rows = writerSets().flatMap((s) => s.train);
  const prepared = prepare(rows, options);
  const left = leftOutScores(prepared, options);
  const cpu = process.cpuUsage(started);
  const cache: LeftOutCache = {
    options,
    labels: [...prepared.labels],
    foldNames: left.foldNames,
    rows: rows.map((r, i) => ({
      id: (r as { id?: string }).id,
      writer: r.writer,
      labels: [...r.labels],
      ...(r.unlabelled ? { unlabelled: [...r.unlabelled] } : {}),
      ruled: [...(prepared.ruled[i] ?? [])],
      fold: left.fold[i] ?? 0,
      // Full precision: thresholds and vetoes are chosen on these exact numbers.
      scores: prepared.labels.map((_, l) => left.scores[l]?.[i] ?? 0),
      mayAdd: prepared.labels.map((_, l) => left.mayAdd[l]?.[i] ?? 0),
    })),
  };
  writeFileSync(out, JSON.stringify(cache));
  console.log(`${rows.length} rows, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} CPU-s, wrote ${out}`);
}
