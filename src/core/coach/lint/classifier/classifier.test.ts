import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../lint-engine.ts';
import { sentenceSpans } from '../text-scan.ts';
import { classify, loadLintClassifier } from './classifier.ts';
import { HASH_BITS, sentenceFeatures } from './features.ts';

test('sentenceSpans trims blanks and keeps "Mr." inside its sentence', () => {
  const text = 'Mr. Lee, sorry.  Is that right? ';
  const spans = sentenceSpans(text);
  assert.deepEqual(spans, [0, 15, 17, 31]);
});

test('sentence features are deterministic ids inside the hashed space', () => {
  const text = 'The courier lost it again.';
  const a = new Int32Array(200);
  const b = new Int32Array(200);
  const n = sentenceFeatures(text, 0, text.length, a, 0);
  assert.equal(sentenceFeatures(text, 0, text.length, b, 0), n);
  assert.deepEqual(a.slice(0, n), b.slice(0, n));
  assert.ok(a.slice(0, n).every((id) => id >= 0 && id < 1 << HASH_BITS));
});

test('classify locates a label at its best sentence and honours skip', () => {
  const model = loadLintClassifier({
    hashBits: HASH_BITS,
    labels: ['excuse'],
    bias: [-1],
    thresholds: [0],
    scales: [1],
    buckets: [],
    weights: [],
  });
  assert.deepEqual(
    classify(model, 'We are busy. Sorry.', () => false),
    [],
  );
  const text = 'Sorry about that. The warehouse was flooded.';
  const ids = new Int32Array(200);
  const spans = sentenceSpans(text);
  const n = sentenceFeatures(text, spans[2] ?? 0, spans[3] ?? 0, ids, 0);
  const first = ids[0] ?? 0;
  model.weights[first] = 2;
  const hits = classify(model, text, () => false);
  assert.equal(hits.length, 1);
  assert.deepEqual([hits[0]?.start, hits[0]?.end], [spans[2], spans[3]]);
  assert.ok(n > 0);
  assert.deepEqual(
    classify(model, text, (label) => label === 'excuse'),
    [],
  );
});

test('lint adds a classifier finding with the label principle, spanning the sentence, only where rules found none', () => {
  const model = loadLintClassifier({
    hashBits: HASH_BITS,
    labels: ['excuse'],
    bias: [5],
    thresholds: [0],
    scales: [1],
    buckets: [],
    weights: [],
  });
  const reply = 'The storm closed the depot.';
  const found = lint(reply, {}, model).filter((f) => f.label === 'excuse');
  assert.equal(found.length, 1);
  assert.equal(found[0]?.principle, 'A4');
  assert.equal(reply.slice(found[0]?.span.start, found[0]?.span.end), reply);
});
