import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lint, lintLabels } from '../lint-engine.ts';
import { ISSUE12_S12_RULES } from './issue12-s12.rules.ts';

// Session 12 (issue #12): families written from round 9's misses (tuned-on since this session), each with near misses
// that must stay quiet (reassurance, what was done to the customer, our own act, an apology, a question, a negation).
// The sentences are written for these tests, not copied from any corpus. [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // condescension-waves-it-away: the trouble waved away as small or silly.
  ['condescension', "Honestly, it's not that deep, the app just needs a refresh.", true],
  ['condescension', 'The hold drops off on its own. Nothing to get worked up about.', true],
  ['condescension', "It's only a pre-authorisation, it disappears by itself on Thursday.", false],
  ['condescension', "I'm sorry, it's only a pending charge, but I know it's a worry.", false],
  ['condescension', "It's not only a delay, the parcel was damaged too, so I'm sending a new one.", false],
  ['condescension', 'Is it only a pending payment on your statement?', false],
  // condescension-obvious-fix-or-slow: the obvious fix, or the explanation slowed down.
  ['condescension', 'Have a go at switching your laptop off and on again first.', true],
  ['condescension', 'Restarting the app sorts it nine times out of ten.', true],
  ['condescension', "Is it definitely plugged in? It's usually that.", true],
  ['condescension', "Right, I'll go really slowly this time.", true],
  ['condescension', "I'm happy to walk you through it slowly.", true],
  [
    'condescension',
    "I've already turned the meter off and on again remotely and it didn't help, so an engineer is coming.",
    false,
  ],
  ['condescension', 'The engineer will switch the supply off and back on at 2 pm, so expect a short cut.', false],
  ['condescension', 'The paint dries slowly in winter, so the second coat goes on Monday.', false],
  // condescension-shown-plainly: pointing at where it was written plainly.
  ['condescension', 'The delivery window is displayed prominently at checkout.', true],
  ['condescension', 'The closing time is written very clearly on the door.', true],
  ['condescension', 'The fee is set out plainly in our terms and conditions.', false],
  ['condescension', 'The price should have been shown very clearly at checkout, and it was not.', false],
  ['condescension', "I'll make sure the new dates are displayed prominently on your ticket.", false],
  // scolding-lecture: the lecture on what the customer should (not) do.
  ['scolding', "You shouldn't charge the scooter indoors overnight.", true],
  ['scolding', 'You really should not store the printer in a damp garage.', true],
  ['scolding', 'You need to label your own boxes before the movers arrive.', true],
  ['scolding', 'You should measure the doorway at home before you order a sofa.', true],
  ['scolding', 'You must book the parking space in future.', true],
  ['scolding', "That's what the new card reader does when the chip is dirty.", false],
  ['scolding', "That's what most people do, to be honest.", true],
  ['scolding', 'Read the label, like everyone else does.', true],
  ['scolding', "You shouldn't have to wait this long for a simple repair.", false],
  ['scolding', "You shouldn't be charged for a visit that never happened.", false],
  ['scolding', "You shouldn't worry, the refund is already on its way.", false],
  ['scolding', 'If you need to bring your own helmet, I can lend you one today.', false],
  ['scolding', 'Should you bring your own padlock next time?', false],
  ['scolding', 'You need to bring your ID so I can release the parcel.', false],
  // scolding-we-recommend: the class told its duty by "we recommend".
  ['scolding', 'We recommend that customers read the meter monthly rather than waiting for a bill.', true],
  ['scolding', "We'd advise all tenants to report leaks promptly in future.", true],
  ['scolding', 'We recommend the premium cable for longer runs.', false],
  ['scolding', "I'm sorry; we recommend customers update details in future, but this one was on us.", false],
  // you-statement-wrong-thing: the customer's act with the wrong thing in it.
  ['you_statement_blame', 'You transferred the money to the wrong sort code.', true],
  ['you_statement_blame', "You've called the wrong branch, this is the Leeds one.", true],
  ['you_statement_blame', 'Looking at the order, you picked the wrong colour at checkout.', true],
  ['you_statement_blame', "You've been sent the wrong charger, and I'm posting the right one today.", false],
  ['you_statement_blame', 'You were given the wrong gate number by our staff.', false],
  ['you_statement_blame', 'You ordered a large and we packed the wrong size.', false],
  ['you_statement_blame', "If you think you bought the wrong adapter, I'll swap it for free.", false],
  ['you_statement_blame', 'Did you choose the wrong delivery date?', false],
  // you-statement-unannounced-or-ignored: done without telling anyone, warnings passed over, a limit gone over.
  ['you_statement_blame', 'You moved out without letting us know, so the bills kept coming.', true],
  ['you_statement_blame', 'You cancelled the standing order without telling anyone.', true],
  ['you_statement_blame', 'You ignored both reminder letters we sent.', true],
  ['you_statement_blame', "You've gone over your overdraft limit twice this month.", true],
  ['you_statement_blame', 'You were moved to a new tariff without being told, which is wrong of us.', false],
  ['you_statement_blame', "If you've gone over your limit, I can raise it today.", false],
  ['you_statement_blame', "You went over your allowance because of our billing error, so I've refunded it.", false],
  // you-statement-must-have-been-told: the notice they must have had, the look they did not take.
  ['you_statement_blame', 'You would have received two reminder emails before the renewal.', true],
  ['you_statement_blame', "It would've been in your annual statement.", true],
  ['you_statement_blame', "The dates were on the booking page, you just didn't look.", true],
  ['you_statement_blame', "Are you sure you didn't switch the timer off?", true],
  ['you_statement_blame', "You would have received a reminder, and I'm sorry it never arrived.", false],
  ['you_statement_blame', "You'll have received a confirmation email with the new times.", false],
  ['you_statement_blame', "If you haven't seen the text yet, I'll resend it.", false],
  ['you_statement_blame', "You've read the wrong line on the timetable.", true],
  // you-statement-contradicts: the customer's account contradicted with their own act.
  ['you_statement_blame', 'No, you returned the van on the 9th, not the 8th.', true],
  ['you_statement_blame', 'Well, no, you booked the late slot.', true],
  ['you_statement_blame', "No, you didn't do anything wrong.", false],
  ['you_statement_blame', "No, you won't be charged for the second night.", false],
  ['you_statement_blame', 'No, you paid on time; the late fee is our mistake.', false],
  // excuse-load-or-outside: the load, or something outside, as the reason.
  ['excuse', 'We are currently experiencing much higher than usual call volumes.', true],
  ['excuse', 'The sailing was oversold, so some cars were turned away.', true],
  ['excuse', "The depot's completely swamped this week.", true],
  ['excuse', "The snow hasn't helped matters either.", true],
  ['excuse', "The outage isn't something we can control.", true],
  ['excuse', "It's affecting a number of other banks this morning.", true],
  ['excuse', 'The cut was due to cable works by the local network operator.', true],
  ['excuse', "The depot's swamped, but that's not an excuse and it's on us.", false],
  ['excuse', 'Was the flight overbooked when you checked in?', false],
  ['excuse', "The reset didn't help, so I've booked an engineer for 9 am tomorrow.", false],
  // A recap of the customer's account is not an excuse (ownership.rules.ts excuse-external-cause).
  ['excuse', "To check I've got it right: the lift broke down and nobody came for two days.", false],
  ['excuse', 'The lift broke down, so the engineer was late.', true],
  // refusal-unable-or-closed: inability or a closed door, with nothing offered.
  ['refusal_rigid', "We're unable to lower the deposit.", true],
  ['refusal_rigid', "I'm not able to waive the admin charge.", true],
  ['refusal_rigid', "We won't be reimbursing the taxi.", true],
  ['refusal_rigid', "The manager has looked again and that's her final decision.", true],
  ['refusal_rigid', "Pausing a contract isn't something we offer.", true],
  ['refusal_rigid', "We're unable to lower the deposit, but I can spread it over three months.", false],
  ['refusal_rigid', "I'm not able to waive the charge; alternatively, I can move the date for free.", false],
  ['refusal_rigid', 'Are you unable to access the account?', false],
  // The alternative in its session-12 shapes turns any no into a flexible one (generalized.rules.ts ALTERNATIVE).
  ['refusal_rigid', "The parking fine can't be refunded; I can, however, cover your train fare home.", false],
  ['refusal_rigid', "We don't price match online sellers. I could do you a ten per cent voucher though.", false],
  ['refusal_rigid', 'The cancellation fee stands, but it can be split over three months.', false],
  ['refusal_rigid', "We can't refund the cancellation fee.", true],
  // A flat 'No,' that opens a contradiction or a filler ('no, I mean…') is not the no of a refusal.
  ['refusal_rigid', 'No, you dropped the keys at the other branch.', false],
  ['refusal_rigid', "Ha, no, I mean, fair enough, I'd want answers too.", false],
  ['refusal_rigid', 'No, the deposit is not returnable.', true],
  // A lapse owned 'on our end' or 'on our side' is not blame (empathy.rules.ts OWNED_LAPSE).
  ['blame_company_or_colleague', "That's a booking mistake on our end, and I've fixed it.", false],
  // The time written with an en dash ('3–5 working days'), and the step just authorised (lexicon.ts TIME and COMMIT).
  ['concrete_next_step_with_time', "I've cancelled the fee; you'll see it back in 2–4 days.", true],
  ['concrete_next_step_with_time', 'The credit will appear on your card within 3–5 working days.', true],
  ['concrete_next_step_with_time', "I've authorised a courtesy car from tomorrow at 8am.", true],
  ['concrete_next_step_with_time', "I've authorised the repair, though I can't say when it'll be done.", false],
];

for (const [label, reply, flagged] of CASES) {
  test(`${REPLY_LABELS[label].principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply, {}, null).includes(label), flagged);
  });
}

test('every session-12 finding names its principle and carries a rewrite', () => {
  for (const rule of ISSUE12_S12_RULES) {
    assert.equal(rule.pattern.flags.includes('g'), true, rule.id);
    assert.ok(rule.rewrite.length > 0, rule.id);
  }
  const findings = lint('You ignored both reminder letters we sent.', {}, null);
  const blame = findings.find((f) => f.label === 'you_statement_blame');
  assert.equal(blame?.principle, 'B2');
  assert.ok((blame?.rewrite ?? '').length > 0);
  const lecture = lint("You shouldn't charge the scooter indoors overnight.", {}, null).find(
    (f) => f.label === 'scolding',
  );
  assert.equal(lecture?.principle, 'C2');
});
