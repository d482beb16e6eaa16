import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { LINT_RULES } from './lint-rules.ts';
import {
  CLAUSE_STOP,
  KEY_LENGTH,
  keyedAlternatives,
  NO_STOP,
  PHRASE_STOP,
  SENTENCE_STOP,
  SHORT_KEY_LENGTH,
} from './opening-keys.ts';
import { RuleMatcher } from './rule-matcher.ts';

/** The reference: each pattern's `exec` loop over the whole text. */
function scanAll(patterns: readonly RegExp[], text: string): number[][] {
  return patterns.map((pattern) => {
    const spans: number[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      else spans.push(m.index, m.index + m[0].length);
    }
    return spans;
  });
}

const keysOf = (pattern: RegExp): (string[] | null)[] =>
  keyedAlternatives(pattern).alternatives.map((a) => (a.keys === null ? null : [...a.keys].sort()));

test('opening keys: the first four letters of each word an alternative can open with', () => {
  const cases: Array<[RegExp, (string[] | null)[]]> = [
    [/\b(?:sorry|apologies)/gi, [['sorr'], ['apol']]],
    [/\b(?:I|we) can't/gi, [['i', 'we']]],
    [/\b(?:the\s+)?decision is final\b/gi, [['deci', 'the']]],
    [/\b(?:it's|it is) gone\b/gi, [['it']]],
    [/\b(?:in|within) \d+ days|\b\d{1,2} ?(?:am|pm)\b/gi, [['in', 'with'], ['#']]],
    [/\boverreact\w*/gi, [['over']]],
    // The table uses \s* so "Ican't" opens with "ican": the key set covers it.
    [/\bI\s*can't/gi, [['i', 'ican']]],
  ];
  for (const [pattern, expected] of cases) assert.deepEqual(keysOf(pattern), expected, String(pattern));
});

test('opening keys: a pattern that may end inside a short word is keyed by three-letter prefixes instead', () => {
  // "fog" at the pattern's end may be the start of "foggy": no four-letter key, but the prefix "fog" is one.
  assert.deepEqual(keysOf(/\b(?:fog|storms?)/gi), [null, ['stor']]);
  assert.deepEqual(
    keyedAlternatives(/\b(?:fog|storms?)/gi, SHORT_KEY_LENGTH).alternatives.map((a) => [...a.keys!].sort()),
    [['fog'], ['sto']],
  );
  const matcher = new RuleMatcher([/\b(?:fog|storms?)/gi]);
  const text = 'Fog, foggy fogs and a storm; no fo or befog.';
  assert.deepEqual([...matcher.match(text)[0]!], [0, 3, 5, 8, 11, 14, 22, 27]);
});

test('opening keys: alternatives that may start inside a word or at a non-word character are unbounded', () => {
  const cases: RegExp[] = [
    /n't\b/gi, // no \b before the first letter: can start mid-word
    /(?<=[.!?]\s+)Not possible/g, // a lookbehind is not an anchor the key walk can read
    /\b[A-Z][a-z]+/g, // a wide class opens the match
    /\b,\s*idiot/gi, // opens with a comma
    /\bab/gi, // the pattern ends before the key is complete: "ab" may be the start of "abc"
  ];
  for (const pattern of cases) assert.deepEqual(keysOf(pattern), [null], String(pattern));
});

test('every lint rule but the one anchored by a lookbehind is keyed (so none falls back to a full scan by accident)', () => {
  const unkeyedAt = (pattern: RegExp, keyLength: number): boolean =>
    keyedAlternatives(pattern, keyLength).alternatives.some((a) => a.keys === null);
  const unkeyed = LINT_RULES.filter(
    (rule) => unkeyedAt(rule.pattern, KEY_LENGTH) && unkeyedAt(rule.pattern, SHORT_KEY_LENGTH),
  ).map((r) => r.id);
  assert.deepEqual(unkeyed, ['interrupting-takes-floor']);
});

const patterns = LINT_RULES.map((rule) => rule.pattern);
const matcher = new RuleMatcher(patterns);

test('the matcher finds exactly what a full scan finds, on the fixture conversations', () => {
  const fixtures = JSON.parse(
    readFileSync(new URL('../../../../test/fixtures/conversations.json', import.meta.url), 'utf8'),
  ) as Array<{
    turns: Array<{ text: string }>;
  }>;
  const texts = fixtures.flatMap((c) => c.turns.map((t) => t.text));
  assert.ok(texts.length > 20);
  for (const text of texts) assert.deepEqual(matcher.match(text), scanAll(patterns, text), text);
});

// Words lifted from the rules themselves, so random replies hit real alternatives and their edges.
const ruleWords = [...new Set(patterns.flatMap((p) => p.source.match(/[A-Za-z']{2,}/g) ?? []))];
const piece = fc.oneof(
  fc.constantFrom(...ruleWords),
  fc.constantFrom(...ruleWords).map((w) => w.toUpperCase()),
  fc.constantFrom(' ', '  ', ', ', '. ', '! ', '? ', "'", '-', '\n', '’', '3', '10', ' 24h', 'é', '_'),
  fc.string({ maxLength: 6 }),
);

test('property: the matcher agrees with a full scan on replies built from the rules’ own words', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join(' ');
      assert.deepEqual(matcher.match(text), scanAll(patterns, text));
    }),
    { numRuns: 1500, seed: 7 },
  );
});

test('branches: an alternative opening with a group is keyed per branch, the regex that runs stays whole', () => {
  const { alternatives } = keyedAlternatives(/\b(?:(?:I (?:totally )?agree|agreed)\b[^.!?]{0,20}?\bfees)/gi);
  assert.equal(alternatives.length, 1);
  const alt = alternatives[0]!;
  // The whole alternative: any word may follow "agreed", so no next-word keys; the branches know better.
  assert.equal(alt.second, null);
  assert.deepEqual(
    alt.branches?.map((b) => ({
      keys: [...b.keys!],
      second: b.second && [...b.second].sort(),
      required: b.required.length,
    })),
    [
      { keys: ['i'], second: ['agre', 'tota'], required: 2 },
      { keys: ['agre'], second: null, required: 1 },
    ],
  );
});

test('branches: the matcher keeps the alternation’s first match (order, optional and lazy groups, shared words)', () => {
  const tricky = [
    /\b(?:(?:a|ab)c|abd)/gi,
    /\b(?:(?:the )?(?:team|the team lead)\b(?: was)?|the team)/gi,
    /\b(?:(?:the )??(?:team|the)\s+\w+)/gi,
    /\b(?:(?:we|I)(?:'ll| will)? (?:call|ring)(?: you)?\b|I will)/gi,
    /\b(?:(?:our|the) (?:[\w-]+ ){0,2}?(?:team|desk)\b[^.!?]{0,20}?\b(?:forgot|lost)|our team)/gi,
    /(?:\b(?:so|and) (?:then )?(?:it|this)\b|\bthen it)/gi,
  ];
  const local = new RuleMatcher(tricky);
  const words = fc.constantFrom(
    ...'a ab abc abd c the team lead was desk our forgot lost we I will call ring you so and then it this . , !'.split(
      ' ',
    ),
  );
  fc.assert(
    fc.property(fc.array(words, { maxLength: 30 }), (ws) => {
      const text = ws.join(' ');
      assert.deepEqual(local.match(text), scanAll(tricky, text));
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test('required words: kept to the stretch of text the pattern can cross before them', () => {
  // The last required word of each pattern (the opening word counts too: a `\b` comes before it).
  const lastRequired = (pattern: RegExp) =>
    keyedAlternatives(pattern)
      .alternatives.flatMap((a) => a.required.map((r) => [[...r.keys].join(), r.stop]))
      .at(-1);
  assert.deepEqual(lastRequired(/\b(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:team|desk)\b/gi), ['team,desk', PHRASE_STOP]);
  assert.deepEqual(lastRequired(/\bwho\s+[^.!?,;]{1,20}?\bforgot\b/gi), ['forg', CLAUSE_STOP]);
  assert.deepEqual(lastRequired(/\bI'll\b[^.!?]{0,30}?\btoday\b/gi), ['toda', SENTENCE_STOP]);
  assert.deepEqual(lastRequired(/\bsorry\b.{0,20}?\bfee\b/gi), ['fee', NO_STOP]);
  const stretchy = [
    /\b(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:team|desk)\b/gi,
    /\bwho\s+[^.!?,;]{1,20}?\bforgot\b/gi,
    /\bI'll\b[^.!?]{0,30}?\btoday\b/gi,
    /\bsorry\b.{0,20}?\bfee\b/gi,
    /\b(?:we|I)\b[\s\S]{0,12}\bteam\b|\bteam\b/gi,
    // Long required words (keyed by eight letters too): case, plurals, and words sharing their first four letters.
    /\b(?:the|our)\s+(?:[\w'-]+\s+){0,2}?(?:department|accounting|management)s?\b[^.!?]{0,30}?\bmisplaced\b/gi,
  ];
  const local = new RuleMatcher(stretchy);
  const pieces = fc.constantFrom(
    ..."the our team desk who forgot I'll today sorry fee we I x".split(' '),
    ...'department Department DEPARTMENTS departure accounting Accounts account management manager misplaced Misplaced misplace'.split(
      ' ',
    ),
    '.',
    ',',
    '!',
    '?',
    ';',
    ':',
    "'",
    '-',
    '"',
    '\n',
    '’',
    '(',
    '3',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 25 }), fc.boolean(), (ps, tight) => {
      const text = ps.join(tight ? '' : ' ');
      assert.deepEqual(local.match(text), scanAll(stretchy, text));
    }),
    { numRuns: 4000, seed: 13 },
  );
  for (const text of [
    'The DEPARTMENTS MISPLACED it.',
    'Our old Accounting team misplaced your form',
    'the departure misplaced',
    'the account, misplaced',
  ])
    assert.deepEqual(local.match(text), scanAll(stretchy, text), text);
});

test('a long reply (scratch arrays and the candidate list grow) matches as a full scan does, and so does the next', () => {
  const words = ruleWords.filter((_, i) => i % 7 === 0);
  const long = Array.from({ length: 6000 }, (_, i) => words[(i * 7919) % words.length]).join(' ');
  assert.deepEqual(matcher.match(long), scanAll(patterns, long));
  const short = "I'm sorry, the team forgot to call you back.";
  assert.deepEqual(matcher.match(short), scanAll(patterns, short));
});

test('the matcher refuses a pattern without the g flag', () => {
  assert.throws(() => new RuleMatcher([/\bsorry/i]), /must carry the g flag/);
});
