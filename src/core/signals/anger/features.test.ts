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

type CueName = keyof ReturnType<typeof scan>['cues'];

// Cue families: each fires on several wordings of its kind and stays silent on near misses (lexicons.ts).
const FAMILY_CASES: ReadonlyArray<{ family: CueName; fires: readonly string[]; silent: readonly string[] }> = [
  {
    family: 'sarcasm',
    fires: [
      'Great job losing my bag again',
      'thanks for nothing',
      'Oh great, another delay',
      'yeah right, "two days"',
      'Love how nobody ever answers',
      'Wow. Just wow.',
      'Well done, you broke it again',
    ],
    silent: ['The new plan is great', 'Thanks for the quick reply', 'I love the app'],
  },
  {
    family: 'contempt',
    fires: [
      'You people are a joke',
      'What a joke of a company',
      'absolute clowns running this place',
      'your support is pathetic',
      'Shame on you',
      'how dare you charge me twice',
    ],
    silent: ['Can you help me with my order?', 'the joker costume arrived'],
  },
  {
    family: 'leave',
    fires: [
      'CANCEL MY ACCOUNT NOW',
      "I'm switching to another provider",
      'taking my business elsewhere',
      'Never again.',
      'I am done with you',
    ],
    silent: ['How do I change my plan?', 'done, thanks'],
  },
  {
    family: 'threats',
    fires: [
      "I'll sue you",
      'talking to my lawyer',
      'filing a complaint with the FCC',
      'reporting you to the ombudsman',
    ],
    silent: ['my lawn is fine', 'please sort it out'],
  },
  {
    family: 'repeat',
    fires: ['This is the third time', 'it broke again', 'I have called five times now', 'still not fixed'],
    silent: ['first time ordering, how do I pay?'],
  },
  {
    family: 'waiting',
    fires: ['Still waiting on my refund', 'on hold for an hour', 'no reply after three days', 'waited weeks'],
    silent: ['Where can I find my invoice?'],
  },
  {
    family: 'hedge',
    fires: ["It's a bit annoying", 'slightly disappointed', 'just wondering when it lands', 'no rush, but'],
    silent: ['This is annoying', 'I am disappointed'],
  },
  {
    family: 'hostile',
    fires: ['This is ridiculous', 'unacceptable service', 'you lied to me', 'worst company ever', "I'm fed up"],
    silent: ['This is fine', 'the service was quick'],
  },
  {
    family: 'polite',
    fires: ['Thanks!', 'please help', 'I appreciate it'],
    silent: ['help me now'],
  },
  {
    family: 'directedInsults',
    fires: ['you idiots', 'you people are morons', 'your clowns in billing', 'you are all useless idiots'],
    silent: ['the idiots who drive here', 'I felt like an idiot'],
  },
  {
    family: 'angerEmoji',
    fires: ['where is my order 😡', 'again 🤬', '👎'],
    silent: ['thanks 😊', 'ok'],
  },
  {
    family: 'failures',
    fires: [
      'Nobody came on Tuesday! Could you rebook it please?',
      'No one turned up',
      'no-one showed up today',
      'nobody came back to me',
      'the engineer never turned up',
      'parcel never arrived',
      'he never showed',
      'a TV that never turned up',
      'the bill I never received',
      "they didn't show up",
      'the courier did not turn up',
      "It didn't arrive",
      "it's a no-show again",
      '4 NO-SHOW ENGINEERS',
      "My order still hasn't arrived",
      'wifi still not working',
      "still doesn't work",
      'the refund still hasn’t shown up',
      'You stood me up',
      'your driver missed the appointment',
      'the parcel has not been delivered',
      "documents that haven't been received",
    ],
    silent: [
      "It didn't arrive late",
      'It did not arrive damaged, thanks',
      'nobody came to any harm',
      'nobody came close',
      "I've never been happier",
      "I didn't turn up, can I rebook?",
      'we did not show up in time',
      'I missed the appointment, sorry',
      'Did it arrive?',
      'never arrived late, great service',
      "there's no one here",
      'nobody. came',
      'The engineer came on Tuesday',
      'It arrived today',
      'still working on it',
    ],
  },
  {
    family: 'eyeRollEmoji',
    fires: ['my internet is down again 🙄', 'sure 😒', 'great 🤦'],
    silent: ['great 😀'],
  },
  {
    family: 'happyEmoji',
    fires: ['thanks 😊', 'works now 👍', 'love it 😍'],
    silent: ['no 😡'],
  },
];

for (const { family, fires, silent } of FAMILY_CASES) {
  test(`cue family ${family}: fires on its wordings, not on near misses`, () => {
    for (const text of fires) assert.ok(scan(text).cues[family] > 0, `should fire: ${text}`);
    for (const text of silent) assert.equal(scan(text).cues[family], 0, `should stay silent: ${text}`);
  });
}

test('cue families: ALL-CAPS words count as shouting and keep their family (case is folded for lookups)', () => {
  const { cues } = scan('CANCEL MY ACCOUNT, THIS IS RIDICULOUS');
  assert.ok(cues.capsWords >= 4);
  assert.ok(cues.leave > 0 && cues.hostile > 0);
});

