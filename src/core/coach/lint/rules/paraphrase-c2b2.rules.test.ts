import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// Paraphrases written for generalization (not taken from any dataset): [label, reply, flagged?].
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // A4 violated: excuses.
  ['excuse', 'The storm grounded half the fleet, which is why your flight was cancelled.', true],
  ['excuse', 'Our supplier ran out of stock, so there was nothing we could do.', true],
  ['excuse', "We've had a flood of orders since the sale, that's why it's late.", true],
  ['excuse', 'The payment processor went down overnight, so transfers are delayed.', true],
  ['excuse', "We're running on a skeleton crew this weekend.", true],
  ['excuse', "The courier's van broke down, so deliveries in your area slipped.", true],
  ['excuse', "It's the time of year, everyone's ordering at once.", true],
  ['excuse', 'Sorry, the system was being updated and orders got stuck.', true],
  ['excuse', "The bank takes a few days to process these, it's out of my hands.", true],
  ['excuse', 'Honestly, the software update caused problems for lots of customers.', true],
  ['excuse', 'Air traffic control restrictions meant we had to hold the plane.', true],
  ['excuse', 'The roadworks outside have been slowing all our drivers down.', true],
  ['excuse', "There was a power cut at the depot, that's why nothing went out.", true],
  ['excuse', "We're a bit behind because two of the team are off sick.", true],
  ['excuse', "The delay was caused by the customs check, which we don't control.", true],
  ['excuse', "I'm afraid that's down to the manufacturer, they changed the part.", true],
  ['excuse', "We missed the call-back, and there's no excuse for that; I'm sorry.", false],
  ['excuse', 'Your refund went out at 10 am and should land within 3 days.', false],
  ['excuse', 'I checked the order and it shipped this morning.', false],
  // C2 violated: condescension.
  ['condescension', 'As it clearly states on the receipt, the warranty is one year.', true],
  ['condescension', "It's honestly pretty self-explanatory once you read the screen.", true],
  ['condescension', "I'll explain it again, and try to keep up this time.", true],
  ['condescension', 'Most customers manage to figure this out on their own.', true],
  ['condescension', 'Let me spell it out for you: the fee is monthly.', true],
  ['condescension', "It's a very basic setting, really.", true],
  ['condescension', 'Obviously the password is case-sensitive.', true],
  ['condescension', 'Any reasonable person would have checked the size chart.', true],
  ['condescension', "I don't know what's so confusing about it.", true],
  ['condescension', "It's not complicated, you just tap Renew.", true],
  ['condescension', "Here's how the billing cycle works: you're charged on the 1st for the month ahead.", false],
  ['condescension', 'The button is at the top right of the page; I can stay on while you try it.', false],
  ['condescension', 'I can walk you through it step by step if that helps.', false],
  // C2 violated: scolding.
  ['scolding', 'You really ought to have told us before you moved house.', true],
  ['scolding', "That's why we ask customers to check the address before confirming.", true],
  ['scolding', "You didn't bother reading the confirmation email, did you?", true],
  ['scolding', "If you'd checked the dates, you wouldn't be in this position.", true],
  ['scolding', 'Next time, please read the terms before you buy.', true],
  // The fault stated, with no lecture about what to do: a you-statement (B2), as the labelling conventions read it.
  ['you_statement_blame', 'You failed to return the form on time, so the claim lapsed.', true],
  ['scolding', 'You needed to cancel 48 hours in advance.', true],
  ['scolding', "It's the customer's job to check the order before signing.", true],
  ['scolding', 'You left it far too late to book.', true],
  ['scolding', "You should have received a text yesterday; I'm sorry it didn't arrive.", false],
  ['scolding', "You didn't get the email because our mailer failed, and that's on us.", false],
  // B2 violated: you-statements.
  ['you_statement_blame', "You're being really aggressive and it's not okay.", true],
  ['you_statement_blame', 'Your behaviour right now is completely unacceptable.', true],
  ['you_statement_blame', "You're the one making this difficult.", true],
  ['you_statement_blame', "You clearly don't want to be helped.", true],
  ['you_statement_blame', "You've been nothing but rude since the start of this call.", true],
  ['you_statement_blame', "You're acting like a child.", true],
  // Session 6: the futility of shouting is calm_down (L2) for most writers, not blame.
  ['calm_down', "Shouting at me won't get you anywhere.", true],
  ['you_statement_blame', 'You need to stop interrupting me.', true],
  ['you_statement_blame', "You're not making any sense and you're wasting everyone's time.", true],
  ['you_statement_blame', "You're right to be upset, and I want to help.", false],
  ['you_statement_blame', "You're entitled to a full refund, which I've started.", false],
  // A3 met: empathy.
  ['empathy', 'Anyone would be fed up after three missed appointments.', true],
  ['empathy', "That's a horrible thing to come home to.", true],
  ['empathy', "I'd be fuming too if my wedding flowers turned up wilted.", true],
  ['empathy', "It makes total sense that you're annoyed, you paid for next-day delivery.", true],
  ['empathy', 'I can only guess how worrying that must have been with a newborn.', true],
  ['empathy', "Being cut off twice after an hour on hold is enough to test anyone's patience.", true],
  ['empathy', "I completely get why you'd be cross about that.", true],
  ['empathy', 'With a deadline tomorrow, losing your files is genuinely awful.', true],
  ['empathy', 'Your frustration makes complete sense.', true],
  ['empathy', "I don't understand why it failed, let me check.", false],
  ['empathy', 'I can see how the screen looks on your side, so let me reset it.', false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
