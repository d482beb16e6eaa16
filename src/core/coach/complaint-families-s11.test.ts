/**
 * Session 11 families of suggested words that went wrong on unseen support messages (issue #12 part 3), each with
 * sentences written for this test (none copied from a data set): praise and plain thanks offered an apology, a topic
 * taken from a side detail, the customer's stance or circumstances said back, verbless headlines, restarts in speech,
 * a bare service noun with no article, garbled embedded questions, and the cues a first message with no problem gets.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLiveSession } from '../analysis/session.ts';
import { readComplaint } from './complaint.ts';
import { nextCues } from './rules.ts';
import { initialCoachState, type CoachState } from './state.ts';

const complaint = (text: string) => readComplaint([{ text, language: 'en' }]);
const words = (text: string) => complaint(text).words();

// Family 1: praise, or thanks with nothing wrong in it, is no complaint.
const PRAISE = [
  'Just back from the lake cabins, honestly spotless, the host was lovely. Booking again next year',
  "The engineer who came today was brilliant, explained everything and didn't try to upsell me. More of her please",
  'Thanks for sorting my parking permit so quickly, really helpful team',
  'Thank you!!',
  'thank u for mending the lift at last!!',
  'That worked 👍',
  'ok thanks so much, have a good day',
  'Five stars for the courier this morning, carried the sofa up four flights',
  'Sounds great, thank you',
  "it's all working again now",
];
// …but thanks with a problem is a problem, and so is sarcasm.
const NOT_PRAISE = [
  'Thanks for the reply, but the heater still clicks off every ten minutes',
  'Brilliant, my replacement kettle is cracked as well',
  'Thanks for nothing, three weeks and no refund',
  'Lovely staff at the desk. However the shower in our room had no hot water',
  'Thanks in advance, my parcel has not moved since Tuesday',
  "it's working again but I lost a whole day's sales",
  'worked for a day, then the screen froze again',
];
for (const text of PRAISE) {
  test(`A1 tone: praise or thanks with nothing wrong is praise: ${JSON.stringify(text)}`, () => {
    assert.equal(complaint(text).tone(), 'praise');
  });
}
for (const text of NOT_PRAISE) {
  test(`A1 tone: a problem told beside thanks or sarcasm is a problem: ${JSON.stringify(text)}`, () => {
    assert.equal(complaint(text).tone(), 'problem');
  });
}
test('A1 tone: a calm question that names no problem is an enquiry', () => {
  for (const text of ['how do I change the name on my account', 'What time does the Eastfield branch open on Sundays?'])
    assert.equal(complaint(text).tone(), 'enquiry', text);
  assert.equal(complaint('why was my card declined at the till?').tone(), 'problem');
  // A problem word inside a plain question about what the customer may do asks; outside one it tells.
  for (const text of [
    'how do I get a refund for a cancelled class',
    'can I keep my points if I close the card',
    '@ShopBrand is that not the same form I filled in yesterday?',
  ])
    assert.equal(complaint(text).tone(), 'enquiry', text);
  for (const text of ['can you fix it, the app keeps crashing', 'My refund never came. How do I chase it?'])
    assert.equal(complaint(text).tone(), 'problem', text);
});

const angry: CoachState = { ...initialCoachState(), peakLevel: 'annoyed', lastLevel: 'annoyed' };
const principles = (text: string, state: CoachState = angry) =>
  nextCues(state, { complaint: complaint(text) }).cues.map((c) => c.principle);

test('A1 A2 P1 L4: an annoyed reading of praise gets thanks, not an apology or an incident write-up', () => {
  for (const text of PRAISE) assert.deepEqual(principles(text), ['L4'], text);
  const cue = nextCues(angry, { complaint: complaint(PRAISE[0]!) }).cues[0]!;
  assert.match(cue.message, /letting you know/);
  for (const text of NOT_PRAISE) assert.equal(principles(text)[0], 'A1', text);
  // Praise in the first messages does not outweigh a customer who sounds angry now (sarcasm, or a later message).
  const now: CoachState = { ...angry, peakLevel: 'angry', lastLevel: 'angry' };
  assert.equal(principles(PRAISE[0]!, now)[0], 'A1');
});

test('L4 R1 F1: a calm first enquiry is restated and thanked; nothing is "made right" and no call back is promised', () => {
  const calm = initialCoachState();
  const cues = nextCues(calm, { complaint: complaint('how do I change the name on my account') }).cues;
  assert.deepEqual(
    cues.map((c) => c.principle),
    ['C1', 'L4'],
  );
  assert.equal(cues[1]!.message, 'Thank them for getting in touch.');
  // A calm message that tells a problem still gets the resolution question.
  assert.deepEqual(principles('the lid of my new blender arrived cracked', calm), ['C1', 'R1']);
});

test('C1 L4: a first message accepts nothing ("ok…", "…thanks so much"); after a reply, "thanks, but…" does not either', () => {
  const session = createLiveSession();
  const first = session.addTurn({
    speaker: 'customer',
    text: 'ok so my gym fob stopped opening the door, thanks so much',
  });
  assert.ok(first.some((c) => c.principle === 'C1'));
  session.addTurn({ speaker: 'agent', text: 'I have reset the fob on our side.' });
  const after = session.addTurn({ speaker: 'customer', text: 'thanks, but it still does not open the door' });
  assert.ok(
    after.some((c) => c.principle === 'C1' || c.principle === 'R1'),
    JSON.stringify(after),
  );
});

// Family 2: the topic is what the problem happened to, never a side detail.
const TOPICS: Array<[string, string | undefined]> = [
  ['The new freezer never came, so my food is sitting in a cool box', undefined],
  ['I waited at the gate with about forty cars stuck behind the broken barrier', undefined],
  ['My exam booking window closes in March and no tutor has replied', undefined],
  ["I'm ringing about my claim, it's been three months", 'your claim'],
  ['The app keeps logging me out before I can pay', 'the app'],
  ['You cancelled my booking without telling me', 'your booking'],
  ['refund?', 'your refund'],
  // The customer's own thing right beside the problem, or a service that is missing.
  ['I was billed twice for my membership in May', 'your membership'],
  ['We have had no broadband since Friday', 'your broadband'],
  ['My neighbour has been without heating for a week', undefined],
];
for (const [text, topic] of TOPICS) {
  test(`A2 topic: ${JSON.stringify(text)} → ${topic}`, () => assert.equal(words(text).topic, topic));
}

// Families 3–7: what is said back, or nothing (the general wording).
const SAID: Array<[string, string, string | undefined]> = [
  ['stance', "I'm not after a refund, I just want the lift fixed", undefined],
  ['stance', "I'm not even cross, I'm just tired of chasing", undefined],
  ['stance', "I've done nothing wrong and I'm being treated like a thief", undefined],
  ['stance', 'Most people pay by card these days', undefined],
  ['circumstance', "I've lost my job and can't cover the direct debit", undefined],
  ['circumstance', 'Six years a loyal customer and you doubled my premium', undefined],
  ['headline', 'recycling not emptied for the second fortnight on Mill Road', undefined],
  ['headline', '40 min wait for a table that was booked', undefined],
  ['restart', "I've been, I've been without hot water since Friday", "you've been without hot water since Friday"],
  ['restart', "I didn't, I didn't get any email about it", "you didn't get any email about it"],
  ['restart', "It's not, it's not my fault the meter is broken", undefined],
  ['stance', "I don't even own a printer, so why am I paying for ink", undefined],
  ['stance', "I don't use the landline at all", undefined],
  ['stance', 'Short delays are understandable, but this is the fourth week', undefined],
  ['circumstance', "I'm eighty-two and the boiler has failed", 'the boiler has failed'],
  ['circumstance', 'I missed the payment, I was on a ward for a fortnight', undefined],
  ['own doing', "I've kept the receipt", undefined],
  ['own report', 'I mentioned the leak to the caretaker twice', undefined],
  ['ellipsis', "I couldn't, because the courier had already driven off", undefined],
  ['agreement', 'I paid for parking but was told the ticket is invalid', undefined],
  ['ending', "my phone's been freezing every", undefined],
  ['still said', "I can't log in to the app since the update", "you can't log in to the app since the update"],
  ['bare noun', 'broadband is down again', 'the broadband is down again'],
  ['bare noun', "nobody's rung me back", "nobody's rung you back"],
  ['ellipsis', 'I paid by bank transfer and it never said', undefined],
  ['fragment', "the gate code is wrong, can't get into the car park", undefined],
  ['bare noun', 'Wifi is down in every room', 'the wifi is down in every room'],
  ['bare noun', "website's been down since breakfast", "the website's been down since breakfast"],
  ['bare noun', 'no its still broken after the reset', "it's still broken after the reset"],
];
for (const [family, text, said] of SAID) {
  test(`C1 ${family}: ${JSON.stringify(text)} → ${said}`, () => assert.equal(words(text).statements[0], said));
}

const ASKED: Array<[string, string | undefined]> = [
  ['where is my order its been 3 days?', undefined],
  ['what does that fee mean for my statement?', undefined],
  ['what am I even paying for, air?', undefined],
  ["what's the deadline and is there a penalty?", undefined],
  ['We were given seats in the gallery, which has no step-free access', undefined],
  ['what turned up was an empty envelope', undefined],
  ['The tickets are for the balcony, which has no lift, I rang the theatre', undefined],
  ['how do i close my account', 'how to close your account'],
  ["what's the point of paying for priority if nobody answers?", undefined],
  ['where is my replacement card?', 'where your replacement card is'],
];
for (const [text, question] of ASKED) {
  test(`C1 question: ${JSON.stringify(text)} → ${question}`, () => assert.equal(words(text).question, question));
}