test('cue families: a family adds a shared feature only for models trained with families', () => {
  const text = 'You people are a joke, cancel my account';
  assert.ok(scan(text, { ...OPTIONS, families: true }).indices.length > scan(text).indices.length);
});

test('cue families: the service-failure family adds its shared feature only for models trained with it', () => {
  const text = 'Nobody came on Tuesday';
  const families = { ...OPTIONS, families: true };
  assert.ok(scan(text, families).cues.failures > 0);
  assert.deepEqual(scan(text, families).indices, scan(text, { ...families, failures: false }).indices);
  assert.equal(scan(text, { ...families, failures: true }).indices.length, scan(text, families).indices.length + 1);
  assert.deepEqual(scan('It arrived', { ...families, failures: true }).indices, scan('It arrived', families).indices);
});

// Tweet cues (FeatureOptions.tweetCues): how support tweets are written. Older weights keep the old counts (last test).
const TWEET = { ...OPTIONS, families: true, tweetCues: true };
const TWEET_CAPS: ReadonlyArray<{ kind: string; shouting: readonly string[]; not: readonly string[] }> = [
  {
    kind: 'handles and hashtags',
    shouting: ['@ACMEHELP WHERE IS MY ORDER', 'FIX IT NOW #ACMEFAIL'],
    not: ['@DELTA @AAHELP hi there', 'loved it #BESTDAYEVER #LONDON'],
  },
  {
    kind: 'codes with digits',
    shouting: ['REFUND ME TODAY, ORDER 12345'],
    not: ['ref QX7731 and BA0257 please', 'error CE-34878-0 on PS5', 'flat 4B, postcode M1 2AB'],
  },
  {
    kind: 'short acronyms that are no known word',
    shouting: ['WHY IS IT NOT WORKING', 'NOW YOU answer me', 'WTF IS THIS'],
    not: ['FYI the VAT on my bill', 'flying JFK to LAX via ORD', 'DM sent, ETA TBC'],
  },
];
for (const { kind, shouting, not } of TWEET_CAPS) {
  test(`tweet cues: ${kind} are not shouting; shouted words still are`, () => {
    for (const text of shouting) assert.ok(scan(text, TWEET).cues.capsWords >= 2, `shouting: ${text}`);
    for (const text of not) assert.equal(scan(text, TWEET).cues.capsWords, 0, `not shouting: ${text}`);
  });
}

test('tweet cues: a loose praise word is sarcasm only in a sarcasm pair', () => {
  for (const text of [
    'oh sure, blame the customer',
    'Oh lovely, another delay',
    'just brilliant',
    'Wow. Just wow.',
    'great job',
  ])
    assert.ok(scan(text, TWEET).cues.sarcasm > 0, `sarcasm: ${text}`);
  for (const text of [
    'I made sure to update first',
    'sure thing, thanks',
    'Cheers, all sorted',
    'the crew were lovely',
    'wow, fixed already',
  ])
    assert.equal(scan(text, TWEET).cues.sarcasm, 0, `not sarcasm: ${text}`);
});

test('tweet cues: tweet spellings of profanity and accusations of lying count in their families', () => {
  assert.ok(scan('this app is fkin broken', TWEET).cues.profanity > 0);
  assert.ok(scan('wtaf is this charge', TWEET).cues.profanity > 0);
  assert.ok(scan('ffs, down again', TWEET).cues.hostile > 0);
  assert.ok(scan('so the advert was a lie', TWEET).cues.hostile > 0);
  for (const text of ['this app is fkin broken', 'so the advert was a lie'])
    assert.equal(
      scan(text, { ...OPTIONS, families: true }).cues.profanity +
        scan(text, { ...OPTIONS, families: true }).cues.hostile,
      0,
      text,
    );
});

test('tweet cues: models trained without them count caps and loose praise as before', () => {
  const old = { ...OPTIONS, families: true };
  assert.equal(scan('@DELTA ref BA0257 FYI', old).cues.capsWords, 3);
  assert.ok(scan('I made sure to update', old).cues.sarcasm > 0);
  assert.ok(scan('the crew were lovely', old).cues.sarcasm > 0);
  for (const text of ['CANCEL MY ACCOUNT NOW', 'oh sure', 'hi there'])
    assert.deepEqual(scan(text, old).indices, scan(text, { ...old, tweetCues: false }).indices);
});

