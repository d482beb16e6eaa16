import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../../errors.ts';
import { angerRank, type AngerLevel } from '../types.ts';
import { decodeBase64 } from './codec.ts';
import { FeatureScanner } from './features.ts';
import { createAngerModel, defaultAngerModel, getDefaultAngerModel, levelFor } from './index.ts';

const T = { annoyed: 0.1, angry: 0.5, furious: 0.9 };
const LEVEL_CASES: ReadonlyArray<[number, AngerLevel]> = [
  [0, 'calm'],
  [0.099, 'calm'],
  [0.1, 'annoyed'],
  [0.49, 'annoyed'],
  [0.5, 'angry'],
  [0.899, 'angry'],
  [0.9, 'furious'],
  [1, 'furious'],
];
for (const [p, level] of LEVEL_CASES) {
  test(`levels (L1): ${p} reads ${level}`, () => assert.equal(levelFor(p, T), level));
}

test('levels (L1): the level never goes down as the number goes up (any thresholds, any two numbers)', () => {
  const thresholds = fc
    .tuple(
      fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      fc.double({ min: 0.001, max: 0.999, noNaN: true }),
      fc.double({ min: 0.001, max: 0.999, noNaN: true }),
    )
    .filter(([a, b, c]) => a < b && b < c)
    .map(([annoyed, angry, furious]) => ({ annoyed, angry, furious }));
  const p = fc.double({ min: 0, max: 1, noNaN: true });
  fc.assert(
    fc.property(thresholds, p, p, (t, x, y) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      assert.ok(angerRank(levelFor(lo, t)) <= angerRank(levelFor(hi, t)));
    }),
  );
});

const shipped = getDefaultAngerModel();

test('reading: for any text the level is the shipped thresholds applied to the number (never "angry 0.05")', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 120 }), (text) => {
      const s = shipped.score(text);
      if (!s.scored) return;
      assert.ok(s.anger > 0 && s.anger < 1);
      assert.equal(s.level, levelFor(s.anger, shipped.weights.reading.levels));
    }),
    { numRuns: 300 },
  );
});

test('reading: a higher number never reads a lower level, across real messages', () => {
  const texts = [
    'Thanks, that worked!',
    'Still waiting on my refund.',
    'This is ridiculous, third time I am calling.',
    'You people are a joke. CANCEL MY ACCOUNT NOW!!!',
    'Fuck you, you useless idiots!!!',
    'my internet is down again 🙄',
    'How do I reset my password?',
  ];
  const readings = texts.map((t) => shipped.score(t)).filter((s) => s.scored);
  readings.sort((a, b) => a.anger! - b.anger!);
  for (let i = 1; i < readings.length; i++)
    assert.ok(angerRank(readings[i - 1]!.level!) <= angerRank(readings[i]!.level!));
});

// Families of customer anger the reading must not call calm (several wordings each), and calm messages it must.
const FAMILY_FLOORS: ReadonlyArray<{ family: string; min: AngerLevel; texts: readonly string[] }> = [
  {
    family: 'sarcasm',
    min: 'annoyed',
    texts: [
      'Great job losing my bag again 🙄',
      'thanks for nothing',
      'Oh wonderful, another delay. Just what I needed.',
    ],
  },
  {
    family: 'contempt',
    min: 'angry',
    texts: ['You people are a joke.', 'What a joke of a company, absolute clowns.', 'Your support is pathetic.'],
  },
  {
    family: 'all-caps threat to cancel',
    min: 'furious',
    texts: ['CANCEL MY ACCOUNT NOW!!! WORST SERVICE EVER', 'I AM DONE WITH YOU, CANCEL EVERYTHING!!!'],
  },
  {
    family: 'repeat contact',
    min: 'annoyed',
    texts: ['This is the third time I am contacting you about this.', 'Called again today, still not fixed.'],
  },
  {
    family: 'abuse at the agent',
    min: 'furious',
    texts: ['Fuck you, you useless idiots!!!', 'You are all morons, fix my bill now!!'],
  },
];
for (const { family, min, texts } of FAMILY_FLOORS) {
  test(`reading families: ${family} reads at least ${min}`, () => {
    for (const text of texts) {
      const s = shipped.score(text);
      assert.ok(s.scored && angerRank(s.level) >= angerRank(min), `${text} → ${s.level} ${s.anger}`);
    }
  });
}

