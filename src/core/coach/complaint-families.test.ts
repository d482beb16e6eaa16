/**
 * Session 10 families of suggested words that broke on unseen support messages (issue #12 part 3), each with sentences
 * written for this test: speech written down (fillers, restarts, transcriber's marks, "I'm calling because"), asides in
 * brackets, a bare noun that wants "the", verbless fragments and headlines, the customer's own circumstances, stance,
 * denials and reports, a feeling framed as the problem, hearsay, a rebuttal, a need or a request inside the clause, what
 * someone of theirs did, what could have happened, and clauses that end badly. The rule: a clause is said back only when
 * it is clean and certain; otherwise the draft falls back to a general wording, which is never wrong.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectAbuse } from '../signals/abuse.ts';
import { cleanMessage, readComplaint } from './complaint.ts';
import { draftApology } from './drafts.ts';
import { sayBack } from './person.ts';

const words = (text: string) => readComplaint([{ text, language: 'en', abuse: detectAbuse(text) }]).words();

// [family, the customer's message, the statement said back, or undefined: nothing of theirs is said back].
const CASES: Array<[string, string, string | undefined]> = [
  // Speech written down: fillers and restarts go; why they called is not the problem, what follows is.
  [
    'speech',
    "Hi, um, I'm, I'm calling because my meter reading was taken twice.",
    'your meter reading was taken twice',
  ],
  ['speech', "Yeah so, uh, the boiler, the boiler's stopped working again", "the boiler's stopped working again"],
  ['speech', "She's, she's been waiting since nine and nobody has turned up", 'nobody has turned up'],
  // "my bill, it's doubled": a subject set off by a comma is not said back (the general wording names the bill).
  ['speech', "I'm ringing about my bill, it's, like, doubled since March", undefined],
  ['speech', "I'm writing to complain that my booking wasn't honoured", "your booking wasn't honoured"],
  ['speech', 'the engineer said [inaudible] the part never came', undefined],
  // Asides in brackets are not said back; the sentence around them is.
  ['brackets', 'My replacement card (the third one) has not arrived', 'your replacement card has not arrived'],
  [
    'brackets',
    'Our room (402, sea view supposedly) had no hot water for two days',
    'your room had no hot water for two days',
  ],
  // A bare singular noun gets "the"; a plural or a name stays as it is.
  ['article', 'technician never turned up for the 8am slot', 'the technician never turned up for the 8am slot'],
  ['article', 'courier threw my parcel over the fence', 'the courier threw your parcel over the fence'],
  ['article', 'website keeps timing out at checkout', 'the website keeps timing out at checkout'],
  ['article', 'why wasn’t replacement sent when I reported it', "the replacement wasn't sent when you reported it"],
  ['article', 'refunds never arrive on time', 'refunds never arrive on time'],
  ['article', 'Deliveroo lost my order', undefined],
  // A fragment with no subject is not said back; a clause after it that has one is.
  ['fragment', '40 minutes on hold and then the call dropped', 'the call dropped'],
  ['fragment', 'no answer from the branch and the card is still blocked', 'the card is still blocked'],
  ['fragment', 'every time I log in I get kicked out', undefined],
  ['fragment', 'for the delivery but you forgot the batteries', 'we forgot the batteries'],
  ['fragment', '3 bars of signal, still won’t send a text', undefined],
  ['fragment', 'train 1142 cancelled again, no replacement bus', undefined],
  ['fragment', 'parcel delivered to the wrong street', undefined],
  ['fragment', 'the heating in my flat is broken', 'the heating in your flat is broken'],
  [
    'fragment',
    'the dishwasher you fitted is leaking under the sink',
    'the dishwasher we fitted is leaking under the sink',
  ],
  [
    'fragment',
    'for the last two weeks, the app has crashed every morning',
    'for the last two weeks, the app has crashed every morning',
  ],
  // The customer's own circumstances, and someone else's state, are theirs to tell, never the problem said back.
  ['circumstances', 'My flight was cancelled because my wife was in hospital', undefined],
  ['circumstances', 'My dad has dementia and was sold a phone he cannot use', undefined],
  ['circumstances', 'He never had any trouble with his hip before the fall', undefined],
  ['circumstances', "They haven't got any stock either", undefined],
  ['circumstances', 'she keeps getting calls from your sales team', 'she keeps getting calls from our sales team'],
  ['circumstances', "I'm moving to Glasgow in June so I need the contract ended", undefined],
  ['circumstances', 'My son bought three games on my account without asking', undefined],
  ['circumstances', "I've been a loyal customer for 9 years and never missed a payment", undefined],
  ['circumstances', 'We were away all week, the flat was empty', undefined],
  ['circumstances', "I'm never at home before six", undefined],
  ['pointing', "you swapped the gluten-free bread, my son can't eat that one", undefined],
  ['pointing', 'my rent went up by £90 and nobody told me why', 'your rent went up by £90 and nobody told you why'],
  ['pointing', 'the price changed and nobody explained why', 'the price changed and nobody explained why'],
  ['pointing', "nobody's explained why", undefined],
  // A feeling is not the problem: what it was about is said back, or nothing.
  ['feeling', "I'm really disappointed that my refund still hasn't arrived", "your refund still hasn't arrived"],
  ['feeling', 'I was so upset because the driver shouted at my daughter', 'the driver shouted at your daughter'],
  ['feeling', "It's so frustrating that the app logs me out every day", 'the app logs you out every day'],
  ['feeling', "I'm absolutely fed up with your broadband", undefined],
  ['feeling', 'We felt let down by the whole stay', undefined],
  // Hearsay: what someone else says, and a claim the customer was told; a promise they were told stays.
  ['hearsay', 'A friend told me you charge less for new customers', undefined],
  ['hearsay', 'Apparently your branch is closing next month', undefined],
  ['hearsay', 'I was told the outage is affecting everyone', undefined],
  ['hearsay', 'I was told my refund would be paid by Friday', 'you were told your refund would be paid by Friday'],
  // The customer's own denial, what they did not do, and their report of chasing it.
  ['own case', "I didn't authorise any of these payments", undefined],
  ['own case', "We never opened the box, it's still sealed", undefined],
  ['own case', "I've rung four times this week", undefined],
  ['own case', 'I told them no twice', undefined],
  [
    'own case',
    'I told them my postcode twice and they still sent it to the wrong town',
    'you told them your postcode twice and they still sent it to the wrong town',
  ],
  ['own case', "I didn't receive the replacement you promised", "you didn't receive the replacement we promised"],
  // A rebuttal, a request or a need inside the clause, and what could have happened.
  ['rebuttal', "buffering all evening. it's your end, not mine", undefined],
  ['request inside', "They don't know about the party, so please don't ring them", undefined],
  ['hypothetical', "I didn't drink it, but it could have made me ill", undefined],
  ['hypothetical', 'The gas was left on and somebody could have been hurt', undefined],
  // Clauses that end badly: a dangling word, a clipped word, an embedded question that lost its verb.
  [
    'ending',
    "my daughter can't log in on her laptop or on her phone anymore even though she pays for her own profile every month",
    undefined,
  ],
  ['ending', "I'm stuck at B'ham int waiting for the 18:00", undefined],
];

for (const [family, message, expected] of CASES) {
  test(`suggested words, ${family}: ${JSON.stringify(message)} → ${expected ?? 'no statement'}`, () => {
    assert.deepEqual(words(message).statements, expected === undefined ? [] : [expected]);
  });
}

test('speech: fillers, restarts and transcriber marks are cleaned; a greeting keeps its comma', () => {
  assert.equal(cleanMessage("Hi, um, we've been billed twice"), "Hi, we've been billed twice");
  assert.equal(cleanMessage('I cancelled in, erm, February'), 'I cancelled in February');
  assert.equal(cleanMessage("he's, he's not answering"), "he's not answering");
  assert.equal(cleanMessage('that that is the problem'), 'that that is the problem');
  assert.equal(cleanMessage('waited 2hrs for 20mins of help'), 'waited 2 hours for 20 minutes of help');
  assert.equal(cleanMessage('the seat (14C) was broken'), 'the seat was broken');
});

test('an embedded question that lost its verb after a preposition is not said back', () => {
  const said = words("Hi, uh, I've got a bill for six hundred pounds, what's that for?");
  assert.notEqual(said.question, 'what that for is');
});

test('the bare-noun article is the grammar step, not a word list: a fragment with no subject says nothing', () => {
  assert.deepEqual(sayBack('driver took my parcel back to the depot'), {
    kind: 'statement',
    text: 'the driver took your parcel back to the depot',
  });
  assert.equal(sayBack('5 minutes after the call, nothing'), undefined);
  assert.equal(sayBack('each time I phone I get cut off'), undefined);
  // After "a", a word read as a bare verb is the noun it also is ("a two-year contract with a tablet I never use").
  assert.equal(sayBack('a two-year contract with a tablet that I never use'), undefined);
  assert.deepEqual(sayBack('a parcel arrived broken'), { kind: 'statement', text: 'a parcel arrived broken' });
});

test('a fallback apology is general and right when nothing clean can be said back', () => {
  const text = 'Apparently my package was sent to a locker, my friend says that happens a lot';
  assert.match(
    draftApology({ complaint: readComplaint([{ text, language: 'en' }]) }),
    /^I'm so sorry about the trouble/,
  );
});
