import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CANDIDATES } from '../../scripts/anger/candidates.ts';
import { DEV_EVERY, parseLabelledMessages, readCorpus } from '../../scripts/anger/corpus.ts';
import { parseGoEmotions } from '../../scripts/anger/goemotions.ts';
import { chooseLevels, fitOrdinal, fitPlatt } from '../../scripts/anger/reading-fit.ts';
import { crossValidate, trainReading, type ReadingOptions } from '../../scripts/anger/train.ts';
import { createAngerModel, levelFor } from '../../src/core/signals/anger/index.ts';
import { ANGER_LEVELS, type AngerLevel } from '../../src/core/signals/types.ts';

// Tiny fixtures written for this project (no shared data in tests).
const rows = parseGoEmotions(
  readFileSync(new URL('./tiny-goemotions.tsv', import.meta.url), 'utf8'),
  'tiny-goemotions.tsv',
);
const corpusFile = new URL('./tiny-corpus.jsonl', import.meta.url);
const corpus = parseLabelledMessages(readFileSync(corpusFile, 'utf8'), 'tiny-corpus.jsonl').filter(
  (r) => r.lang === 'en',
);
const options: ReadingOptions = {
  candidate: {
    features: { ...CANDIDATES[0]!.features, bits: 12, families: true },
    train: { ...CANDIDATES[0]!.train, epochs: 3, seed: 7 },
  },
  corpusRepeat: 2,
  folds: 2,
  goEmotionsShare: 0.5,
  l2: 0.01,
};
const meta = { name: 'tiny', trainedAt: '2020-01-01' };
const train = (o: ReadingOptions = options) => trainReading(rows.slice(0, 18), [], corpus, corpus, o, meta);

test('train: the same seed gives byte-identical weights', () => {
  assert.equal(JSON.stringify(train().weights), JSON.stringify(train().weights));
});

test('train: another seed gives other weights (the seed is really used)', () => {
  const other = train({
    ...options,
    candidate: { ...options.candidate, train: { ...options.candidate.train, seed: 8 } },
  });
  assert.notEqual(other.weights.network.embed, train().weights.network.embed);
});

test('train: the weights load, levels rise, and a furious training message outreads a calm one', () => {
  const trained = train();
  const { annoyed, angry, furious } = trained.weights.reading.levels;
  assert.ok(0 < annoyed && annoyed < angry && angry < furious && furious < 1);
  const model = createAngerModel(trained.weights);
  const hot = model.score('WORST COMPANY EVER you absolute clowns, I want my money NOW!!!');
  const cold = model.score('Hi, how do I update the card on my account?');
  assert.ok(hot.scored && cold.scored && hot.anger > cold.anger);
  assert.equal(hot.level, levelFor(hot.anger, trained.weights.reading.levels));
});

test('train: a wide half mixes into the GoEmotions heads only, deterministically, and the weights load', () => {
  const wide = { ...options, wide: { epochs: 2, learningRate: 0.2, mix: 0.5 } };
  const a = train(wide);
  assert.equal(JSON.stringify(a.weights), JSON.stringify(train(wide).weights));
  const bare = train();
  assert.equal(bare.weights.network.wide, undefined);
  const table = a.weights.network.wide;
  assert.ok(table && table.scales.length === 2 && table.scales.every((x) => x > 0));
  // Same network (same seed and rows): the anger and cluster rows are halved, the in-domain rows are untouched.
  const h = a.weights.network.hidden;
  for (let i = 0; i < 2 * h; i++)
    assert.ok(Math.abs(a.weights.network.w2[i]! - bare.weights.network.w2[i]! / 2) < 1e-12);
  assert.deepEqual(a.weights.network.w2.slice(2 * h), bare.weights.network.w2.slice(2 * h));
  const text = 'WORST COMPANY EVER you absolute clowns, I want my money NOW!!!';
  const [withWide, without] = [a, bare].map((t) => createAngerModel(t.weights).read(text).logits);
  assert.notEqual(withWide![0], without![0]);
  assert.deepEqual(withWide!.slice(2), without!.slice(2));
});

test('train: cross-validation on GoEmotions rows is deterministic and reports F1 in [0, 1]', () => {
  const candidate = { ...options.candidate, features: { ...options.candidate.features, families: false } };
  const a = crossValidate(rows, candidate, 2);
  assert.deepEqual(crossValidate(rows, candidate, 2), a);
  for (const f1 of [a.anger, a.cluster]) assert.ok(f1 >= 0 && f1 <= 1);
});

