import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['i_statement_boundary', "I want to help, and I'd appreciate it if we could keep this respectful.", true],
  ['i_statement_boundary', "I won't be spoken to like that, but I'm still here to fix this.", true],
  ['i_statement_boundary', "I'm finding it hard to concentrate with the name-calling.", true],
  ['i_statement_boundary', 'You need to show some respect.', false],
  ['i_statement_boundary', 'I need your account number, please.', false],
  ['you_statement_blame', "You're being extremely rude.", true],
  ['you_statement_blame', 'You need to watch your tone.', true],
  ['you_statement_blame', "You can't talk to me like that.", true],
  ['you_statement_blame', "I'm not going to say you're being unreasonable.", false],
  ['you_statement_blame', "You're not wrong to be annoyed.", false],
  ['you_statement_blame', "You said this 'f***ing app' crashed twice; I'll look at the crash log.", false],
  ['calm_down', 'Please calm down.', true],
  ['calm_down', "Okay, let's just relax for a second.", true],
  ['calm_down', 'Take a deep breath, we will sort it.', true],
  ['calm_down', "I'm not going to tell you to calm down; you have every reason to be angry.", false],
  ['calm_down', 'Your room has a relaxing view of the bay.', false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
