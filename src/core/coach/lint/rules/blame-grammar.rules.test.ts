import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

/**
 * The grammar of blame and of telling off, by family (B2 you_statement_blame, C2 scolding), with near misses. Written
 * for the project from the label definitions; none is copied from an evaluation or training set.
 */
type Case = [family: string, reply: string, flagged: boolean];

const BLAME: Case[] = [
  // You didn't / failed to / forgot to: the omission that caused it.
  ['omission', "You didn't send the meter photo, so the bill was estimated.", true],
  ['omission', 'Our records show you never returned the signed mandate.', true],
  ['omission', 'You forgot to switch off the old direct debit.', true],
  ['omission', 'It renewed because you did not cancel before the 3rd.', true],
  // Inferred fault: must have, probably.
  ['inferred', 'You must have typed the postcode in twice.', true],
  ['inferred', "You've probably left the tap running overnight.", true],
  ['inferred', 'Nobody else has the code, so it must have been you.', true],
  // The choice that caused it.
  ['choice', 'You ticked the box for paper statements, not e-statements.', true],
  ['choice', "It's because you went over your fair-use limit.", true],
  ['choice', 'You did agree to the price on the phone, it is recorded.', true],
  ['choice', 'You keep entering the old PIN.', true],
  ['choice', 'You were late for the 9:00 slot.', true],
  // A flat "You + past" that opens the sentence as the cause.
  ['flat fault', 'You parked in a resident bay, sir. The warden saw the permit was missing.', true],
  ['flat fault', 'You dropped the handset in the bath.', true],
  ['flat fault', "You weren't in when the engineer knocked, so the visit was closed.", true],
  // The customer's thing at fault.
  ["customer's thing", 'Your case was over the 23 kg allowance.', true],
  ["customer's thing", 'Your passport was expired on the day of travel.', true],
  // "You should have" tells them off (C2 scolding) rather than blames (session 6: dev, the blind set and rounds 2 and 3,
  // four writers, label it scolding only).
  ['should have (scolding)', 'You should have kept the receipt.', false],
  // Near misses: retelling what went wrong for them, owning it, asking, describing.
  ['retelling', 'You ordered the oak table on the 3rd and it still has not arrived.', false],
  ['retelling', "You've been charged twice for one delivery; I'm refunding it now.", false],
  ['retelling', "So you booked the quiet room and you're next to the lift.", false],
  ['owning', "I'm sorry, you didn't get the email because we sent it to an old address.", false],
  ['asking', 'Did you tick the box for paper statements?', false],
  ['describing', 'The contract, which you signed online, runs to May.', false],
  ['describing', "I'll send the bits you missed from the webinar.", false],
  ['information', "You've used 3 GB of your 5 GB allowance so far.", false],
  ['praise', "Thanks, you've probably saved other customers the same trouble.", false],
  ['boundary', "I'm on your side, and I'd prefer you didn't call me names.", false],
  ['should have been', 'You should have been told about the fee at the start.', false],
];

const SCOLDING: Case[] = [
  ['should have', 'You should have kept the receipt.', true],
  // From now on: in future / going forward / next time.
  ['from now on', "In future we'd recommend booking at least a fortnight ahead.", true],
  ['from now on', "Going forward, you'll want to keep the box until you're sure.", true],
  ['from now on', 'Please read the care label more carefully next time.', true],
  ['from now on', 'Maybe try ordering earlier next time!', true],
  ['from now on', 'Please make sure it does not happen again.', true],
  ['from now on', 'Label the parcel clearly or this will happen again.', true],
  // A duty with when or how often.
  ['duty', 'You need to top up before the balance hits zero.', true],
  ['duty', "You'll need to book the slot in advance.", true],
  ['duty', 'You should check your statements regularly to avoid this.', true],
  ['duty', 'Tenants should report leaks straight away.', true],
  ['duty', "We'd appreciate it if you'd follow the parking rules.", true],
  // Lecturing with a rule of thumb.
  ['rule of thumb', 'Always keep the original packaging.', true],
  ['rule of thumb', "It's always worth double-checking the address.", true],
  ['had you', "If you had registered the warranty, you wouldn't have paid for this.", true],
  // Near misses: the agent's own promise, a friendly close, an instruction with no telling-off.
  ['own promise', "I'll make sure it doesn't happen next time.", false],
  ['own promise', "Next time you call, I'll have the notes ready for you.", false],
  ['friendly', 'See you next time, and enjoy the new bike!', false],
  ['instruction', 'To reset it, hold the button for ten seconds.', false],
  ['promise to them', 'You should receive the refund within five working days.', false],
];

