import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['ownership', "That's our mistake, and I'm fixing it now.", true],
  ['ownership', 'We take full responsibility for the missed pickup.', true],
  ['ownership', 'We dropped the ball on this one.', true],
  ['ownership', "I'm taking this over personally.", true],
  ['ownership', "That's not our fault.", false],
  ['ownership', 'The fee is on your statement.', false],
  ['excuse', "We're really short-staffed this week.", true],
  ['excuse', 'The delay was outside our control.', true],
  ['excuse', "Our systems were having a glitch this morning, it's happening to everyone.", true],
  ['excuse', 'Prices went up across the board this year.', true],
  ['excuse', "That glitch was our mistake, and I've fixed it.", false],
  ['excuse', "I've rebooked you on the 6 pm flight.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
