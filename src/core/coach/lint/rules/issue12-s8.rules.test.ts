import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { detectVenting } from '../../../signals/venting.ts';
import { lintLabels } from '../lint-engine.ts';

// Session 8 (issue #12): families written from the shapes several writers share, each with near misses that must stay
// quiet (ownership, policy in the customer's favour, a firm no with an alternative, quoted speech, negations). The
// sentences are written for these tests, not copied from any corpus. [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // scolding-class-duty: the lecture addressed to customers as a class, the duty put on them, "shouldn't have done that".
  ['scolding', "We'd always advise borrowers never to sign before reading the offer.", true],
  ['scolding', 'We would gently remind tenants to report damp as soon as they see it.', true],
  ['scolding', 'We would always advise keeping the packaging for thirty days.', true],
  ['scolding', 'Learners are expected to check the portal every week.', true],
  ['scolding', 'Hirers are responsible for checking the fuel level before leaving.', true],
  ['scolding', "It's really up to the buyer to measure the space first.", true],
  ['scolding', 'It is the owner’s responsibility to keep the boiler serviced.', true],
  ['scolding', 'Speed limits are there for a reason.', true],
  ['scolding', "The password was private, so you shouldn't have shared it.", true],
  ['scolding', 'You should really be backing up your photos.', true],
  ['scolding', 'It would have helped if you had sent the receipt first time.', true],
  ['scolding', "If you'd reset it like I said, you'd be online now.", true],
  ['scolding', "It's entirely up to you to decide which option suits you.", false],
  ['scolding', "You shouldn't have been charged, and I have refunded it.", false],
  ['scolding', 'You were told "customers are expected to pay upfront", and that was wrong of us.', false],
  ['scolding', 'Are students expected to check the portal every week?', false],
  ['scolding', "You shouldn't have had to chase us three times.", false],
  ['scolding', "You shouldn't have paid a penny more, so I'm refunding the £20 now.", false],
  ['scolding', 'It is our responsibility to keep you informed, and we did not.', false],
  ['scolding', 'Our terms state that account holders are responsible for keeping their PIN secret.', false],
  ['scolding', 'We would kindly ask guests not to shout at reception staff.', false],
  ['scolding', 'You should really hear from the surveyor by Friday.', false],
  ['scolding', "I'm sorry, it would have been better if we had told you about the fee.", false],
  // condescension-presumed-grasp: understanding presumed or denied, the explanation dumbed down, the point already
  // plain, the norm they are out of step with, the crowd who get it wrong.
  ['condescension', "As I'm sure you'll appreciate, a survey can't see inside the walls.", true],
  ['condescension', "I don't think you quite understand how the excess works.", true],
  ['condescension', 'You may not be familiar with how pension transfers are valued.', true],
  ['condescension', "I'll keep this as simple as possible for you: the meter reads itself.", true],
  ['condescension', 'The exit is clearly signposted from the car park.', true],
  ['condescension', 'The wifi code is on the back of the door, like in every other flat.', true],
  ['condescension', 'The postcode field trips a lot of people up.', true],
  ['condescension', "I'm sure you'll be relieved to hear the refund has gone through.", false],
  ['condescension', "I'm sorry the fee wasn't clearly marked on the booking page.", false],
  ['condescension', "The exit should have been clearly signposted, and that's on us.", false],
  ['condescension', "That's not how it should work, and I've refunded the charge.", false],
  ['condescension', 'Like every other customer on the affected flight, you will receive a full refund today.', false],
  ['condescension', 'I may have misunderstood what you need; could you tell me a bit more?', false],
  // you-statement-guess-cause-record: the guess at what they did, the you-clause that is the cause, the record read out
  // against them, their manner judged as a pattern.
  ['you_statement_blame', 'You may have ticked the wrong date when you booked.', true],
  ['you_statement_blame', "You'll have entered the old sort code.", true],
  ['you_statement_blame', 'You probably missed the text we sent.', true],
  ['you_statement_blame', 'You left the window open overnight, which is why the sensor tripped.', true],
  ['you_statement_blame', "If you didn't charge it first, that's why it won't start.", true],
  ['you_statement_blame', 'Our records show you cancelled the direct debit in March.', true],
  ['you_statement_blame', "You've been talking over me since the start of the call.", true],
  ['you_statement_blame', "You'll have received our letter by now.", false],
  ['you_statement_blame', 'You may have noticed the new branding on the app.', false],
  ['you_statement_blame', 'Our records show you paid on time, so I have removed the late fee.', false],
  ['you_statement_blame', "You waited three hours for nothing, which is why I've credited £30.", false],
  ['you_statement_blame', "You were kept waiting for an hour, and that's why you're upset, which I understand.", false],
  ['you_statement_blame', "So you've been charged twice because our system shows your card as new?", false],
  ['you_statement_blame', "I'm sorry, you may have keyed the code correctly and our page rejected it.", false],
  // blame-inside-slipped: a team or role inside the company named as the one who slipped, or the fault handed to them.
  ['blame_company_or_colleague', 'The refunds team keyed the wrong amount twice.', true],
  ['blame_company_or_colleague', 'Our dispatch team forgot the second box.', true],
  ['blame_company_or_colleague', 'The onboarding team has been mixing up the welcome packs.', true],
  ['blame_company_or_colleague', 'Admissions should have sent the offer letter in June.', true],
  ['blame_company_or_colleague', 'The back office is always slow with transfers.', true],
  ['blame_company_or_colleague', 'Refund holds are set by the risk team, not us.', true],
  ['blame_company_or_colleague', "I'm sorry, our dispatch team should have sent the second box.", false],
  [
    'blame_company_or_colleague',
    'That was our error: the refunds team keyed the wrong amount, and I have corrected it.',
    false,
  ],
  ['blame_company_or_colleague', "If the refunds team missed your form, I'll process it today.", false],
  ['blame_company_or_colleague', "So you're saying the dispatch team forgot the second box?", false],
  ['blame_company_or_colleague', "I'm really sorry, and it shouldn't have happened.", false],
  ['blame_company_or_colleague', 'The courier company we use lost the parcel in transit.', false],
  [
    'blame_company_or_colleague',
    "The decision was made by the risk team and I'm passing your appeal on to them for you.",
    false,
  ],
  // refusal-flat-decision: the flat no with nothing offered, the decision said to stand, the passive no.
  ['refusal_rigid', "We don't restore deleted playlists.", true],
  ['refusal_rigid', 'We are therefore unable to refund the booking fee.', true],
  ['refusal_rigid', 'The penalty has been reviewed and will stand.', true],
  ['refusal_rigid', 'We consider this matter closed.', true],
  ['refusal_rigid', 'Your cancelled order cannot be reinstated.', true],
  ['refusal_rigid', 'Refunds are never issued on sale items.', true],
  ['refusal_rigid', "We don't restore deleted playlists, but I can rebuild it from your history today.", false],
  ['refusal_rigid', 'We are unable to refund the booking fee; what I can do is move your dates for free.', false],
  ['refusal_rigid', "I won't keep going if the name-calling continues, and I do want to sort this.", false],
  ['refusal_rigid', 'Your claim stays with me until it is closed.', false],
  ['refusal_rigid', 'He will not be given your new address.', false],
  ['refusal_rigid', 'They said the order cannot be reinstated, so I checked, and it can: it is back on.', false],
  ['refusal_rigid', 'If the fee is not refunded by Friday, call me on 0161 496 0000.', false],
  // sympathy-agree-and-join-in: agreement beside a put-down of the company, or the agent's own grievance shared.
  ['sympathy_agreement', 'Agreed, our booking page is a total mess.', true],
  ['sympathy_agreement', "It's hard to disagree, the parking charges are daylight robbery.", true],
  ['sympathy_agreement', "You're spot on, the app is basically broken.", true],
  ['sympathy_agreement', 'Honestly, we ask ourselves the same thing.', true],
  ['sympathy_agreement', "I've been telling my manager for months.", true],
  ['sympathy_agreement', "Doesn't surprise me, the left hand doesn't know what the right is doing.", true],
  ['sympathy_agreement', "I agree you should have had a call, and I've booked one for 3pm today.", false],
  ['sympathy_agreement', "I'm with you on wanting this fixed before the weekend.", false],
  ['sympathy_agreement', 'Fair point, the letter could have been clearer, and I have rewritten it for you?', false],
  ['sympathy_agreement', "I don't agree that our staff are useless, but I do see the delay hurt.", false],
  ['sympathy_agreement', 'The branch told you "we ask ourselves the same thing", and that was not good enough.', false],
  // Precision (rubric C2 on the tuned-on conversations): a boundary, a fault report, a misinformed customer and a
  // restated need are no condescension or scolding.
  ['condescension', 'You need to stop swearing at me, sir.', false],
  ['condescension', "I'll ask one more time that we keep it civil.", false],
  ['scolding', "It's the broadband team calling back about your fault from earlier.", false],
  ['scolding', 'You were told at drop-off the car was fine, and nobody mentioned the damage.', false],
  [
    'scolding',
    "Let me make sure I've got everything: your flight was late and you need to be in Lyon before your meeting.",
    false,
  ],
  ['condescension', "They're only pictures, madam.", true],
  ['scolding', "That's your own fault for ignoring the letters.", true],
  // scolding-told-you-so and condescension-mocking-tag.
  ['scolding', "If you'd booked the slot like you were asked to, this wouldn't have happened.", true],
  ['scolding', 'If you had, the reminder would have reached you.', true],
  ['scolding', "It's all in the welcome pack. Read it.", true],
  ['scolding', "If you'd like to book again, we would be glad to hold the slot.", false],
  ['scolding', "I'm sorry: if we had sent the reminder, this wouldn't have happened.", false],
  ['scolding', 'I have read it.', false],
  ['condescension', "Well, smart meters are accurate, aren't they.", true],
  ['condescension', "You're not the only passenger with a late bag this week.", true],
  ['condescension', "Well, the depot is shut, but isn't there a locker near you?", false],
  ['condescension', "I'm sorry, you're not the only passenger with a late bag and that's on us.", false],
  // condescension-waved-off-as-normal: the complaint called normal; the feeling called normal is empathy.
  ['condescension', "That's a perfectly normal sound for a new boiler.", true],
  ['condescension', 'Prices rise in January, which is quite normal.', true],
  ['condescension', "It's completely normal to feel worried when a payment goes missing.", false],
  ['condescension', "That's not normal, and I'm sending an engineer today.", false],
  ['condescension', "I'm sorry, it's quite common on this model and that's on us.", false],
  ['condescension', 'Is that completely normal?', false],
  // excuse-handed-outside-or-load: where it came from, who handles it, independence, outside our control, the load.
  ['excuse', 'The double charge came from our card processor.', true],
  ['excuse', "Baggage is handled by the airport's ground handling contractor.", true],
  ['excuse', 'Our surveyors are independent, so we work to their dates.', true],
  ['excuse', "We're extremely short of nurses this week.", true],
  ['excuse', 'Our engineers are covering three districts today.', true],
  ['excuse', "The fault came from our supplier, but that's on us, and I've sent a replacement today.", false],
  ['excuse', "The standing charge is set by the regulator's rules.", false],
  ['excuse', 'Is the meter owned by the network operator?', false],
  ['excuse', "If the part came from our supplier, you're covered by the warranty.", false],
  // you-statement-guess-cause-record, read off the account / too late / done by them.
  ['you_statement_blame', 'Looks like you cancelled after the renewal date.', true],
  ['you_statement_blame', 'You reported the damage more than 48 hours after delivery.', true],
  ['you_statement_blame', 'The wardrobe was assembled by yourself, so the warranty is void.', true],
  ['you_statement_blame', "It looks like you didn't receive our email, so I've resent it.", false],
  ['you_statement_blame', 'It looks like you were charged twice, and I have refunded one.', false],
  // Precision: a decision standing on the rulebook is policy language; help offered in the same breath is no excuse.
  ['refusal_rigid', 'Our terms allow the final fee to exceed the estimate, so the invoice stands.', false],
  ['excuse', "Our surveyors are independent, but DM us and we'll help you chase them.", false],
  // policy-rulebook-acts-or-breached: the rulebook lets us act against them, or they broke it, or missed its criteria.
  ['policy_language', 'Our membership terms allow us to change prices with a month’s notice.', true],
  ['policy_language', 'Our security rules mean some transfers are held for checks.', true],
  ['policy_language', 'Posting spoilers breaches our community rules.', true],
  ['policy_language', 'The claim does not meet the policy criteria for accidental damage.', true],
  ['policy_language', 'Our terms allow us to refund you in full, so I have done that today.', false],
  ['policy_language', 'Does your agreement allow us to visit on Saturday?', false],
  ['policy_language', 'The notices went up late, which breaks our own rules; we got this wrong.', false],
  ['policy_language', 'If the claim does not meet the criteria, I will tell you why and what else we can do.', false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}

