/**
 * The eval:drafts checker (scripts/drafts/readability.ts) sees suggested words that are grammatical but wrong in sense, or
 * broken in ways its form checks do not see. Families, each with sentences written for the test; a generic wording and
 * a right one are never flagged.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Problem, problems } from '../../scripts/drafts/readability.ts';

const apology = (said: string): Problem[] =>
  problems({ principle: 'A2', text: `I'm so sorry ${said}.`, source: 'a message the test does not need' });
const restatement = (said: string): Problem[] =>
  problems({
    principle: 'C1',
    text: `Let me make sure I've got this right: ${said}. Is that right?`,
    source: 'a message the test does not need',
  });

const FLAGGED: Array<[Problem, string]> = [
  ['customer_disclaimer', "you're not trying to be awkward but the form keeps failing"],
  ['customer_disclaimer', "you don't care about the points"],
  ['customer_disclaimer', 'you know it is not your charger'],
  ['customer_disclaimer', 'you heard our branch was slow'],
  ['customer_disclaimer', "you didn't know your partner had booked twice"],
  ['customer_disclaimer', 'maybe your cable is loose'],
  ['customer_own_doing', 'you deleted the old account'],
  ['customer_own_doing', 'you ordered the shoes in the wrong size'],
  ['customer_own_doing', 'you still have like 30 pence on the card'],
  ['unswapped_you', "you'll look into it and call us back today"],
  ['unswapped_you', 'you charged you twice'],
  ['agrees_with_attack', 'we were useless'],
  ['agrees_with_attack', 'we had no right to share your address'],
  ['agrees_with_attack', 'our night staff are clueless'],
  ['agrees_with_attack', 'the company does not care'],
  ['pointing', 'that is not your gate'],
  ['pointing', 'it was not a long queue'],
  ['argument', "it's funny how the other shop never charges"],
  ['argument', 'no wonder the others are doing better'],
  ['argument', 'the snow had nothing to do with the delay'],
  ['argument', 'your seat was moved, not cool at all'],
  ['no_verb', 'three parcels missing worth £60'],
  ['no_verb', 'the streaming app not working error 12'],
  ['no_verb', 'the wrong bill which you really do not appreciate'],
  ['no_verb', 'you got the gold card but no lounge access'],
  ['tangled', 'you did that and they shut your claim have you lost the money now'],
  ['tangled', 'the cable is loose too let you try another'],
  ['tangled', "it's does not say frozen"],
  ['tangled', 'they put the phone down on you or was not any use'],
  ['tangled', 'your screen is sharing not working'],
  ['resolved', 'you unlinked the cards, tried again and it worked'],
  ['resolved', "the sound dropped on mobile data but it's back now"],
  ['customer_disclaimer', "you weren't expecting an answer"],
  ['customer_disclaimer', 'you may not be charged for the call'],
  ['cut_off', 'they said they would ring back but they never do'],
  ['filler_start', 'now your order is a week late'],
  ['filler_start', 'actually, your bill went up again'],
  ['text_speak', 'your kids have no heating 2nite'],
  ['text_speak', "you're tryin to pay the bill"],
  // Session 10 families.
  ['speech_marks', "you're, um, you're calling about the meter"],
  ['speech_marks', 'the, the engineer never came'],
  ['speech_marks', 'the technician said [inaudible] about the boiler'],
  ['speech_marks', 'your seat (14C) was broken'],
  ['fragment', '2 hours on hold and then the call dropped'],
  ['fragment', 'for the refund but we forgot the receipt'],
  ['fragment', 'every time you log in you get an error'],
  ['fragment', 'no reply from the seller and the tracking is stuck'],
  ['bare_noun', 'courier left your parcel in the rain'],
  ['bare_noun', 'app keeps logging you out'],
  ['bare_noun', "host won't answer"],
  ['feeling_as_problem', 'you were disappointed that the pool was closed'],
  ['feeling_as_problem', "you're so frustrated with the app"],
  ['hearsay', 'a friend told you we charge less for new customers'],
  ['hearsay', 'apparently the branch is closing'],
  ['hearsay', 'you were told our store never answers the phone'],
  // Session 11 families.
  ['restart', "you've been, you've been without gas since Monday"],
  ['restart', "you didn't, you weren't told about the change"],
  ['headline', 'recycling not emptied for the second fortnight'],
  ['headline', '40 min wait for a table that was booked'],
  ['customer_stance', "you're not after a refund"],
  ['customer_stance', "you've done nothing wrong"],
  ['customer_stance', 'most people pay by card now'],
];

for (const [kind, said] of FLAGGED) {
  test(`readability sense: ${kind}: "${said}"`, () => {
    assert.ok(apology(said).includes(kind), `apology: ${apology(said).join(',')}`);
    assert.ok(restatement(said).includes(kind), `restatement: ${restatement(said).join(',')}`);
  });
}

const RIGHT = [
  'your flight was cancelled',
  'you were charged twice for your phone bill',
  'our driver threw your parcel over the fence',
  'the parcel that we sent never arrived',
  'you paid for next-day delivery but it never came',
  "you've been on hold for two hours",
  'nobody has called you back',
  "it's the third time your meter reading was ignored",
  'your app keeps crashing when you open it',
  'the system would not let you book a second seat',
  "you're not getting our texts",
  'you were told we would call you back',
  // Session 10: a place or time before a subject, a particle after its object, a plural or a name with no article.
  'at checkout you were charged for the minibar',
  'for the last three orders, the eggs have arrived broken',
  'our delivery team damaged your door frame bringing it in',
  'flights have been cancelled all week',
  'customer service is saying you will not get the bonus',
  'nobody has turned up',
];

for (const said of RIGHT) {
  test(`readability sense: reads right: "${said}"`, () => {
    assert.deepEqual(apology(said), []);
    assert.deepEqual(restatement(said), []);
  });
}

test('readability sense: the generic wordings and an embedded question are never flagged', () => {
  assert.deepEqual(problems({ principle: 'A1', text: "I'm so sorry about the trouble you've had.", source: 'x' }), []);
  assert.deepEqual(
    problems({ principle: 'A2', text: "I'm so sorry about the trouble with your order.", source: 'x' }),
    [],
  );
  assert.deepEqual(
    restatement("you'd like to know where your parcel is"),
    [],
    'an embedded question ends on its verb and is not cut off',
  );
});

// Session 11: what the whole draft says, against the customer's message it was built from (messages written for the test).
const draft = (principle: string, text: string, source: string): Problem[] => problems({ principle, text, source });

test('readability sense: embedded_tangle: a question said back that does not read as a clause', () => {
  for (const q of [
    'what that fee mean does for your statement',
    'what you are paying for, air',
    'what the deadline is and is there a penalty',
    'which has no step-free access',
    'which your son is',
    'what turned up was an empty envelope',
  ])
    assert.ok(
      draft('C1', `Let me make sure I've got this right: you'd like to know ${q}. Is that right?`, 'x').includes(
        'embedded_tangle',
      ),
      q,
    );
  for (const q of ['how to close your account', 'where your replacement card is', 'what to do'])
    assert.deepEqual(
      draft('C1', `Let me make sure I've got this right: you'd like to know ${q}. Is that right?`, 'x'),
      [],
    );
});

test('readability sense: side_topic: the general wording names a side detail, not what went wrong', () => {
  const source = 'The new freezer never came on Saturday. So all my food is in a cool box.';
  assert.ok(draft('A1', "I'm so sorry about the trouble with your food.", source).includes('side_topic'));
  assert.deepEqual(draft('A1', "I'm so sorry about the trouble with your freezer.", source), []);
});

test('readability sense: apology_to_praise and ask_without_problem: nothing went wrong', () => {
  const praise = 'Spotless room, lovely staff, wonderful stay. Thank you!';
  assert.ok(draft('A1', "I'm so sorry about the trouble you've had.", praise).includes('apology_to_praise'));
  assert.ok(draft('R1', 'What would make this right for you?', praise).includes('ask_without_problem'));
  assert.ok(
    draft('R1', 'What would make this right for you?', 'how do I add a second user').includes('ask_without_problem'),
  );
  const mixed = 'Lovely staff, thank you, but the shower had no hot water all week.';
  assert.deepEqual(draft('A1', "I'm so sorry about the trouble you've had.", mixed), []);
  assert.deepEqual(draft('R1', 'What would make this right for you?', mixed), []);
});
