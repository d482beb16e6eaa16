import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ReplyLabel } from '../src/core/coach/labels.ts';
import type { LintClassifierFile } from '../src/core/coach/lint/classifier/classifier.ts';
import { HASH_BITS, OPENING, TRIGRAMS } from '../src/core/coach/lint/classifier/features.ts';
import { writerSets } from '../scripts/lint/corpus.ts';
import { mergeFiles } from '../scripts/lint/merge.ts';
import {
  chooseVetoes,
  DEFAULT_OPTIONS,
  type LeftOut,
  leftOutScores,
  NO_VETO,
  type Prepared,
  prepare,
  type TrainOptions,
  writerOutVetoes,
} from '../scripts/lint/train.ts';

const shipped = JSON.parse(
  readFileSync(new URL('../models/lint-classifier.json', import.meta.url), 'utf8'),
) as LintClassifierFile;

test('merging a file with itself, every label from the first, gives the same file', () => {
  const pick = new Map(shipped.labels.map((l) => [l as ReplyLabel, 0]));
  assert.deepEqual(mergeFiles([shipped, shipped], pick), shipped);
});

test('per-label feature families: a label with extra families moves no other label, and only it has extra rows', () => {
  const rows = writerSets()
    .filter((s) => s.writer === 'writer-s' || s.writer === 'writer-t')
    .flatMap((s) => s.train.slice(0, 25));
  const labels: ReplyLabel[] = ['empathy', 'excuse', 'calm_down'];
  const base: TrainOptions = { ...DEFAULT_OPTIONS, labels, epochs: 2, useOwnSentences: false };
  const mixed: TrainOptions = { ...base, labelFeatures: { excuse: TRIGRAMS | OPENING, calm_down: OPENING } };
  const a = leftOutScores(prepare(rows, base), base).models[0];
  const b = leftOutScores(prepare(rows, mixed), mixed).models[0];
  assert.ok(a !== undefined && b !== undefined);
  const size = 1 << HASH_BITS;
  assert.equal(a.weights.length, size * 3);
  assert.equal(b.weights.length, 2 * size * 3);
  assert.deepEqual(Array.from(b.labelFeatures), [0, TRIGRAMS | OPENING, OPENING]);
  const column = (w: Int8Array, l: number, from: number, to: number): number[] => {
    const out: number[] = [];
    for (let r = from; r < to; r++) out.push(w[r * 3 + l] ?? 0);
    return out;
  };
  // empathy (no extra family) is the same in both; its extra rows are empty.
  assert.deepEqual(column(b.weights, 0, 0, size), column(a.weights, 0, 0, size));
  assert.equal(b.bias[0], a.bias[0]);
  assert.ok(column(b.weights, 0, size, 2 * size).every((w) => w === 0));
  assert.ok(column(b.weights, 1, size, 2 * size).some((w) => w !== 0));
  assert.ok(column(b.weights, 2, size, 2 * size).some((w) => w !== 0));
});

// Left-out scores for one label over invented rows: `ruled` the rules found it, `gold` the writer gave it.
function vetoCase(rows: Array<{ score: number; ruled: boolean; gold: boolean; fold?: number }>) {
  const label: ReplyLabel = 'excuse';
  const prepared = {
    rows: rows.map((r) => ({ reply: '', labels: r.gold ? [label] : [], writer: `w${r.fold ?? 0}` })),
    labels: [label],
    sentences: [],
    ruled: rows.map((r) => new Set(r.ruled ? [label] : [])),
    spanMisses: 0,
  } as Prepared;
  const left = {
    scores: [Float64Array.from(rows, (r) => r.score)],
    mayAdd: [Uint8Array.from(rows, () => 0)],
    fold: Int32Array.from(rows, (r) => r.fold ?? 0),
    foldNames: [...new Set(rows.map((r) => `w${r.fold ?? 0}`))],
    models: [],
  } as LeftOut;
  return {
    prepared,
    left,
    options: {
      ...DEFAULT_OPTIONS,
      labels: [label],
      vetoLabels: [label],
      minVetoPrecision: 0.85,
      minVetoed: 3,
      maxVeto: 0,
    },
  };
}

test('a veto sits just above the false alarms it drops, and only where they are false alarms often enough', () => {
  const hits = [2, 3, 4, 5, 6].map((score) => ({ score, ruled: true, gold: true }));
  // Five false alarms the classifier scores low: the veto drops all five and no finding the writer gave.
  const clean = vetoCase([...[-5, -4, -3, -2, -1].map((score) => ({ score, ruled: true, gold: false })), ...hits]);
  const [v] = chooseVetoes(clean.prepared, clean.left, clean.options);
  assert.ok(v !== undefined && v > -1 && v < -0.99);
  // A label outside vetoLabels gets none.
  assert.equal(chooseVetoes(clean.prepared, clean.left, { ...clean.options, vetoLabels: [] })[0], NO_VETO);
  // One real excuse among the low scores: 4 alarms in 5 dropped (under 0.85) gives no veto; the two lowest alone
  // are too few (under minVetoed 3).
  const mixed = vetoCase([
    ...[-5, -4, -2, -1].map((score) => ({ score, ruled: true, gold: false })),
    { score: -3, ruled: true, gold: true },
    ...hits,
  ]);
  assert.equal(chooseVetoes(mixed.prepared, mixed.left, mixed.options)[0], NO_VETO);
  // Nothing at or above maxVeto is dropped, however wrong.
  const high = vetoCase([...[0.5, 1, 1.5].map((score) => ({ score, ruled: true, gold: false })), ...hits]);
  assert.equal(chooseVetoes(high.prepared, high.left, high.options)[0], NO_VETO);
  // Rows the rules did not find are never vetoed, whatever they score.
  const unfound = vetoCase([...[-5, -4, -3].map((score) => ({ score, ruled: false, gold: false })), ...hits]);
  assert.equal(chooseVetoes(unfound.prepared, unfound.left, unfound.options)[0], NO_VETO);
});

test('the veto gate scores each writer at a veto chosen without it', () => {
  // Writers 0 and 1 have low-scoring false alarms; writer 2's low scores are real excuses.
  const rows = [0, 1, 2].flatMap((fold) => [
    ...[-5, -4, -3].map((score) => ({ score, ruled: true, gold: fold === 2, fold })),
    ...[3, 4].map((score) => ({ score, ruled: true, gold: true, fold })),
  ]);
  const c = vetoCase(rows);
  const { right, wrong } = writerOutVetoes(c.prepared, c.left, { ...c.options, minVetoed: 3 });
  // Writer 2 left out: vetoes from 0 and 1 drop its three excuses (wrong). Writer 0 (or 1) left out: the others pool
  // 3 alarms and 3 excuses at the same scores, no veto.
  assert.deepEqual([right[0], wrong[0]], [0, 3]);
});