const check = (label: ReplyLabel, cases: Case[]) => {
  for (const [family, reply, flagged] of cases) {
    test(`${label} ${family}: ${JSON.stringify(reply)} ${flagged ? 'is' : 'is not'} flagged`, () => {
      assert.equal(lintLabels(reply).includes(label), flagged, lintLabels(reply).join(', '));
    });
  }
};
// A3 blame: a colleague or team that failed, active or passive, without a put-down.
const BLAME_COMPANY: Case[] = [
  ['meant to and did not', 'The site manager was supposed to phone you on Monday and never did.', true],
  ['should have', 'Our packer should have checked the seal.', true],
  ['the wrong one', 'The night porter put your case in the wrong room.', true],
  ['without checking', 'The sales team launched the offer without checking the stock.', true],
  ['in error', 'Our reservations desk cancelled it in error.', true],
  ['somebody in', 'Somebody in billing cancelled it by mistake.', true],
  ['passive', 'Your claim was passed to the wrong department and sat in their queue for a month.', true],
  ['passive', 'The engineer visit was never booked.', true],
  ['owning it', 'Your refund went to the wrong account, and that is our mistake.', false],
  ['a promise', 'Our engineer will call you by 5pm.', false],
];

// A4 excuse: the cause put outside, or on a busy, short or unlucky day.
const EXCUSE: Case[] = [
  ['run by others', "Deliveries are handled by an external courier, which we can't influence.", true],
  ['they decide', "Our supplier sets the prices, so we can't change them.", true],
  ['their side', 'The hotel cancelled it on their end.', true],
  ['their fault', "It's the installer's fault, not ours.", true],
  ['busy', 'Sunday lunchtimes are always rammed.', true],
  ['short', 'We were three drivers short last night.', true],
  ['maintenance', 'Sorry, the lift is out due to planned maintenance.', true],
  ['luck', "Just bad luck, I'm afraid.", true],
  ['owning it', 'Our courier lost it, and that is on us; a new one goes out today.', false],
  ['plain fact', 'Your parcel is with the courier and arrives tomorrow.', false],
];

check('you_statement_blame', BLAME);
check('scolding', SCOLDING);
check('blame_company_or_colleague', BLAME_COMPANY);
check('excuse', EXCUSE);

// L1: a reply that starts with "Okay," or "I'm sorry," and then solves is solving, not acknowledging, when the customer
// broke off mid-clause.
const CUT_OFF = 'I paid for next-day delivery, stayed in all day, and when I rang your depot they';
const INTERRUPTING: Array<[reply: string, flagged: boolean]> = [
  ["Okay, I'll send a replacement out today.", true],
  ['Oh, I can see the order, let me chase the depot.', true],
  ["I'm sorry, I'll refund the delivery charge.", true],
  ['Right, what would you like, a refund?', true],
  ['Okay. Go on, I am listening.', false],
  ["Oh no, I'm so sorry.", false],
];
for (const [reply, flagged] of INTERRUPTING) {
  test(`interrupting_solution after a cut-off rant: ${JSON.stringify(reply)} ${flagged ? 'is' : 'is not'} flagged`, () => {
    const labels = lintLabels(reply, { customerMessage: CUT_OFF });
    assert.equal(labels.includes('interrupting_solution'), flagged, labels.join(', '));
  });
}
