import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // restatement-clarify-lead-in (session 6): check-back lead-ins and tags; near misses ask only for a detail.
  ['restatement', 'Just so I have it right: the van came twice and left both times without the sofa.', true],
  ['restatement', "Just so I'm clear, you were billed for a line you closed in May.", true],
  ['restatement', "Just to confirm I've understood you: the fridge stopped cooling a day after the repair.", true],
  ['restatement', "I'd like to get this clear first. The boiler cut out on Friday and nobody has called since.", true],
  ['restatement', "You've been charged for a parking permit you never applied for, is that right?", true],
  ['restatement', "Just so I've got it right: the refund went to a card you closed in March.", true],
  ['restatement', "Just so I'm sure, the pack was bought today and the balance never changed?", true],
  ['restatement', 'I understand your claim is for a phone stolen from your car on 2 June.', true],
  ['restatement', 'Can I just confirm: what is your postcode?', false],
  ['restatement', 'Just so I have your details right, which email should I use?', false],
  ['restatement', 'So you ordered the blue one, and the grey one arrived twice.', true],
  ['restatement', 'Just to make sure I have it right: the engineer never came, and nobody called.', true],
  ['restatement', "If I've got this right, the charge appeared after you cancelled.", true],
  ['restatement', 'So you can pick it up from tomorrow.', false],
  ['restatement', 'I can do that so it arrives sooner.', false],
  ['condescension', "It's not rocket science, you just click the button.", true],
  ['condescension', 'Everyone knows how interest works.', true],
  ['condescension', 'Do you need me to draw you a map?', true],
  ['condescension', "It's right there on the checkout page, in large letters.", true],
  ['condescension', "It's not that I doubt you; I'll check the log.", false],
  ['condescension', 'The button is on the checkout page; I can apply the code for you.', false],
  ['scolding', 'You should have read the terms before booking.', true],
  ['scolding', "If you'd set a safe place, this wouldn't have happened.", true],
  ['scolding', 'You were supposed to return it within 14 days.', true],
  ['scolding', 'Next time, pick express shipping.', true],
  ['scolding', "You should have been told about the fee, and I'm sorry you weren't.", false],
  ['scolding', 'You should receive the refund by Friday.', false],
  ['scolding', "It's not your fault at all.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
