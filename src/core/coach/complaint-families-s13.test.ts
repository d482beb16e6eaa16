/**
 * Session 13 families of suggested words (issue #12 part 3), each with sentences written for this test (none copied from
 * a data set). First: a final "it" that is the event an earlier clause of the same sentence told ("…and nobody has fixed
 * it") is said back; a pronoun with nothing before it to point at still is not.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLiveSession } from '../analysis/session.ts';
import { readComplaint } from './complaint.ts';

const complaint = (text: string) => readComplaint([{ text, language: 'en' }]);
const words = (text: string) => complaint(text).words();

// The event told before "and"/"but", then what nobody did about it.
const EVENT_THEN_IT: Array<[string, RegExp]> = [
  ['You billed me twice in March and nobody has fixed it', /^we billed you twice in March and nobody has fixed it$/],
  [
    'you cut my line off on Friday and no one sorted it out',
    /^we cut your line off on Friday and no one sorted it out$/,
  ],
  ['you took a cancellation fee and never refunded it', /^we took a cancellation fee and never refunded it$/],
  ['I was overcharged and nobody will explain it', /^you were overcharged and nobody will explain it$/],
  ['I got charged for delivery twice but no one can explain it', /^you got charged for delivery twice but no one/],
  ['you blocked me from logging in and nobody has put it right', /^we blocked you from logging in and nobody has put/],
];
for (const [text, said] of EVENT_THEN_IT) {
  test(`A2/C1: a final "it" that is the event before it is said back: ${JSON.stringify(text)}`, () => {
    const w = words(text);
    assert.equal(w.statements.length, 1, JSON.stringify(w));
    assert.match(w.statements[0]!, said);
  });
}

// A pronoun with nothing before it in the sentence, or with only the customer's own calling before it.
const POINTS_NOWHERE: Array<[string, RegExp]> = [
  ["you still haven't fixed it", /fixed it/],
  ['I rang you on Monday and nobody has fixed it', /fixed it/],
  ['we spoke last week and you still have not sorted it', /sorted it/],
  ['I emailed twice last week and nobody has fixed it', /fixed it/],
];
for (const [text, absent] of POINTS_NOWHERE) {
  test(`A2/C1: a final "it" with no event before it is not said back: ${JSON.stringify(text)}`, () => {
    for (const said of words(text).statements) assert.doesNotMatch(said, absent, said);
  });
}

// The live console's case: the first customer turn names a double charge nobody fixed; after a generic apology the A2
// cue's words name the charge, and C1 says it back.
test('live session: A2 names the double charge nobody fixed, and C1 restates it', () => {
  const session = createLiveSession({ customerName: 'Maria' });
  const first = session.addTurn({
    speaker: 'customer',
    text: "This is the third time I'm calling! You charged me twice and nobody has fixed it. This is ridiculous!",
  });
  const restate = first.find((c) => c.principle === 'C1');
  assert.ok(restate, JSON.stringify(first));
  assert.match(restate.suggestion!, /we charged you twice and nobody has fixed it/);
  const after = session.addTurn({ speaker: 'agent', text: "I'm sorry for the inconvenience." });
  const a2 = after.find((c) => c.principle === 'A2');
  assert.ok(a2, JSON.stringify(after));
  assert.equal(a2.suggestion, "Maria, I'm so sorry we charged you twice and nobody has fixed it.");
});
