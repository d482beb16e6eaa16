import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['concrete_next_step_with_time', "I'll call you back by 4 pm today.", true],
  ['concrete_next_step_with_time', 'A technician will be there on Thursday between 8 and 12.', true],
  ['concrete_next_step_with_time', "I've issued the refund of $42.50; it'll show within 3 business days.", true],
  ['concrete_next_step_with_time', "We'll update you as soon as we can.", false],
  ['concrete_next_step_with_time', 'Would you like me to call you tomorrow?', false],
  ['concrete_next_step_with_time', 'Most applications take about six weeks.', false],
  ['name_and_number', "I'm Priya, and my direct line is 555-0100.", true],
  ['name_and_number', 'My name is Tom; email me at tom@example.com.', true],
  ['name_and_number', 'You can reach our helpline at 1-800-555-0100.', false],
  ['name_and_number', "I'm Sorry to hear that, call 555-0100.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
