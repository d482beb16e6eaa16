import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// More phrasing families, written for the project: [label, reply, flagged?].
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['blame_company_or_colleague', 'Yeah, our returns desk is way too slow, honestly.', true],
  ['blame_company_or_colleague', 'They mix orders up all the time over there.', true],
  ['blame_company_or_colleague', 'We get so many complaints about them, honestly.', true],
  ['blame_company_or_colleague', 'The agent keyed it in wrong when you called.', true],
  [
    'blame_company_or_colleague',
    'It came from a third-party seller and they have delays constantly, so it is out of our hands.',
    true,
  ],
  ['blame_company_or_colleague', 'She should never have charged you for that.', true],
  ['blame_company_or_colleague', 'Things have gone way downhill since the new owners took over.', true],
  ['blame_company_or_colleague', 'I will update the address on your account now.', false],
  ['sympathy_agreement', "I couldn't agree more, the new billing system is a mess.", true],
  ['sympathy_agreement', 'Ugh, I know, the app is useless after that update.', true],
  ['sympathy_agreement', "Honestly I'd be furious too, the way they run that depot is ridiculous.", true],
  ['sympathy_agreement', "I've been wondering the same thing, and everyone here says so.", true],
  ['sympathy_agreement', 'I know how much you were looking forward to the trip.', false],
  ['empathy', "That's a real blow right before the holidays.", true],
  ['empathy', 'Finding out from the bank first makes it so much worse.', true],
  ['empathy', "That's an evening you can't get back.", true],
  ['empathy', 'I know you were counting on that refund for the rent.', true],
  ['empathy', "I know the school fees don't wait.", true],
  ['empathy', "I'd be losing patience too after three missed visits.", true],
  ['empathy', 'That is not a problem; the refund is on its way.', false],
  ['excuse', "It's been an insanely busy weekend and we're short on technicians.", true],
  ['excuse', "We're in between cleaning contractors at the moment, so it's slower.", true],
  ['excuse', 'With that many bookings, sometimes things get overlooked.', true],
  ['excuse', "That's just how our booking software works.", true],
  ['excuse', "Honestly it's not really our fault, the data came in late.", true],
  ['excuse', 'All the engineers got reassigned to the outage in the north.', true],
  ['excuse', "I've set up an alert so this doesn't happen again.", false],
  ['excuse', 'We caused this outage and I own it; updates every 30 minutes.', false],
  ['you_statement_blame', "You're getting all worked up over nothing.", true],
  ['you_statement_blame', 'You keep asking the same question.', true],
  ['you_statement_blame', "If you'd read the email, you wouldn't be calling.", true],
  ['you_statement_blame', "Sir, you're being petty about a two-dollar fee.", true],
  ['you_statement_blame', "You're right to ask; let me check the fee for you.", false],
  ['let_me_check', 'Let me run a quick diagnostic on the router from here.', true],
  ['let_me_check', 'One moment while I pull up the booking.', true],
  ['let_me_check', 'I can see why that felt like being ignored.', false],
  ['scolding', 'You should pay attention to the emails we send.', true],
  ['scolding', "You're supposed to tell us before you move house.", true],
  ['scolding', "You're the one who picked the non-refundable fare.", true],
  ['scolding', "I'll make sure the next email is clearer.", false],
  ['refusal_rigid', 'Sorry, rules are rules.', true],
  ['refusal_rigid', "Not possible, I'm afraid.", true],
  ['refusal_rigid', "We can't transfer it to him now, the window has closed.", true],
  ['refusal_rigid', "I can't waive it, but I can split it into three payments.", false],
  ['condescension', "You just don't understand how interest works.", true],
  ['condescension', 'Most people figure this out on their own.', true],
  ['condescension', "I've told you twice already: the form is on page two.", true],
  ['condescension', "I'll explain how the interest works, step by step.", false],
  ['apology_specific', 'Two missed deliveries in one week is not okay, and I am truly sorry.', true],
  ['apology_specific', "I'm sorry: the fee we charged you was wrong.", true],
  ['apology_specific', "I'm sorry. It will be sorted soon.", false],
  ['ownership', 'The double charge is on our side, and I am reversing it now.', true],
  ['ownership', "I'm keeping your complaint and I'll call you back myself.", true],
  ['ownership', 'A missed pickup we caused should never cost you a day off.', true],
  ['i_statement_boundary', "I want to help, and I'd rather not be called names while I do.", true],
  ['i_statement_boundary', "I'm not comfortable being called names; let's keep going with the refund.", true],
];

for (const [label, reply, flagged] of CASES) {
  test(`${REPLY_LABELS[label].principle} ${label}: ${JSON.stringify(reply)} is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged, JSON.stringify(lintLabels(reply)));
  });
}
