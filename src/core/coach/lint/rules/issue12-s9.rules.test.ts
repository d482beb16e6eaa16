import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lint, lintLabels } from '../lint-engine.ts';
import { ISSUE12_S9_RULES } from './issue12-s9.rules.ts';

// Session 9 (issue #12): families written from the shapes several writers share, each with near misses that must stay
// quiet (an apology for our own slip, policy cited, our own next step, a question, quoted or reported speech, a
// negation). The sentences are written for these tests, not copied from any corpus. [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // blame-insider-wrongdoing: a team or colleague named with what they did wrong.
  ['blame_company_or_colleague', 'The adviser you spoke to gave you the wrong renewal date.', true],
  ['blame_company_or_colleague', 'Our lettings department misfiled the deposit paperwork.', true],
  ['blame_company_or_colleague', 'The night porter never passed your message on.', true],
  ['blame_company_or_colleague', "The fitter on site didn't follow the safety checklist.", true],
  ['blame_company_or_colleague', 'The counter staff should never have promised that.', true],
  ['blame_company_or_colleague', "Branch staff aren't trained on the new card readers.", true],
  ['blame_company_or_colleague', 'Our refunds desk has been really slow this month.', true],
  ['blame_company_or_colleague', 'The accounts team has a huge backlog of claims.', true],
  ['blame_company_or_colleague', 'That technician has had complaints before.', true],
  ['blame_company_or_colleague', 'Dispatch mixed up the two orders.', true],
  [
    'blame_company_or_colleague',
    "I'm sorry our installer damaged the skirting board; we'll pay for the repair.",
    false,
  ],
  ['blame_company_or_colleague', "I'm sorry the courier team didn't call ahead.", false],
  ['blame_company_or_colleague', 'If the porter mixed up the keys, I will send a spare set today.', false],
  ['blame_company_or_colleague', 'Did the adviser give you the wrong renewal date?', false],
  ['blame_company_or_colleague', 'It has been reported to the claims team and they will call you today.', false],
  ['blame_company_or_colleague', "It wasn't the adviser's fault; the system showed the old price.", false],
  ['blame_company_or_colleague', 'Our drivers are not allowed to carry parcels upstairs.', false],
  // blame-insider-passive: the failure put on a team in the passive voice.
  ['blame_company_or_colleague', 'The discount was never applied by our billing team.', true],
  ['blame_company_or_colleague', 'Your form was keyed in wrongly by a colleague in admissions.', true],
  ['blame_company_or_colleague', 'Both tickets were closed by our support desk without a reply.', true],
  ['blame_company_or_colleague', 'The discount was applied by our billing team this morning.', false],
  ['blame_company_or_colleague', 'The planning department keeps losing our paperwork.', true],
  ['blame_company_or_colleague', 'Head office keep changing the rota without asking.', true],
  ['blame_company_or_colleague', 'The new receptionist is still learning, to be fair.', true],
  ['blame_company_or_colleague', 'The support team keeps you updated by text.', false],
  // condescension-easy-or-obvious: the thing called easy or plain, the trouble theirs.
  ['condescension', 'The booking screen is really straightforward.', true],
  ['condescension', 'The settings menu is pretty self-explanatory.', true],
  ['condescension', "It's the easiest bit of the whole app.", true],
  ['condescension', "Batteries drain faster in the cold, that's just physics.", true],
  ['condescension', 'The clue is in the name: it only heats the water.', true],
  ['condescension', 'Roaming charges apply abroad, which is standard across the industry.', true],
  ['condescension', "I'll keep the steps really simple for you.", false],
  ['condescension', "I'm sorry the form isn't very clear; I've filled it in for you.", false],
  ['condescension', 'Is the booking screen really that confusing?', false],
  ['condescension', "It's completely understandable to be confused, the letter wasn't very clear.", false],
  // condescension-already-told: what was already said or sent, pointed at.
  ['condescension', 'As I already explained, the charge is for the extra bag.', true],
  ['condescension', "I've already sent you the form twice.", true],
  ['condescension', "The opening hours? They're all set out on the page you booked from.", true],
  ['condescension', "The gate number is on your boarding pass, it's on the ticket.", true],
  ['condescension', 'As stated in our terms, deposits are held for 14 days.', false],
  ['condescension', "Sorry, I've already sent you the wrong form twice.", false],
  ['condescension', "As you'll recall from the welcome pack, the gym shuts at ten.", true],
  ['condescension', 'Bank transfers are, of course, never instant.', true],
  ['condescension', "The size is printed on the label, it's on the label.", true],
  ['condescension', "Delivery is free, and it's standard for every order over £20.", false],
  ['condescension', "It's on every letter, and you should have read it.", false],
  ['condescension', 'It only takes a minute to fill in.', true],
  // scolding-next-time-tip: the tip pinned to next time, the standing instruction with a when.
  ['scolding', 'Next time, photograph the meter before you leave.', true],
  ['scolding', 'Please keep the receipt somewhere safe in future.', true],
  ['scolding', 'Worth knowing for next time: the app shows the cut-off.', true],
  ['scolding', 'Please double-check the postcode before paying.', true],
  ['scolding', 'Please make sure your contact number is up to date.', true],
  ['scolding', "Next time we'll ring you before the engineer sets off.", false],
  ['scolding', 'Next time you call, please ask for me by name.', false],
  ['scolding', "Please check your spam folder; I've resent the link.", false],
  ['scolding', 'Please make sure the engineer can get in before 10 so he can fit the meter.', false],
  // scolding-standing-rule: the rule in the passive, the sentence opening with always or never, our standing advice.
  ['scolding', 'Boilers should really be serviced every year.', true],
  ['scolding', 'Spare keys should never be handed out to neighbours.', true],
  ['scolding', 'Always lock the app when you lend someone your phone.', true],
  ['scolding', 'We always recommend backing up before an update.', true],
  ['scolding', 'You were warned not to plug it into the car charger.', true],
  ['scolding', 'Your refund should be processed within five days.', false],
  ['scolding', 'Never mind the form, I have sorted it.', false],
  ['scolding', 'Notice should always be given, and we failed to give it.', false],
  ['scolding', 'Claims must be submitted within 28 days under the scheme rules.', false],
  ['scolding', 'So you were told to wait at home all day, and nobody came.', false],
  // scolding-customer-duty: the customer's own duty spelled out.
  ['scolding', 'Check the expiry date on your railcard before every trip.', true],
  ['scolding', 'You should keep the warranty card with the receipt.', true],
  ['scolding', 'Visitors must ensure their lights work after dark.', true],
  ['scolding', "It's best to photograph the car when collecting it.", true],
  ['scolding', 'Our terms say account holders are responsible for their PIN.', false],
  ['scolding', 'Priority customers should be called first, and we failed to call you.', false],
  ['scolding', 'Check your inbox: I will send the code in a moment.', false],
  // sympathy-candid-putdown: a sentence opening on candour that runs into a put-down.
  ['sympathy_agreement', 'Honestly, the new booking app is a mess.', true],
  ['sympathy_agreement', 'Thanks for the photos. Yeah, that finish is pretty poor for a new kitchen.', true],
  ['sympathy_agreement', 'Tbh the wait times this winter have been awful.', true],
  ['sympathy_agreement', "Honestly, it's not that bad once the update installs.", false],
  ['sympathy_agreement', 'Honestly, is the new booking app really that bad?', false],
  // sympathy-shared-view: the agent shares the customer's view of the company.
  ['sympathy_agreement', 'I think the parking charges are steep too.', true],
  ['sympathy_agreement', 'It looks that way to me as well.', true],
  ['sympathy_agreement', "I can't deny it, the queue system has gone downhill.", true],
  ['sympathy_agreement', "I'd be upset too if my holiday started like that.", false],
  ['sympathy_agreement', "I think you'll like the new plan too.", false],
  // excuse-short-handed-or-broke-down: short-handed, booked solid, a breakdown or fault, "a network thing".
  ['excuse', 'We had three drivers off sick this week.', true],
  ['excuse', 'The fitters are booked solid with the flood repairs.', true],
  ['excuse', 'The lorry had a gearbox breakdown on the way.', true],
  ['excuse', "There's a known fault with the latest firmware.", true],
  ['excuse', 'We had two fitters off, but that is on us, not on you.', false],
  ['excuse', 'Had the van had a breakdown, we would have texted you?', false],
  ['excuse', "The installer? They're a separate company, so it's out of our hands.", true],
  ['excuse', 'Demand for the Saturday slots has been really high.', true],
  ['excuse', 'The trains were packed because of the festival.', true],
  ['excuse', 'Demand for the Saturday slots has been really high, but that is on us to plan for.', false],
  // vague-promise-look-into-something: looking into something with no time and no outcome.
  ['vague_promise', "We'll look into a goodwill payment for the missed day.", true],
  ['vague_promise', 'The accounts team will look at reversing the fee.', true],
  ['vague_promise', "We'll share your comments with the store.", true],
  ['vague_promise', 'We will continue to monitor the roadworks.', true],
  ['vague_promise', "We'll look into a goodwill payment and reply by Friday at noon.", false],
  ['vague_promise', 'Would you like us to look into a refund for the ticket?', false],
  // you-statement-act-as-cause: the customer's own past act put as the cause.
  ['you_statement_blame', 'You paid with a card that had expired, so the order was held.', true],
  ['you_statement_blame', 'You parked in a bay reserved for residents, which is why the fine was issued.', true],
  ['you_statement_blame', 'Well, you posted the form second class, so it arrived after the deadline.', true],
  ['you_statement_blame', 'Well, you travelled all that way and the museum was shut, so the day was wasted.', false],
  ['you_statement_blame', 'You paid with a card that had expired, so was the order held?', false],
];

for (const [label, reply, flagged] of CASES) {
  test(`${REPLY_LABELS[label].principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply, {}, null).includes(label), flagged);
  });
}

test('every session-9 finding names its principle and carries a rewrite', () => {
  for (const rule of ISSUE12_S9_RULES) {
    assert.equal(rule.pattern.flags.includes('g'), true, rule.id);
    assert.ok(rule.rewrite.length > 0, rule.id);
  }
  const findings = lint('The adviser you spoke to gave you the wrong renewal date.', {}, null);
  const blame = findings.find((f) => f.label === 'blame_company_or_colleague');
  assert.equal(blame?.principle, 'A3');
  assert.match(blame?.rewrite ?? '', /on us/);
});