// L1 venting, cut off after a verb or clause that needs what comes next (src/core/signals/venting.ts): the reply that
// solves straight away interrupts; a complete clause ending on the same words is not cut off.
const CUT_OFF: Array<[string, boolean]> = [
  ['The parcel never came and when I rang your helpline the man told me', true],
  ["You promised a refund in May and now you're saying", true],
  ["Three engineers have been out and the heating still fails and I've got", true],
  ['The app crashed twice, then at checkout', true],
  ['The shower was cold, the lift was broken, and when we called reception', true],
  ['You moved my appointment without telling me', false],
  ['The branch closed and nobody told me', false],
  ["You said I was covered and I'm not", false],
];
for (const [message, cut] of CUT_OFF) {
  test(`L1 venting: "${message}" is ${cut ? '' : 'not '}read as cut off mid-outburst`, () => {
    assert.equal(detectVenting(message).evidence.includes('unfinished'), cut);
  });
}

test('L1 interrupting_solution: a solution while the customer is cut off mid-sentence interrupts', () => {
  const context = { customerMessage: 'The parcel never came and when I rang your helpline the man told me' };
  assert.ok(lintLabels("I'll refund the delivery charge now.", context).includes('interrupting_solution'));
  assert.ok(!lintLabels("Go on, I'm listening. What did he tell you?", context).includes('interrupting_solution'));
});
