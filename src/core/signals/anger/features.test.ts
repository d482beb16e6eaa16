import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FeatureScanner, type FeatureOptions } from './features.ts';

const OPTIONS: FeatureOptions = { bits: 18, charMin: 3, charMax: 5, wordBigrams: true, negation: true };

const scan = (text: string, options = OPTIONS) => {
  const scanner = new FeatureScanner(options);
  const count = scanner.scan(text);
  return { indices: Array.from(scanner.indices.subarray(0, count)).sort((a, b) => a - b), cues: { ...scanner.cues } };
};

const CUE_CASES: ReadonlyArray<{ name: string; text: string; expect: Partial<ReturnType<typeof scan>['cues']> }> = [
  { name: 'two ALL-CAPS words count as shouting', text: 'WHY THE delay', expect: { capsWords: 2, words: 3 } },
  { name: 'a single capital letter is not shouting', text: 'I waited', expect: { capsWords: 0 } },
  { name: 'GoEmotions [NAME] masks are not shouting', text: '[NAME] said hi', expect: { capsWords: 0 } },
  { name: 'profanity is counted (B1)', text: 'this fucking app is shit', expect: { profanity: 2 } },
  { name: 'name-calling is counted separately (B1)', text: 'you clowns', expect: { insults: 1, profanity: 0 } },
  {
    name: 'a run of "!!" counts once, every "!" counts',
    text: 'Now!!! Really!',
    expect: { exclaimRuns: 1, exclaims: 4 },
  },
  { name: 'legal threats are counted', text: "I'll sue you", expect: { threats: 1 } },
  { name: 'curly apostrophes read as straight ones', text: 'I’ll sue', expect: { threats: 1 } },
];

for (const { name, text, expect } of CUE_CASES) {
  test(`cues: ${name}`, () => {
    const { cues } = scan(text);
    for (const [key, value] of Object.entries(expect)) assert.equal(cues[key as keyof typeof cues], value, key);
  });
}

test('features: the same text always gives the same indices, within the bucket range', () => {
  const a = scan('Still waiting on my refund!!');
  assert.deepEqual(scan('Still waiting on my refund!!').indices, a.indices);
  assert.ok(a.indices.every((i) => i >= 0 && i < 1 << OPTIONS.bits));
});

const isSubset = (small: number[], big: number[]): boolean => small.every((i) => big.includes(i));

test('features: shouting keeps every word feature and adds cue features; elongation is squeezed', () => {
  const lower = scan('this is so bad').indices;
  const upper = scan('THIS IS SO BAD').indices;
  assert.ok(isSubset(lower, upper));
  assert.ok(upper.length > lower.length);
  assert.deepEqual(scan('soooooo bad').indices, scan('sooo bad').indices);
});

test('features: a negated word is not the same feature as the plain word', () => {
  const sharedWith = (options: FeatureOptions) => {
    const plain = scan('i am angry', options).indices;
    return scan('i am not angry', options).indices.filter((i) => plain.includes(i)).length;
  };
  assert.ok(sharedWith(OPTIONS) < sharedWith({ ...OPTIONS, negation: false }));
});

test('features: negation stops at punctuation', () => {
  const angry = scan('angry').indices;
  assert.ok(isSubset(angry, scan('not happy. angry').indices));
  assert.ok(!isSubset(angry, scan('not angry').indices));
});

test('features: empty and punctuation-only text give no word features and no crash', () => {
  assert.equal(scan('').indices.length, 0);
  assert.equal(scan('   ').cues.words, 0);
  assert.ok(scan('?!').indices.length >= 1);
});

test('features: very long text grows the buffer instead of dropping features', () => {
  const long = 'angry customer '.repeat(500);
  assert.equal(scan(long).cues.words, 1000);
  assert.ok(scan(long).indices.length > 512);
});
