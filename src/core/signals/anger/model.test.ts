import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../errors.ts';
import { angerRank } from '../types.ts';
import type { Cues } from './features.ts';
import { countIntensityCues, createAngerModel, defaultAngerModel, getDefaultAngerModel, levelOf } from './index.ts';

const T = { annoyed: 0.3, angry: 0.2, furious: 0.6, furiousCues: 2 };

const LEVEL_CASES = [
  { name: 'low anger, low cluster is calm', anger: 0.05, cluster: 0.1, cues: 0, level: 'calm' },
  { name: 'cluster at its threshold is annoyed', anger: 0.05, cluster: 0.3, cues: 3, level: 'annoyed' },
  {
    name: 'anger at its threshold is angry even if the cluster head is low',
    anger: 0.2,
    cluster: 0.1,
    cues: 0,
    level: 'angry',
  },
  { name: 'angry with one intensity cue stays angry', anger: 0.3, cluster: 0.9, cues: 1, level: 'angry' },
  { name: 'angry with two intensity cues is furious', anger: 0.3, cluster: 0.9, cues: 2, level: 'furious' },
  { name: 'a much higher probability alone is furious', anger: 0.6, cluster: 0.9, cues: 0, level: 'furious' },
  { name: 'cues never lift a message that is not angry', anger: 0.19, cluster: 0.1, cues: 5, level: 'calm' },
] as const;

for (const c of LEVEL_CASES) {
  test(`levels (L1): ${c.name}`, () => assert.equal(levelOf(c.anger, c.cluster, c.cues, T), c.level));
}

const cues = (over: Partial<Cues>): Cues => ({
  words: 5,
  capsWords: 0,
  profanity: 0,
  insults: 0,
  threats: 0,
  exclaims: 0,
  exclaimRuns: 0,
  ...over,
});

const CUE_CASES = [
  { name: 'none', cues: cues({}), count: 0 },
  { name: 'one ALL-CAPS word is not shouting', cues: cues({ capsWords: 1 }), count: 0 },
  { name: 'a message entirely in caps is shouting', cues: cues({ words: 1, capsWords: 1 }), count: 1 },
  { name: 'profanity and name-calling count once each (B1)', cues: cues({ profanity: 3, insults: 2 }), count: 2 },
  { name: 'caps, "!!" and a threat', cues: cues({ capsWords: 2, exclaimRuns: 1, threats: 1 }), count: 3 },
];

for (const c of CUE_CASES) {
  test(`intensity cues: ${c.name}`, () => assert.equal(countIntensityCues(c.cues), c.count));
}

// Each pair: the first message should read angrier than the second.
const ORDER_CASES = [
  {
    name: 'profanity and insults over a plain question',
    angrier: 'You idiots lost my bag again, this is fucking unacceptable!!!',
    calmer: 'My bag was delayed, can you tell me when it arrives?',
  },
  { name: 'negation: "furious" over "not angry"', angrier: 'I am furious with you', calmer: 'I am not angry with you' },
  { name: 'hate over love', angrier: 'I hate this company', calmer: 'I love this company' },
  {
    name: 'accusation over thanks',
    angrier: 'Stop lying to me, you stole my money',
    calmer: 'Thanks for telling me, that helps',
  },
  { name: 'shouting over the same words calm', angrier: 'WHERE IS MY REFUND!!!', calmer: 'where is my refund?' },
  {
    name: 'complaint over neutral request',
    angrier: 'Still waiting on my refund, this is ridiculous',
    calmer: 'Please send me the refund form',
  },
];

for (const c of ORDER_CASES) {
  test(`default model ordering: ${c.name}`, () => {
    assert.ok(defaultAngerModel.score(c.angrier).anger > defaultAngerModel.score(c.calmer).anger);
    assert.ok(
      angerRank(defaultAngerModel.score(c.angrier).level) >= angerRank(defaultAngerModel.score(c.calmer).level),
    );
  });
}

test('default model: thanks is calm and abuse at the agent is furious', () => {
  assert.equal(defaultAngerModel.score('Thanks, that worked! Have a great day.').level, 'calm');
  assert.equal(defaultAngerModel.score('Fuck you, you useless idiots!!!').level, 'furious');
});

test('default model: scores are probabilities, repeatable, and empty text is calm', () => {
  const text = 'This is the third time my order is late.';
  const a = defaultAngerModel.score(text);
  assert.deepEqual(defaultAngerModel.score(text), a);
  assert.ok(a.anger > 0 && a.anger < 1);
  assert.equal(defaultAngerModel.score('').level, 'calm');
  assert.equal(getDefaultAngerModel(), getDefaultAngerModel());
});

test('weights: a bad weights object is an AppError naming the field', () => {
  assert.throws(
    () => createAngerModel({}),
    (e: unknown) => e instanceof AppError && /format/.test(e.message),
  );
  const good = getDefaultAngerModel().weights;
  assert.throws(() => createAngerModel({ ...good, thresholds: { ...good.thresholds, angry: 2 } }), /thresholds\.angry/);
  assert.throws(
    () => createAngerModel({ ...good, network: { ...good.network, embed: 'AAAA' } }),
    /network\.embed has 3 values/,
  );
  assert.throws(
    () => createAngerModel({ ...good, network: { ...good.network, b2: [0] } }),
    /network\.b2 has 1 values, expected 2/,
  );
});
