import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// Turn families the QA rubric needs (written for this test, in the style of live conversations): [label, reply, flagged?].
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['restatement', 'Let me make sure I have it right: the parcel showed delivered on Monday but never arrived.', true],
  ['restatement', "Let me check I've got it all: two charges, one refund, and no reply to your emails.", true],
  ['restatement', 'So between 9:10 and noon the app was down and your transfers failed. Is that accurate?', true],
  ['restatement', "Got it. So since Tuesday's update, pressing Save spins and nothing is ever stored.", true],
  ['restatement', 'So since last week the heating cuts out every night. Have I got that right?', true],
  ['restatement', 'Let me make sure the refund has gone through.', false],
  [
    'ask_desired_resolution',
    "Is there anything else you'd need to put this right, like a note for your employer?",
    true,
  ],
  ['ask_desired_resolution', 'What else would help while we sort this out?', true],
  ['ask_desired_resolution', 'What else would you like us to do?', true],
  ['ask_desired_resolution', 'What else would you need from us while the engineer is on the way?', true],
  ['ask_desired_resolution', 'What else happened after that?', false],
  [
    'i_statement_boundary',
    "I want to be the one who sorts this for you, and I'd find that far easier if we keep it to the booking rather than personal.",
    true,
  ],
  ['i_statement_boundary', "I'd find it much easier to help if we could keep this about the problem.", true],
  ['concrete_next_step_with_time', 'Maintenance will fix the shower in room 214 within 30 minutes.', true],
  ['concrete_next_step_with_time', 'The porter will bring extra towels up by 8 pm.', true],
  ['policy_language', "Cancellations caused by the weather aren't eligible for meal vouchers per our policy.", true],
  ['policy_language', "Next-day delivery isn't promised over the holidays; it's in our delivery policy.", true],
  ['policy_language', "Good news: you're eligible for a refund under our policy.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
