import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AngerLevel, AngerModel } from '../signals/types.ts';
import { analyzeCustomerTurn } from './customer-turn.ts';

const model = (anger: number, level: AngerLevel): AngerModel => ({ name: 'fixed', score: () => ({ anger, level }) });

// [model probability, model level, text, expected level]
const CASES: Array<[number, AngerLevel, string, AngerLevel]> = [
  // A1/L1 read the customer right: hedged words pull a hesitant 'angry' down to annoyed…
  [0.43, 'angry', "It's a bit annoying, just wondering when the refund will land.", 'annoyed'],
  // …but not a confident one,
  [0.62, 'angry', "It's a bit annoying, just wondering when the refund will land.", 'angry'],
  // …and not without the hedge.
  [0.43, 'angry', 'When will the refund land?', 'angry'],
  // Abuse aimed at the agent is furious whatever the model says (B1).
  [0.05, 'calm', 'Just fix it, you idiot.', 'furious'],
];

for (const [anger, level, text, expected] of CASES) {
  test(`A1 customer anger level: model ${level} ${anger} on "${text}" reads ${expected}`, () => {
    assert.equal(analyzeCustomerTurn(text, model(anger, level), false).level, expected);
  });
}
