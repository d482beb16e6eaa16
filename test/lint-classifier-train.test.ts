import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ReplyLabel } from '../src/core/coach/labels.ts';
import type { LintClassifierFile } from '../src/core/coach/lint/classifier/classifier.ts';
import { HASH_BITS, OPENING, TRIGRAMS } from '../src/core/coach/lint/classifier/features.ts';
import { writerSets } from '../scripts/lint/corpus.ts';
import { mergeFiles } from '../scripts/lint/merge.ts';
import { DEFAULT_OPTIONS, leftOutScores, prepare, type TrainOptions } from '../scripts/lint/train.ts';

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