// The second tweet cues (FeatureOptions.tweetCues2): loose cue words count only in their pairs. Older weights: as before.
const TWEET2 = { ...TWEET, tweetCues2: true };
const TWEET2_FAMILIES: ReadonlyArray<{
  cue: 'leave' | 'repeat' | 'waiting' | 'sarcasm';
  yes: readonly string[];
  no: readonly string[];
}> = [
  {
    cue: 'leave',
    yes: [
      "I'm leaving you for another provider",
      'closing my account today',
      'looking at other providers now',
      'cancel it',
    ],
    no: ['the flight leaving Heathrow at 6', 'closing in on gold status', 'the shop was closing when I got there'],
  },
  {
    cue: 'repeat',
    yes: ['every time I call it drops', 'third time this week', 'broken again', 'still the same'],
    no: ['it happens on every show', 'not out yet?', 'reached the third tier'],
  },
  {
    cue: 'waiting',
    yes: ['the wait was two hours', 'I had to wait forever', 'still waiting on a reply', 'on hold for ages'],
    no: ["can't wait for Friday", 'wait, is that right?'],
  },
  {
    cue: 'sarcasm',
    yes: ['great job losing my bag', 'oh sure, blame me'],
    no: ['we like a lot of things there', 'on our way to Denver', 'is there any other way to pay?'],
  },
];
for (const { cue, yes, no } of TWEET2_FAMILIES) {
  test(`second tweet cues: ${cue} counts in its pairs, not from a loose word alone`, () => {
    for (const text of yes) assert.ok(scan(text, TWEET2).cues[cue] > 0, `${cue}: ${text}`);
    for (const text of no) assert.equal(scan(text, TWEET2).cues[cue], 0, `not ${cue}: ${text}`);
  });
}

test('second tweet cues: models trained without them read every word and pair as before', () => {
  assert.ok(scan('the flight leaving Heathrow', TWEET).cues.leave > 0);
  assert.ok(scan('it happens on every show', TWEET).cues.repeat > 0);
  assert.ok(scan("can't wait for Friday", TWEET).cues.waiting > 0);
  assert.ok(scan('a lot of things', TWEET).cues.sarcasm > 0);
  assert.equal(scan('looking at other providers now', TWEET).cues.leave, 0);
  for (const text of ['I AM LEAVING', 'the wait, another provider', 'NEW PLAN', 'on our way to'])
    assert.deepEqual(scan(text, TWEET).indices, scan(text, { ...TWEET, tweetCues2: false }).indices);
});

// The third tweet cues (FeatureOptions.tweetCues3): dismay in one word and upset emoji. Older weights: as before.
const TWEET3 = { ...TWEET, families: true, tweetCues3: true };
test('third tweet cues: dismay words and upset emoji count; negated dismay and other emoji do not', () => {
  for (const text of [
    'honestly disappointed with the refund offer',
    'the booking page is so frustrating',
    'that reply was unhelpful',
    'a nightmare to set up',
  ])
    assert.equal(scan(text, TWEET3).cues.dismay, 1, `dismay: ${text}`);
  for (const text of ['not disappointed at all', "wasn't frustrating in the slightest", 'the update went fine'])
    assert.equal(scan(text, TWEET3).cues.dismay, 0, `not dismay: ${text}`);
  for (const text of ['lost my progress again 😩', 'still no parcel 😭', 'missing half my order 😔'])
    assert.equal(scan(text, TWEET3).cues.upsetEmoji, 1, `upset emoji: ${text}`);
  for (const text of ['all sorted 😊', 'see you soon 👋', 'ok 🙄'])
    assert.equal(scan(text, TWEET3).cues.upsetEmoji, 0, `no upset emoji: ${text}`);
});

test('third tweet cues: a complaint hashtag counts in its family; a plain hashtag or word does not', () => {
  assert.equal(scan('no wifi all day #brightnetsucks', TWEET3).cues.hostile, 1);
  assert.equal(scan('bag lost again #ihateflying', TWEET3).cues.hostile, 1);
  assert.equal(scan('next time #flyotherinstead', TWEET3).cues.leave, 1);
  assert.equal(scan('third delay #notimpressed', TWEET3).cues.dismay, 1);
  for (const text of ['loving the new menu #halloween', 'I hate mornings', 'instead of Friday please #help'])
    assert.deepEqual(
      [scan(text, TWEET3).cues.hostile, scan(text, TWEET3).cues.leave, scan(text, TWEET3).cues.dismay],
      [text === 'I hate mornings' ? scan(text, TWEET).cues.hostile : 0, 0, 0],
      text,
    );
  assert.equal(scan('no wifi all day #brightnetsucks', { ...TWEET, families: true }).cues.hostile, 0);
});

test('third tweet cues: models trained without them read dismay words and upset emoji as before', () => {
  const old = { ...TWEET, families: true };
  for (const text of ['really disappointed 😩', 'so frustrating 😭', 'UPSET AND ANNOYED', 'down again #netsucks'])
    assert.deepEqual(scan(text, old).indices, scan(text, { ...old, tweetCues3: false }).indices);
  assert.equal(scan('really disappointed 😩', old).cues.dismay, 0);
  assert.equal(scan('really disappointed 😩', old).cues.upsetEmoji, 0);
  assert.notDeepEqual(scan('really disappointed 😩', TWEET3).indices, scan('really disappointed 😩', old).indices);
});

test('language evidence: English and foreign function words and scripts are counted', () => {
  assert.ok(scan('I have been waiting for my refund since Monday').cues.english >= 3);
  assert.ok(scan('Mi pedido llegó roto y nadie me responde').cues.foreign >= 2);
  assert.ok(scan('Почему мой заказ не доставлен').cues.otherLetters > 10);
  assert.ok(scan('我的订单为什么还没到').cues.otherLetters >= 8);
  assert.equal(scan('déjà vu').cues.accented, 2);
});

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
