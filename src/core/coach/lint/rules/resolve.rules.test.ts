import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['ask_desired_resolution', 'What would make this right for you?', true],
  ['ask_desired_resolution', 'Would you prefer a refund or a replacement?', true],
  ['ask_desired_resolution', 'Would you like store credit, or the money back on your card?', true],
  ['ask_desired_resolution', 'Is there anything else I can help with?', false],
  ['ask_desired_resolution', 'What is your order number?', false],
  // policy-rulebook-named (session 6): the rulebook under its other names, rules that don't permit, cover that
  // excludes; near misses: the rulebook giving the customer something, or only mentioned with no no.
  ['policy_language', 'Admin charges are applied as per our fee schedule.', true],
  ['policy_language', "It's all in the small print of the hire agreement, I'm afraid.", true],
  ['policy_language', 'Refunds for late trains are set out in the conditions of travel, so I cannot pay cash.', true],
  ['policy_language', "Parking bylaws don't permit overnight stays, and the regulations don't allow it either.", true],
  ['policy_language', 'The guarantee excludes wear and tear on the soles.', true],
  ['policy_language', "There are safety regulations that mean we can't board you without ID.", true],
  ['policy_language', "Under the conditions of carriage you're entitled to a full refund.", false],
  ['policy_language', 'Your tenancy agreement is attached for your records.', false],
  ['policy_language', 'Call-outs are charged as described in the service agreement.', true],
  ['policy_language', 'We have to follow the booking protocol, I am afraid.', true],
  ['policy_language', "The door hours are fixed, that's what the signs say.", true],
  ['policy_language', 'Good news: under your policy the cracked screen is covered.', false],
  ['policy_language', "That's our policy.", true],
  ['policy_language', 'Per our returns policy, we need the original box.', true],
  ['policy_language', "The guidelines don't allow exceptions.", true],
  ['policy_language', "I'm not allowed to change the fare.", true],
  ['policy_language', 'Our policy allows me to refund you in full today.', false],
  ['policy_language', 'Under your policy, storm damage is covered.', false],
  ['policy_language', 'Our policy is to replace stolen cards for free.', false],
  ['let_me_check', 'Let me check the tracking for you.', true],
  ['let_me_check', "I'll look into what happened with the transfer.", true],
  ['let_me_check', 'Let me call the restaurant right now.', true],
  ['let_me_check', 'Let me know if anything else comes up.', false],
  ['let_me_check', "I'll call you back at 5.", false],
  ['refusal_rigid', "I can't reverse it.", true],
  ['refusal_rigid', "No. There's nothing I can do.", true],
  ['refusal_rigid', 'The decision is final.', true],
  ['refusal_rigid', "I can't refund the fare, but I can offer you a free change.", false],
  [
    'refusal_rigid',
    "I can't promise a time yet; I'll call you at 3 with an update, and what I can do now is waive the fee.",
    false,
  ],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