test('reading families: hedged annoyance reads below plain anger, and plain requests and thanks read calm', () => {
  const hedged = shipped.score("It's a bit annoying, just wondering when the refund will land.");
  const plain = shipped.score('This is ridiculous, where is my refund?!');
  assert.ok(hedged.scored && plain.scored && hedged.anger < plain.anger);
  for (const text of ['Thanks, that worked! Have a great day.', 'How do I change the email on my account?']) {
    assert.equal(shipped.score(text).level, 'calm', text);
  }
});

// Support tweets as real customers write them (@handles, codes, "cheers", "wow"): thanks, praise, plain questions and
// in-thread answers read calm (the coach must not apologise to praise, A1); complaints in the same texture do not.
const TWEET_CALM: readonly string[] = [
  '@ZephyrAirCare the cabin crew on ZA88 were wonderful with my kids, thank you!',
  'Massive thanks to @CopperLineHelp, fixed in one call 🙌',
  '@DuneBankHelp brilliant, that sorted it. Cheers!',
  'Loving the new @KiteMusic playlists, great job team',
  '@HollowGamesCS WOW that was quick, thank you so much',
  '@ZephyrAirCare can I take a folding pram on board to LIS?',
  '@CopperLineHelp how do I add a second line to my plan?',
  '@MossRailUK is the 09:12 to York running on time today?',
  'Hi @DuneBankHelp, what is the daily limit on contactless payments?',
  '@KiteMusic iPhone 13, iOS 17.2, app version 8.9',
];
const TWEET_UPSET: ReadonlyArray<[string, AngerLevel]> = [
  ['@CopperLineHelp still no broadband and nobody has called back', 'annoyed'],
  ['@DuneBankHelp charged me a fee again for no reason', 'annoyed'],
  ['@ZephyrAirCare lost my suitcase and now you ignore me. disgraceful', 'angry'],
  ['@KiteMusic wtf, billed twice this month', 'angry'],
];
test('reading families: tweet-style thanks, praise, questions and answers read calm; tweet complaints do not', () => {
  for (const text of TWEET_CALM) assert.equal(shipped.score(text).level, 'calm', text);
  for (const [text, min] of TWEET_UPSET) {
    const s = shipped.score(text);
    assert.ok(s.scored && angerRank(s.level) >= angerRank(min), `${text} → ${s.level} ${s.anger}`);
  }
});

const NOT_ENGLISH: ReadonlyArray<[string, string]> = [
  ['Mi pedido llegó roto y nadie me responde, es una vergüenza', 'es'],
  ['Ich warte seit drei Wochen auf meine Rückerstattung, das ist eine Frechheit!', 'de'],
  ['Je suis très déçu de votre service client', 'fr'],
  ['Почему мой заказ до сих пор не доставлен?', 'ru'],
  ['我的订单为什么还没到', 'zh'],
  ['Yeh kya bakwaas service hai, 5 din se network nahi hai aur koi jawab nahi', 'hi'],
  ['Ilang araw na po akong naghihintay, wala pa rin yung refund ko. Bakit ang tagal?', 'tl'],
  ['Kenapa pesanan saya belum sampai juga? Udah seminggu lagi nunggu', 'id'],
  ['SENZA INTERNET DA DUE SETTIMANE!!! MAI PIÙ CON VOI, NESSUNO RISPONDE', 'it'],
];
for (const [text, language] of NOT_ENGLISH) {
  test(`language: "${text.slice(0, 30)}…" is flagged as ${language}, not scored as calm`, () => {
    const s = defaultAngerModel.score(text);
    assert.equal(s.scored, false);
    assert.equal(s.level, null);
    assert.equal(s.anger, null);
    assert.equal(s.language, language);
    assert.match(s.scored ? '' : s.reason, /not English/);
  });
}

test('language: short and noisy English is read, not flagged', () => {
  for (const text of [
    'refund now!!!',
    'WORST SERVICE EVER',
    '@AskPlayStation #fail https://t.co/x',
    'ok',
    '😡😡😡',
    '',
    // English that happens to hold a word another language uses a lot
    'The app keeps switching my lang setting back, can you fix it?',
    'Grabe, the parcel came open and half the items were missing',
    'Mai from your team promised a callback and nobody called',
  ]) {
    const s = defaultAngerModel.score(text);
    assert.equal(s.scored, true, text);
    assert.equal(s.language, 'en');
  }
});

