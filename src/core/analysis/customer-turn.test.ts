import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultAngerModel } from '../signals/anger/index.ts';
import type { AngerModel } from '../signals/types.ts';
import { analyzeCustomerTurn } from './customer-turn.ts';

const TEXTS = [
  "It's a bit annoying, just wondering when the refund will land.",
  'When will the refund land?',
  'You people are a joke. CANCEL MY ACCOUNT NOW!!!',
  'Just fix it, you idiot.',
  'Thanks, that worked!',
  'Mi pedido llegó roto y nadie me responde, es una vergüenza',
];

for (const text of TEXTS) {
  test(`A1 customer anger: the engine gives "${text.slice(0, 40)}" the same reading as defuse score`, () => {
    const score = defaultAngerModel.score(text);
    const signals = analyzeCustomerTurn(text, defaultAngerModel, false);
    assert.equal(signals.anger, score.anger);
    assert.equal(signals.level, score.level);
    assert.equal(signals.language, score.language);
  });
}

test('B1 abuse aimed at the agent is its own signal beside the reading, which it never overrides', () => {
  const calm: AngerModel = {
    name: 'fixed',
    score: () => ({ scored: true, anger: 0.01, level: 'calm', language: 'en' }),
  };
  const signals = analyzeCustomerTurn('Just fix it, you idiot.', calm, false);
  assert.equal(signals.abuse[0]?.kind, 'insult');
  assert.equal(signals.level, 'calm');
  assert.equal(signals.anger, 0.01);
});

test('a turn that is not English has no anger reading, says why, and is not calm', () => {
  const signals = analyzeCustomerTurn('Ich warte seit drei Wochen auf meine Rückerstattung!', defaultAngerModel, false);
  assert.equal(signals.level, null);
  assert.equal(signals.anger, null);
  assert.equal(signals.language, 'de');
  assert.match(signals.notScored ?? '', /not English \(de\)/);
});
