import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectVenting } from './venting.ts';

// [customer message, still venting?]
const CASES: Array<[string, boolean]> = [
  ["—and then the manager, and you won't believe this—", true],
  ['Wait, wait, let me finish, the SECOND box was broken too', true],
  ['so first it was late, then it was the wrong colour, then you lost the return, and now i have to pay AND', true],
  [
    'The outage started Tuesday, then came back Wednesday, then again Thursday, and on top of that my bill went up, and your support line hangs up on me, and honestly I have no idea why I still pay you for this',
    true,
  ],
  ['Where is my package?', false],
  ['I was charged twice this month. Can you fix it?', false],
  ['THIS IS THE THIRD TIME YOU HAVE CUT MY POWER!', false],
  ['ok thanks, that is all I needed', false],
  ['', false],
  // Broken off mid-clause with no full stop: the last word is one no sentence ends on.
  ['I booked the early slot and waited in all morning and the engineer', true],
  ['Third time this month the router has dropped and your support line keeps telling me to', true],
  ['the tracking said out for delivery, I stayed home, and your driver said', true],
  ['My daughter missed her exam because the bus never came and now she', true],
  ["we've paid twice for the same boiler service and every time", true],
  // Session 6: the same cut-off in lower case ("i've"), after "this is"/"which is", or before the noun of an insult, and a
  // "don't tell me to…" that is no request.
  ['charged twice and now they say there is nothing wrong and this is', true],
  ['on hold for an hour you absolute', true],
  ["and don't tell me to check my email because i've", true],
  // Near misses: a chat message with no full stop that is complete, ending on a stranded preposition or an object.
  ['my food came without the sauce I asked for', false],
  ['who am I speaking to', false],
  ['I was sold a warranty I never asked for', false],
  ['can you check my order for me', false],
  ['so the engineer said it was fixed, and it isn’t', false],
  ['is this it', false],
  // Session 12: a loss with no object, a continuation announced and left, "…would be", a clause opened by "every time".
  ['two mornings off work for an engineer who never turned up and I have wasted', true],
  ['they cut us off in the middle of a heatwave and to make matters worse', true],
  ['the cancellation fee was supposed to be waived so my final bill should be', true],
  ['the boiler was serviced last week. Each time the pump', true],
  ['so the refund bounced and as a result', true],
  // Near misses: the same words ending a complete sentence.
  ['I dread to think how much money we have lost', false],
  ['they said it would be', false],
  ['it was late and we got a voucher as a result', false],
];

for (const [message, venting] of CASES) {
  test(`L1 venting: "${message}" reads as ${venting ? 'still venting' : 'a pause'}`, () => {
    const estimate = detectVenting(message);
    assert.equal(estimate.venting, venting, JSON.stringify(estimate));
    assert.equal(estimate.venting, estimate.score >= 0.5);
  });
}

test('L1 venting: the evidence names the cues that fired', () => {
  const { evidence, score } = detectVenting('—and NOBODY CALLED, and then—');
  assert.ok(evidence.includes('unfinished'));
  assert.ok(evidence.includes('caps'));
  assert.ok(score > 0.5 && score <= 1);
});
