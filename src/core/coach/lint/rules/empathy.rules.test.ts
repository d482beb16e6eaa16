import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  ['empathy', "I can see why you're upset; you planned your whole week around that delivery.", true],
  ['empathy', 'Anyone would be frustrated after three missed appointments.', true],
  ['empathy', 'That must have been really stressful with the kids in the car.', true],
  ['empathy', "You're right to be annoyed about that.", true],
  ['empathy', "I don't understand why you're upset.", false],
  ['empathy', 'I understand what you are saying.', false],
  ['sympathy_agreement', "You're not wrong, the new app is a mess.", true],
  ['sympathy_agreement', "Honestly? I can't argue with that.", true],
  ['sympathy_agreement', "Yeah, our delivery partner is useless, I'd never use them myself either.", true],
  ['sympathy_agreement', "You're right to be upset, and I'll fix it now.", false],
  ['sympathy_agreement', 'I understand why that was so frustrating.', false],
  ['blame_company_or_colleague', 'The warehouse team keeps messing up orders like this.', true],
  ['blame_company_or_colleague', "That's on them, the installers we use are sloppy.", true],
  ['blame_company_or_colleague', "The previous agent shouldn't have promised you that.", true],
  ['blame_company_or_colleague', 'Billing handles that, not me.', true],
  ['blame_company_or_colleague', "It's not the driver's fault; that one is on us.", false],
  ['blame_company_or_colleague', "I'm sorry our driver was rude to you.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
