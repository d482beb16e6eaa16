import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseGoEmotions } from '../../scripts/anger/goemotions.ts';
import { CANDIDATES } from '../../scripts/anger/candidates.ts';
import { crossValidate, trainAngerWeights } from '../../scripts/anger/train.ts';
import { createAngerModel } from '../../src/core/signals/anger/model.ts';

// A tiny GoEmotions-format fixture written for this project (no shared data in tests).
const FIXTURE = new URL('./tiny-goemotions.tsv', import.meta.url);
const rows = parseGoEmotions(readFileSync(FIXTURE, 'utf8'), 'tiny-goemotions.tsv');
const train = rows.slice(0, 18);
const dev = rows.slice(6); // overlaps train on purpose: thresholds only need both classes present
const candidate = {
  features: { ...CANDIDATES[0]!.features, bits: 12 },
  train: { ...CANDIDATES[0]!.train, epochs: 3, seed: 7 },
};
const meta = { name: 'tiny', trainedAt: '2020-01-01' };

test('train: the same seed gives byte-identical weights', () => {
  const a = trainAngerWeights(train, dev, candidate, meta);
  const b = trainAngerWeights(train, dev, candidate, meta);
  assert.equal(JSON.stringify(a.weights), JSON.stringify(b.weights));
});

test('train: another seed gives other weights (the seed is really used)', () => {
  const a = trainAngerWeights(train, dev, candidate, meta);
  const b = trainAngerWeights(train, dev, { ...candidate, train: { ...candidate.train, seed: 8 } }, meta);
  assert.notEqual(a.weights.network.embed, b.weights.network.embed);
});

test('train: the weights load and rank a training anger example above a calm one', () => {
  const model = createAngerModel(trainAngerWeights(train, dev, candidate, meta).weights);
  assert.ok(
    model.score('I am so angry at you right now, this is outrageous').anger >
      model.score('What a lovely photo of your dog').anger,
  );
});

test('train: cross-validation is deterministic and reports F1 in [0, 1]', () => {
  const a = crossValidate(rows, candidate, 2);
  assert.deepEqual(crossValidate(rows, candidate, 2), a);
  for (const f1 of [a.anger, a.cluster]) assert.ok(f1 >= 0 && f1 <= 1);
});

test('train: a malformed TSV line is reported with its line number', () => {
  assert.throws(() => parseGoEmotions('ok\t2\tx\nno tabs here\n', 'bad.tsv'), /bad\.tsv:2: expected text<TAB>labels/);
});