test('default model: scores are repeatable and the model is shared', () => {
  const text = 'This is the third time my order is late.';
  assert.deepEqual(defaultAngerModel.score(text), defaultAngerModel.score(text));
  assert.equal(getDefaultAngerModel(), getDefaultAngerModel());
});

test('weights: a bad weights object is an AppError naming the field', () => {
  assert.throws(
    () => createAngerModel({}),
    (e: unknown) => e instanceof AppError && /format/.test(e.message),
  );
  const good = shipped.weights;
  const levels = (l: object) => ({ ...good, reading: { ...good.reading, levels: { ...good.reading.levels, ...l } } });
  assert.throws(() => createAngerModel(levels({ angry: 2 })), /reading\.levels\.angry/);
  assert.throws(() => createAngerModel(levels({ annoyed: 0.9 })), /must rise/);
  assert.throws(
    () => createAngerModel({ ...good, reading: { ...good.reading, inputs: [...good.reading.inputs].reverse() } }),
    /reading\.inputs must be anger_logit, cluster_logit/,
  );
  assert.throws(
    () => createAngerModel({ ...good, reading: { ...good.reading, weights: [1] } }),
    /reading\.weights has 1 values/,
  );
  assert.throws(
    () => createAngerModel({ ...good, network: { ...good.network, embed: 'AAAA' } }),
    /network\.embed has 3 values/,
  );
  assert.throws(
    () => createAngerModel({ ...good, network: { ...good.network, b2: [0] } }),
    /network\.b2 has 1 values, expected 4/,
  );
});

test('weights: a file listing only the first reading inputs loads, the later inputs weighing 0 (it reads as trained)', () => {
  const good = shipped.weights;
  const n = good.reading.inputs.length - 1;
  const older = {
    ...good,
    reading: { ...good.reading, inputs: good.reading.inputs.slice(0, n), weights: good.reading.weights.slice(0, n) },
  };
  const model = createAngerModel(older);
  assert.equal(model.weights.reading.inputs.length, n + 1);
  assert.equal(model.weights.reading.weights[n], 0);
  for (const text of ['Nobody came on Tuesday! Could you rebook it please?', 'thanks, all sorted']) {
    const trimmed = { ...good, reading: { ...good.reading, weights: [...good.reading.weights.slice(0, n), 0] } };
    assert.equal(model.score(text).anger, createAngerModel(trimmed).score(text).anger);
  }
  assert.throws(
    () =>
      createAngerModel({
        ...good,
        reading: { ...good.reading, inputs: good.reading.inputs.slice(1), weights: good.reading.weights.slice(1) },
      }),
    /reading\.inputs must be/,
  );
});

test('weights: the wide half adds its buckets to the GoEmotions heads only (anger, cluster), times 1/sqrt(count)', () => {
  const good = shipped.weights;
  const { wide, ...bare } = good.network;
  assert.ok(wide, 'the shipped model has a wide half');
  const without = createAngerModel({ ...good, network: bare });
  const table = new Int8Array(decodeBase64(wide.table).buffer);
  const scanner = new FeatureScanner(good.features);
  for (const text of ['This is infuriating, I am so annoyed', 'Thanks, that worked!', 'ugh', '']) {
    const count = scanner.scan(text);
    const sums = [0, 0];
    for (let k = 0; k < count; k++) for (const j of [0, 1]) sums[j]! += table[scanner.indices[k]! * 2 + j]!;
    const inv = count > 0 ? 1 / Math.sqrt(count) : 0;
    const a = shipped.read(text).logits;
    const b = without.read(text).logits;
    for (const j of [0, 1])
      assert.ok(Math.abs(a[j]! - b[j]! - sums[j]! * wide.scales[j]! * inv) < 1e-9, `${text}: head ${j}`);
    assert.deepEqual(a.slice(2), b.slice(2), `${text}: the in-domain outputs have no wide half`);
  }
  assert.throws(
    () => createAngerModel({ ...good, network: { ...good.network, wide: { ...wide, table: 'AAAA' } } }),
    /network\.wide\.table has 4 base64 characters/,
  );
  assert.throws(
    () => createAngerModel({ ...good, network: { ...good.network, wide: { ...wide, scales: [1] } } }),
    /network\.wide must be/,
  );
});
