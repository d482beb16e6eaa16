/**
 * Session 12 families of suggested words that went wrong on unseen support messages (issue #12 part 3), each with
 * sentences written for this test (none copied from a data set): praise told as thanks to a team, a praise word inside a
 * question, the general restatement offered to a plain question, who the customer is or what they do not accept said
 * back, someone of theirs as the subject, the company's promise said back as the event, a pronoun with nothing to point
 * at, the customer's own injury, what they did not do themselves, good news told with a problem word, their own visits, a headline with no verb, a speaker starting over, a word shouted in capitals, a reference label left without its number, and a weekday taken for a name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readComplaint } from './complaint.ts';
import { spokenName } from './drafts.ts';
import { nextCues } from './rules.ts';
import { initialCoachState, type CoachState } from './state.ts';

const complaint = (text: string) => readComplaint([{ text, language: 'en' }]);
const words = (text: string) => complaint(text).words();
const annoyed: CoachState = { ...initialCoachState(), peakLevel: 'annoyed', lastLevel: 'annoyed' };
const GENERAL_RESTATEMENT = /could you tell me in a sentence what's happened/;

// Praise told as thanks to someone ("a big thank you to the crew"), in speech as well.
const THANKS_TO = [
  'Hello, I just wanted to say thank you to the crew who fixed the burst main on Harrow Road, they were out all night.',
  "Hi, um, I'm ringing to say, er, a big thank you, really, to the, to the nurse who looked after my dad on Tuesday.",
  'Can you pass on a huge thank you to Priya at the Wembley desk, she went out of her way for us.',
];
for (const text of THANKS_TO) {
  test(`A1 tone: thanks told to a team or a person is praise: ${JSON.stringify(text)}`, () => {
    assert.equal(complaint(text).tone(), 'praise');
  });
}
test('A1 tone: "thanks to" a cause, or thanks beside a problem, stays a problem', () => {
  assert.equal(complaint('thanks to your courier my parcel is soaked through').tone(), 'problem');
  assert.equal(complaint('I wanted to say thank you to the driver, but the fridge arrived dented').tone(), 'problem');
});
test('A1 tone: a praise word inside a question asks; a compound "dog-friendly" is no compliment', () => {
  assert.notEqual(complaint('do your cabins in Keswick have dog friendly rooms?').tone(), 'praise');
  assert.notEqual(complaint('is the Riverside cinema wheelchair friendly?').tone(), 'praise');
  assert.equal(complaint('The staff at the Riverside cinema were so friendly last night').tone(), 'praise');
});

// A plain question or request gets its question said back, or a general line that does not ask them to repeat it.
test('C1: a calm question with nothing to say back gets no "tell me what happened"', () => {
  const calm = initialCoachState();
  for (const text of [
    'can I move my dentist appointment to next Thursday afternoon',
    "I'm relocating to Leeds in March. Can my broadband contract move with me?",
    'can i add my son to the booking, my sister cannot make it now',
  ]) {
    const cue = nextCues(calm, { complaint: complaint(text) }).cues.find((c) => c.principle === 'C1');
    assert.ok(cue?.suggestion, text);
    assert.doesNotMatch(cue.suggestion, GENERAL_RESTATEMENT, text);
    // The reason they gave ("my sister cannot make it") is not said back as the point.
    assert.doesNotMatch(cue.suggestion, /sister|relocating/, text);
  }
  // An angry customer is still asked what happened when nothing can be said back.
  const angry = nextCues(annoyed, { complaint: complaint('you lot. again. unbelievable') }).cues.find(
    (c) => c.principle === 'C1',
  );
  assert.match(angry?.suggestion ?? '', GENERAL_RESTATEMENT);
});
test('C1: "let me know if you need photos" is help offered, not a question to say back', () => {
  const w = words('Your shelf unit arrived in pieces. Let me know if you need photos of the box.');
  assert.notEqual(w.question, 'if we need photos of the box');
  assert.doesNotMatch(w.question ?? '', /need photos/);
});

// Nothing of these is said back.
const NOT_SAID_BACK: Array<[string, RegExp]> = [
  // who the customer is, or is not
  ["I'm a pensioner and I can't get through on the phone line at all", /pensioner/],
  ["we're a small bakery and the card machine hasn't worked since Friday", /bakery/],
  ["I'm not Denise. I've told you five times I'm not Denise, stop ringing me about her loan", /Denise/],
  ["I'm not personally bothered about the money, I just think the lights being off is dangerous", /bothered/],
  // what they do not know or accept
  ['the late charges are not reasonable and I do not accept them', /accept|reasonable/],
  ["there's a gym add-on that I don't even know how I signed up to and it's charging me monthly", /know/],
  // someone of theirs as the subject, with nothing done to them
  ["the children can't have a bath, there's been no hot water since Monday", /children/],
  ['my son walks past that broken gate every morning', /son/],
  // the company's promise, told as the event
  ['you said you would send a new card by Friday. Nothing has come', /said/],
  ['your agent promised they would call me back within the hour', /promised/],
  // a pronoun with nothing to point at
  ["Still haven't received it. Three days now", /received it\b/],
  ['the shop assistant at the till just ignored them', /ignored them/],
  // the customer's own injury, the reason behind a request
  ["I've sprained my ankle so I can't manage the stairs to the upper circle", /ankle/],
  // what the customer did not do themselves: their case, not the event
  ["why has my phone bill doubled? we haven't changed anything and I didn't claim", /claim|changed/],
  ["the app's menus switched to Finnish overnight. I don't speak Finnish", /speak/],
  // good news told with a problem word
  [
    'The fitters were quick and nothing was damaged, which never happens. But the invoice is £90 over the quote',
    /damaged/,
  ],
  // the customer's own visits, reported with nothing going wrong in the clause
  ["I've been in your Leeds branch three times this week", /branch/],
  // a headline with its "was" left out, whatever the thing
  ['the remortgage delayed again because your surveyor never turned up', /delayed again/],
  ['exchange delayed twice because your solicitor lost the deeds', /delayed twice/],
  // a speaker starting over
  ["Hi, my wife's, she says my wife's account was locked out on Monday", /wife's.*wife's/],
  // a word shouted in capitals
  ['three visits from engineers and the connection is NOT fixed', /NOT/],
];
for (const [text, absent] of NOT_SAID_BACK) {
  test(`A2/C1 said back: nothing of this kind is said back: ${JSON.stringify(text)}`, () => {
    const w = words(text);
    for (const said of [...w.statements, w.question ?? '']) assert.doesNotMatch(said, absent, said);
  });
}
// …while what was done to them, and a pronoun with its thing, still is.
test('A2: harm to someone of theirs, and a pronoun that points at a thing said before it, are said back', () => {
  assert.deepEqual(words('my daughter was charged twice for her season ticket').statements, [
    'your daughter was charged twice for her season ticket',
  ]);
  assert.deepEqual(words('the new kettle leaks and it has scorched the worktop').statements.length, 1);
  assert.deepEqual(words("it's been three weeks and the refund hasn't arrived").statements.length, 1);
  assert.deepEqual(words('your courier left my parcel in the rain and it was ruined').statements.length, 1);
});

// A reference number goes with the label it leaves behind at the end of a clause.
test('A2: a reference label is not left dangling once its number is gone', () => {
  const w = words('hi, I renewed but the premium features are still greyed out, receipt QX-55120');
  for (const said of w.statements) assert.doesNotMatch(said, /receipt\s*$|,\s*$/, said);
  assert.ok(w.statements.length > 0 || w.topic !== undefined);
  // "my order" with no number is kept.
  assert.deepEqual(words("my order hasn't arrived").statements, ["your order hasn't arrived"]);
});

// A capitalised day or common word is nobody's name.
test('spokenName: a weekday or a month is not said as a name', () => {
  for (const name of ['Saturday', 'Tuesday', 'December', 'Tomorrow']) assert.equal(spokenName(name), undefined, name);
  for (const name of ['April Jones', 'June', 'Maria']) assert.notEqual(spokenName(name), undefined, name);
});