test('corpus: every 5th line is the dev slice; a bad line names file and line', () => {
  assert.equal(DEV_EVERY, 5);
  assert.throws(
    () => parseLabelledMessages('{"text":"ok","level":"calm"}\n{"text":"x","level":"livid"}\n', 'bad.jsonl'),
    /bad\.jsonl:2: expected "text" and "level"/,
  );
  assert.throws(() => parseGoEmotions('ok\t2\tx\nno tabs here\n', 'bad.tsv'), /bad\.tsv:2: expected text<TAB>labels/);
});

test('corpus: every writer file is read, each with its own dev slice (every 5th line of that file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'anger-corpus-'));
  try {
    const line = (w: string, i: number, lang = 'en') =>
      JSON.stringify({ id: `${w}-${i}`, text: `message ${i}`, level: 'calm', lang });
    writeFileSync(
      join(dir, 'writer-a.jsonl'),
      `${Array.from({ length: 10 }, (_, i) => line('a', i + 1)).join('\n')}\n`,
    );
    writeFileSync(
      join(dir, 'writer-b.jsonl'),
      `${Array.from({ length: 7 }, (_, i) => line('b', i + 1, i === 4 ? 'tl' : 'en')).join('\n')}\n`,
    );
    writeFileSync(join(dir, 'writer-b.md'), 'notes, not data');
    const corpus = readCorpus(dir);
    assert.deepEqual(
      corpus.map((c) => [c.writer, c.train.map((r) => r.id), c.dev.map((r) => r.id)]),
      [
        ['writer-a', ['a-1', 'a-2', 'a-3', 'a-4', 'a-6', 'a-7', 'a-8', 'a-9'], ['a-5', 'a-10']],
        ['writer-b', ['b-1', 'b-2', 'b-3', 'b-4', 'b-6', 'b-7'], ['b-5']],
      ],
    );
    // The language travels with the row, so the trainer can keep non-English rows out of train and tuning.
    assert.equal(corpus[1]!.dev[0]!.lang, 'tl');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('reading fit: the ordinal model orders the levels along its inputs and its cut points rise', () => {
  // One input that rises with the level, one that is noise.
  const levels = [0, 0, 0, 1, 1, 1, 2, 2, 3, 3];
  const x = Float64Array.from(levels.flatMap((l, i) => [l + (i % 2) * 0.4, (i * 7) % 3]));
  const fit = fitOrdinal({ x, d: 2, level: Uint8Array.from(levels), weight: new Float64Array(10).fill(1) }, 0.01);
  assert.ok(fit.w[0]! > 0);
  assert.ok(Math.abs(fit.w[1]!) < fit.w[0]!);
  assert.ok(fit.theta[0] < fit.theta[1] && fit.theta[1] < fit.theta[2]);
});

test('reading fit: Platt scaling recovers a known slope and offset', () => {
  // Labels drawn deterministically so that P(y = 1 | s) follows sigmoid(2s - 1).
  const s: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const score = -3 + (6 * i) / 2000;
    const p = 1 / (1 + Math.exp(-(2 * score - 1)));
    s.push(score);
    y.push((i * 0.618034) % 1 < p ? 1 : 0);
  }
  const { a, c } = fitPlatt(s, y);
  assert.ok(Math.abs(a - 2) < 0.25, `a ${a}`);
  assert.ok(Math.abs(c + 1) < 0.25, `c ${c}`);
});

test('reading fit: level thresholds rise and separate perfectly separable levels', () => {
  const gold: AngerLevel[] = ['calm', 'calm', 'annoyed', 'annoyed', 'angry', 'angry', 'furious', 'furious'];
  const p = [0.01, 0.02, 0.1, 0.15, 0.5, 0.6, 0.95, 0.97];
  const choice = chooseLevels(p, gold);
  const { annoyed, angry, furious } = choice.levels;
  assert.ok(0.02 < annoyed && annoyed <= 0.1 && 0.15 < angry && angry <= 0.5 && 0.6 < furious && furious <= 0.95);
  assert.deepEqual(
    p.map((x) => levelFor(x, choice.levels)),
    gold,
  );
  assert.equal(choice.angryUp.f1, 1);
  assert.ok(ANGER_LEVELS.length === 4);
});
