import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// Paraphrases written for generalization (not taken from any dataset): [label, reply, flagged?].
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // A3 violated: blaming the company or a colleague.
  // Issue #12 (session 7): an outside party run down is an excuse, not blame (never-tuned README; writer-r, rounds 2–3).
  ['blame_company_or_colleague', 'Our delivery partner has been hopeless lately, I wish we could drop them.', false],
  [
    'blame_company_or_colleague',
    "The warehouse team keeps sending out the wrong sizes, it's not the first time.",
    true,
  ],
  ['blame_company_or_colleague', 'Honestly, the guys in billing couldn’t organise a piss-up in a brewery.', true],
  ['blame_company_or_colleague', 'That was the previous advisor, she gave you the wrong information.', true],
  ['blame_company_or_colleague', 'Whoever took your call last time clearly didn’t read your notes.', true],
  ['blame_company_or_colleague', 'I can see the store messed up your order, they do that a lot.', true],
  ['blame_company_or_colleague', "IT rolled out that update without telling anyone, so don't blame me.", true],
  // Issue #12 (session 7): an outside party run down is an excuse, not blame (never-tuned README; writer-r, rounds 2–3).
  ['blame_company_or_colleague', 'The courier we use is terrible, they lose parcels every week.', false],
  ['blame_company_or_colleague', "Management decided that, not me, I'm just passing it on.", true],
  ['blame_company_or_colleague', 'The engineers who built this app never think about real users.', true],
  ['blame_company_or_colleague', 'Our night staff are pretty careless with keys, to be fair.', true],
  ['blame_company_or_colleague', "My colleague should've cancelled it when you first asked.", true],
  ['blame_company_or_colleague', 'The tech who came out obviously did a rubbish job.', true],
  ['blame_company_or_colleague', 'Our head office makes these rules up and we have to deal with the fallout.', true],
  ['blame_company_or_colleague', "That's the booking team's mess, not ours.", true],
  // Issue #12 (session 7): an outside party run down is an excuse, not blame (never-tuned README; writer-r, rounds 2–3).
  ['blame_company_or_colleague', 'The contractors we hire are useless half the time.', false],
  [
    'blame_company_or_colleague',
    "Sorry, that's really a question for the claims people, they handle it, not me.",
    true,
  ],
  ['blame_company_or_colleague', 'The kitchen messed up your order again, typical.', true],
  ['blame_company_or_colleague', "I'm not blaming you at all; let me fix the charge now.", false],
  ['blame_company_or_colleague', 'Our team made a mistake, and I am fixing it now.', false],
  ['blame_company_or_colleague', 'I will ask the warehouse to send a replacement today.', false],
  ['blame_company_or_colleague', 'Our technician will arrive between 9 and 11 tomorrow.', false],
  // A3 violated: joining in the condemnation.
  ['sympathy_agreement', "Honestly, I'd be annoyed with us too, the app is a disaster.", true],
  ['sympathy_agreement', "You've got a point, our support line is painfully slow.", true],
  ['sympathy_agreement', "Yeah, it's a joke, I know.", true],
  ['sympathy_agreement', 'I completely agree, this company has gone downhill.', true],
  ['sympathy_agreement', 'Fair enough, our website really is awful.', true],
  ['sympathy_agreement', "Trust me, I've complained about that system myself.", true],
  ['sympathy_agreement', "Can't say I blame you, the new app is rubbish.", true],
  ['sympathy_agreement', "You're dead right, the whole process is a shambles.", true],
  ['sympathy_agreement', 'Totally agree with you, the courier is hopeless.', true],
  ['sympathy_agreement', "Ha, believe me, you're preaching to the choir.", true],
  ['sympathy_agreement', "I know, it's ridiculous how long refunds take here.", true],
  ['sympathy_agreement', 'Exactly, I keep telling my manager the same thing.', true],
  ['sympathy_agreement', "You're right that we promised a callback, and I'm sorry we didn't make it.", false],
  ['sympathy_agreement', 'I understand why you feel let down, and I want to fix it.', false],
  ['sympathy_agreement', 'I agree this needs fixing today, so I have escalated it.', false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
