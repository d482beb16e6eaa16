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
