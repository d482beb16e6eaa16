import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['apology', "I'm so sorry about this.", true],
  ['apology', 'Apologies for the wait on the line.', true],
  ['apology', 'We regret the trouble this caused.', true],
  ['apology', "I'm not going to apologize for the rules.", false],
  ['apology', "There's no need to apologize, you did nothing wrong.", false],
  ['apology', 'Your parcel left the depot this morning.', false],
  ['apology_specific', "I'm sorry your card was charged twice this month.", true],
  ['apology_specific', 'So sorry about the cracked screen on your new phone.', true],
  ['apology_specific', 'I apologize that nobody called you back yesterday.', true],
  ['apology_specific', 'Sorry to hear about your cancelled flight.', true],
  ['apology_specific', 'Sorry for the inconvenience.', false],
  ['apology_specific', "I'm sorry to hear that.", false],
  ['apology_specific', "I'm sorry, but the fee stands.", false],
  ['apology_specific', "I'm sorry you feel that way.", false],
  // non-apology-experience (session 6): sorry for the customer's experience, not for what happened; near misses own the
  // failure or apologise for the event itself.
  ['non_apology', 'We regret that your meal did not meet your expectations.', true],
  ['non_apology', "I'm sorry you found the appointment upsetting.", true],
  ['non_apology', 'Sorry to hear you had a rough night in room 12.', true],
  ['non_apology', "Sorry you've been so anxious about the transfer.", true],
  ['non_apology', "I'm sorry this isn't the answer you were hoping for.", true],
  ['non_apology', 'Sorry your daughter was so disappointed at the party.', true],
  ['apology', 'Sorry to hear you had a rough night in room 12.', false],
  ['non_apology', 'Sorry you had a rough night, and the alarm going off at 3am was our fault.', false],
  ['non_apology', "I'm sorry the engineer didn't turn up on Tuesday.", false],
  ['non_apology', "I'm sorry we kept you waiting so long.", false],
  ['thanks', 'Thanks for flagging this so quickly.', true],
  ['thanks', 'I really appreciate your patience with us.', true],
  ['thanks', 'Thanks to the storm, every flight is late.', false],
  ['thanks', 'No thanks are needed.', false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
