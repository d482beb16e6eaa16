import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

/**
 * Families where the labelling conventions (eval/never-tuned/README.md, "How the labels were applied") draw the line:
 * trouble the customer "is having" is a non-apology, "sorry to cut in" is no apology, a feeling only named is not
 * empathy. Written for the project; none is copied from an evaluation or training set.
 */
type Case = [label: ReplyLabel, reply: string, flagged: boolean];
const CASES: Case[] = [
  // The trouble as the customer's own, hedged or passive: non-apologies, not apologies.
  ['non_apology', 'Sorry you are having trouble with the card reader. Have you tried restarting it?', true],
  ['non_apology', "So sorry to hear you've been experiencing issues with the portal.", true],
  ['non_apology', 'Apologies for any misunderstanding about the deposit.', true],
  ['non_apology', 'We regret the inconvenience caused to you.', true],
  ['non_apology', "Sorry to hear the wedding car wasn't what you expected.", true],
  ['apology', "Sorry you're having trouble with the card reader.", false],
  // Near misses: a real apology for what happened.
  ['non_apology', "I'm sorry our reader declined your card three times.", false],
  ['non_apology', 'Sorry for the trouble with your bill; I have corrected it.', false],
  // Taking the floor is no apology.
  ['apology', 'Sorry to cut in, what is the postcode?', false],
  ['apology', 'Sorry to interrupt, can I grab your reference?', false],
  ['apology', "I'm sorry I cut you off earlier.", true],
  // A feeling only named is not empathy; a reason why is.
  ['empathy', 'That is really disappointing. Could you DM us the order number?', false],
  ['empathy', 'I know how worrying that is. Which vet are you with?', false],
  ['empathy', 'I understand how annoying that is.', false],
  ['empathy', "That's maddening, especially after you'd already waited in all day.", true],
  ['empathy', 'I can only imagine how stressful that is with a newborn in the house.', true],
  ['empathy', 'Three outages when you work from home means lost income.', true],
  // Talking down, in the forms agents use.
  ['condescension', 'As explained in our previous two letters, the fee stands.', true],
  ['condescension', 'The tracking link is literally at the top of the email.', true],
  ['condescension', 'The red button? Hard to miss.', true],
  ['condescension', "I'd have thought that was obvious.", true],
  ['condescension', 'Most members manage to book online.', true],
  ['condescension', 'Easy mistake for a first-time buyer.', true],
  ['condescension', 'Have you tried, you know, switching it on?', true],
  ['condescension', "Subscriptions don't cancel themselves.", true],
  ['condescension', "I'll put it in really simple terms.", true],
  ['condescension', 'Click Save. Got that?', true],
  // Near misses: pointing to where something is, plainly.
  ['condescension', 'The booking is in your account under Trips, and I have resent it.', false],
  ['condescension', "I've explained the charge in the email I just sent.", false],
  // A no that closes the matter, and the same no with something offered.
  ['refusal_rigid', 'Parcels signed for count as delivered, so we are unable to investigate further.', true],
  ['refusal_rigid', 'We cannot make the process any faster.', true],
  ['refusal_rigid', 'Refunds take 30 days. Please wait until then.', true],
  ['refusal_rigid', 'Single sign-on is only available on the Enterprise plan.', true],
  ['refusal_rigid', "We can't investigate further, but I can send a replacement today.", false],
  // Promises with no time or no owner, and the same promise with a time.
  ['vague_promise', 'It is on the list. Someone will get round to it.', true],
  ['vague_promise', 'The engineer will come back once the part arrives.', true],
  ['vague_promise', 'Our developers are looking into it.', true],
  ['vague_promise', 'Your complaint is being reviewed.', true],
  ['vague_promise', 'The fix should roll out soon, hopefully.', true],
  ['vague_promise', 'Our team will revert at the earliest.', true],
  ['vague_promise', "We'll send someone round.", true],
  ['vague_promise', "I'll chase the depot and call you by 4pm today.", false],
  ['vague_promise', "I'm looking into it now.", false],
  // The terms cited as the reason for a no; not when the terms give the customer something.
  ['policy_language', 'Customers must call to cancel, as stated in our terms.', true],
  ['policy_language', "Admin fees are set out in clause 14 of your agreement, so we can't waive them.", true],
  [
    'policy_language',
    "Invoices are issued in USD under section 4 of the subscription agreement. Currency can't be changed.",
    true,
  ],
  ['policy_language', "Good news: you're entitled to a refund under our terms.", false],
  // Confirming the customer's verdict on the company.
  ['sympathy_agreement', 'It really is. Management cut the team in half.', true],
  ['sympathy_agreement', "It's a shambles, isn't it.", true],
  ['sympathy_agreement', 'Honestly? Neither can I some days.', true],
  ['sympathy_agreement', "I can't say I disagree.", true],
  ['sympathy_agreement', 'We hear that a lot, sorry.', true],
  ['sympathy_agreement', 'It really is important to keep your receipt.', false],
  ['sympathy_agreement', "The parcel is on its way, isn't it? Let me check.", false],
];

for (const [label, reply, flagged] of CASES) {
  test(`${label}: ${JSON.stringify(reply)} ${flagged ? 'is' : 'is not'} flagged`, () => {
    const labels = lintLabels(reply);
    assert.equal(labels.includes(label), flagged, labels.join(', '));
  });
}
