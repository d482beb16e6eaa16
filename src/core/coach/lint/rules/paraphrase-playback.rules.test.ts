import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// Phrasing families written for the project after a blind set showed them missing: [label, reply, flagged?].
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // A2: the apology, then the harm retold in the next breath.
  [
    'apology_specific',
    "Mr. Delgado, I'm really sorry. You told us about the trip ahead of time and we still blocked your card.",
    true,
  ],
  ['apology_specific', "I'm so sorry. Our movers chipped your table on Saturday and nobody called you back.", true],
  ['apology_specific', 'Sorry, Dana, I jumped in too soon there.', true],
  ['apology_specific', "I'm sorry: you reported the leak on Monday and you're still waiting.", true],
  ['apology_specific', "Ms. Ruiz, I'm sorry. You've been sending your readings every month.", true],
  ['apology_specific', "I'm sorry. You'll need to speak to the claims team about that.", false],
  ['apology_specific', 'Sorry for any inconvenience caused.', false],
  ['apology_specific', "Sorry for the wait. I've checked your account.", false],
  // C1: playing the complaint back.
  ['restatement', "So I've got it straight: the engineer didn't come, twice, and you took both days off.", true],
  ['restatement', 'So to play it back: the parcel was marked delivered and it never arrived.', true],
  ['restatement', 'So what I have got is: two charges for one order and a fee on top.', true],
  ['restatement', "As I've got it, the train was late and you missed the last connection.", true],
  ['restatement', 'So what happened was: the booking went through and then the room was given away.', true],
  ['restatement', 'So to check, which address should the courier use?', false],
  // R1: asking what would make it right.
  ['ask_desired_resolution', 'What would feel fair to you?', true],
  ['ask_desired_resolution', 'What would you consider reasonable here?', true],
  ['ask_desired_resolution', 'How would you like this settled?', true],
  ['ask_desired_resolution', 'What would you most like from us, besides the repair?', true],
  ['ask_desired_resolution', 'What would be most helpful for you: a refund or a replacement?', true],
  ['ask_desired_resolution', 'What would feel like a long time to wait, do you think, for the courier?', false],
  // C2: talking down.
  ['condescension', "Billing codes are complicated; I wouldn't really expect a customer to follow all of it.", true],
  [
    'condescension',
    "As is made very clear in the handbook, documents go through the portal. It's quite a basic step.",
    true,
  ],
  ['condescension', 'The handbook explains the portal, and I can walk you through it now.', false],
  // R2: policy as the reason for no.
  ['policy_language', "It's council policy that we can't recall a case from enforcement.", true],
  ['policy_language', 'Admissions policy is that once a decision is out, it is final.', true],
  ['policy_language', 'Our terms limit liability to fifty pounds an item.', true],
  ['policy_language', 'The terms cover this, so I have refunded you in full.', false],
  // More families from the blind tuning half.
  ['apology_specific', "Ten hours late is way out of line. I'm sorry.", true],
  ['apology_specific', "Four wrong orders in a month is awful, and I'm sorry.", true],
  ['apology_specific', "I'm truly sorry. Sitting on hold for an hour on your lunch break is not okay.", true],
  ['apology_specific', "I'm sorry this has been so difficult.", false],
  ['apology_specific', "I'm sorry it came across that way.", false],
  ['apology_specific', "I'm sorry. Let me check the order.", false],
  // More families from the blind tuning half.
  ['apology', 'Sorry, could you spell the street name for me?', false],
  ['apology', 'Sorry — which flight was it?', false],
  ['apology', "Sorry, that's not the experience we want for you.", true],
  ['refusal_rigid', "I'm afraid I can't expedite individual applications.", true],
  ['refusal_rigid', "Exit fees are in the agreement. I'm afraid my hands are tied.", true],
  ['refusal_rigid', "I can't put the discount back on, but what I can do is match the new-customer price.", false],
  ['condescension', "You're acting like a child and it won't get the food here faster.", true],
  ['condescension', "It's in the checklist we sent you, which I assume you didn't read.", true],
  ['condescension', 'Keeping a receipt is basic financial housekeeping.', true],
  ['condescension', 'I read the checklist we sent you, and the access note is missing.', false],
  // More families from the blind tuning half.
  ['i_statement_boundary', "I'm not okay being called a scumbag, so I'll ask that we keep it to the bill.", true],
  ['i_statement_boundary', "I want to help, and I can't do that well when I'm being sworn at.", true],
  ['i_statement_boundary', 'I called the depot and the van is on its way.', false],
  ['excuse', "It's been manic since they cut our hours.", true],
  ['excuse', "Unfortunately the restaurant is really busy, it's the lunchtime rush.", true],
  ['excuse', 'I will have it to you before the lunchtime delivery.', false],
  ['scolding', "Well, if you'd used the app to send it ahead, you wouldn't have needed to queue.", true],
  ['empathy', 'Rent due today and your salary on hold is a horrible position to be in.', true],
  ['empathy', "I'd feel exactly the same after eight months of waiting.", true],
  ['empathy', 'The position of the seat is marked on the map.', false],
  ['ownership', "That's a failure on our part, plain and simple.", true],
  ['ownership', "Thanks for sticking with us through four tickets, that's more patience than we deserved.", true],
  ['ownership', "I'm staying on this with you until it's fixed.", true],
  ['ownership', 'The failure on the line was fixed by the engineer.', false],
  ['policy_language', 'Exit fees are written into your fixed tariff agreement and apply whatever the prices do.', true],
  ['let_me_check', 'Let me get the driver on the phone and find out where they are.', true],
  ['let_me_check', "A £480 charge you don't recognise, let me break down where it came from.", true],
  ['blame_company_or_colleague', "Ugh, that's the housekeeping team for you, they never read the notes.", true],
  ['blame_company_or_colleague', "Between us, half the people on this team don't know the process either.", true],
  ['blame_company_or_colleague', 'That is the team for you to call about parking permits.', false],
  ['apology_specific', "Three rooms and now a broken toilet, I apologise, that's a wretched night.", true],
  ['apology_specific', "I'm sorry. I'll call you back in 10 minutes.", false],
  ['refusal_rigid', "Those boxes were packed by a subcontractor, so you'd need to take it up with them.", true],
  ['refusal_rigid', "The decision was made by our credit system, which I'm afraid I have no access to.", true],
  ['condescension', "That's stated clearly at checkout, which you'd have seen if you'd scrolled down.", true],
];

for (const [label, reply, flagged] of CASES) {
  test(`${REPLY_LABELS[label].principle} ${label} ${flagged ? 'flags' : 'does not flag'}: "${reply}"`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
