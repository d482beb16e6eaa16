import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// Session 8 (issue #12): families written from the shapes several writers share, each with near misses that must stay
// quiet (ownership, policy in the customer's favour, a firm no with an alternative, quoted speech, negations). The
// sentences are written for these tests, not copied from any corpus. [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // scolding-class-duty: the lecture addressed to customers as a class, the duty put on them, "shouldn't have done that".
  ['scolding', "We'd always advise borrowers never to sign before reading the offer.", true],
  ['scolding', 'We would gently remind tenants to report damp as soon as they see it.', true],
  ['scolding', 'We would always advise keeping the packaging for thirty days.', true],
  ['scolding', 'Learners are expected to check the portal every week.', true],
  ['scolding', 'Hirers are responsible for checking the fuel level before leaving.', true],
  ['scolding', "It's really up to the buyer to measure the space first.", true],
  ['scolding', 'It is the owner’s responsibility to keep the boiler serviced.', true],
  ['scolding', 'Speed limits are there for a reason.', true],
  ['scolding', "The password was private, so you shouldn't have shared it.", true],
  ['scolding', 'You should really be backing up your photos.', true],
  ['scolding', 'It would have helped if you had sent the receipt first time.', true],
  ['scolding', "If you'd reset it like I said, you'd be online now.", true],
  ['scolding', "It's entirely up to you to decide which option suits you.", false],
  ['scolding', "You shouldn't have been charged, and I have refunded it.", false],
  ['scolding', 'You were told "customers are expected to pay upfront", and that was wrong of us.', false],
  ['scolding', 'Are students expected to check the portal every week?', false],
  ['scolding', "You shouldn't have had to chase us three times.", false],
  ['scolding', "You shouldn't have paid a penny more, so I'm refunding the £20 now.", false],
  ['scolding', 'It is our responsibility to keep you informed, and we did not.', false],
  ['scolding', 'Our terms state that account holders are responsible for keeping their PIN secret.', false],
  ['scolding', 'We would kindly ask guests not to shout at reception staff.', false],
  ['scolding', 'You should really hear from the surveyor by Friday.', false],
  ['scolding', "I'm sorry, it would have been better if we had told you about the fee.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
