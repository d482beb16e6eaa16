import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lintLabels } from '../lint-engine.ts';

// Session 7 (issue #12): families written from the misses of several writers at once (dev, blind, writer-r, rounds
// 1–3, writers S and T), each with near misses that must stay quiet. [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // let-me-check-acting-now: "let me" with an action on the case, and an investigating or reaching-out verb tied to now.
  ['let_me_check', 'Let me put a stop on that direct debit for you.', true],
  ['let_me_check', 'Let me reissue the voucher so you have it in hand.', true],
  ['let_me_check', 'Let me compare the two statements side by side.', true],
  ['let_me_check', "I'm running a line test on your connection now.", true],
  ['let_me_check', "I'm calling the depot right now while you're on the line.", true],
  ['let_me_check', "I'm freezing the card immediately so nothing else goes out.", true],
  ['let_me_check', 'Let me explain how the charge was worked out.', false],
  ['let_me_check', "Let me make sure I've understood: the parcel never arrived?", false],
  ['let_me_check', 'Let me stop you there for a second.', false],
  ['let_me_check', 'Let me get a supervisor to call you this afternoon.', false],
  ['let_me_check', 'Let me book a technician for Wednesday.', false],
  ['let_me_check', "I'm refunding the delivery fee now.", false],
  ['let_me_check', "I'm calling to follow up on your complaint from now on.", false],
  ['let_me_check', "I'm sorry it's taken until now.", false],
  // Blame vs excuse vs ownership (A3/A4): an outside party opening the sentence is an excuse, not blame; a lapse the
  // reply owns ("our engineer's error", an apology with "our driver should have") is not blame; a colleague still is.
  ['blame_company_or_colleague', "The cleaning contractor didn't turn up this morning.", false],
  ['blame_company_or_colleague', 'Honestly, the valet company we use has been hopeless lately.', false],
  ['blame_company_or_colleague', "That's the landlord's decision, not ours.", false],
  [
    'blame_company_or_colleague',
    "The council contractor's been useless, and our estates team haven't chased it.",
    true,
  ],
  ['blame_company_or_colleague', "That was our installer's error and we'll pay to put it right.", false],
  ['blame_company_or_colleague', "I'm so sorry. Our receptionist should have told you about the fee.", false],
  [
    'blame_company_or_colleague',
    'The night porter should have moved you straight away, and I will be speaking to him.',
    true,
  ],
  ['blame_company_or_colleague', "He's just a jokey sort, don't take it personally.", false],
  ['blame_company_or_colleague', "Honestly, he's a joke, everyone says so.", true],
  // blame-inside-erred: a role inside the company with what they got wrong, and the passive that names the team.
  ['blame_company_or_colleague', 'The bookings officer gave you incorrect information about the deposit.', true],
  ['blame_company_or_colleague', 'That check-in agent was reading the baggage rules incorrectly.', true],
  ['blame_company_or_colleague', 'Some of our advisers never answer their emails.', true],
  ['blame_company_or_colleague', 'The payroll team has been making a lot of mistakes this quarter.', true],
  ['blame_company_or_colleague', 'Your order was cancelled in error by our returns team.', true],
  ['blame_company_or_colleague', "I'm sorry the engineer didn't follow the safety procedure.", false],
  [
    'blame_company_or_colleague',
    'If the adviser gave you incorrect information, we will honour what you were told.',
    false,
  ],
  ['blame_company_or_colleague', "So you're saying the driver didn't follow the instructions on the note?", false],
  ['blame_company_or_colleague', 'Our tutors never answer emails after 6pm, but the helpdesk is open until 9.', true],
  [
    'blame_company_or_colleague',
    'That was our error: the officer gave you incorrect information, and I have corrected it.',
    false,
  ],
  // name-and-number-other-forms: the agent's name in the other shapes, with a number; no number, no finding.
  ['name_and_number', 'If it happens again, call me, Rosa Lindqvist, on 0161 496 0777.', true],
  ['name_and_number', "That's me: Tom Baker, 020 7946 0123 ext 45.", true],
  ['name_and_number', 'Ask for me, Priya, on 0117 496 0555 extension 12.', true],
  ['name_and_number', "I'm your case handler, Femi Adebayo. Direct line 0131 496 0999.", true],
  [
    'name_and_number',
    'I have refunded the fee today.\n\nKind regards,\nGrace Okafor\nBilling Team, 0800 555 0199',
    true,
  ],
  ['name_and_number', 'Refund issued today.\n\nMartin Hughes, Accounts, 03069 990123', true],
  ['name_and_number', "I'm your case handler, Femi Adebayo, and I'll write to you by Friday.", false],
  ['name_and_number', 'Kind regards,\nGrace Okafor\nBilling Team', false],
  ['name_and_number', 'Please call the Billing Team on 0800 555 0199.', false],
  // vague-promise-hope-or-underway: expected "soon", a hope instead of a plan, the passive with no when, work under way.
  ['vague_promise', 'Your new card should arrive shortly.', true],
  ['vague_promise', "We expect it to clear soon, and it'll turn up eventually.", true],
  ['vague_promise', 'Hopefully in the next few days.', true],
  ['vague_promise', 'Fingers crossed, watch this space.', true],
  ['vague_promise', 'Your complaint has been logged and will be reviewed.', true],
  ['vague_promise', 'The network team are aware and working on it.', true],
  ['vague_promise', 'Your new card should arrive by Thursday.', false],
  ['vague_promise', 'Your complaint will be reviewed by Friday 5pm, and I will call you then.', false],
  ['vague_promise', 'Your refund should reach your card within 5 working days.', false],
  ['vague_promise', "I'm working on it now.", false],
  // policy-rulebook-decides: the rulebook that allows, excludes or does not allow; the no placed under or in it.
  ['policy_language', 'The lease prohibits pets in the flats.', true],
  ['policy_language', "Your tenancy agreement doesn't allow early exit without a fee.", true],
  ['policy_language', "Under our licence agreement we can't restore deleted items.", true],
  ['policy_language', 'The £40 admin fee is set out in the T&Cs.', true],
  ['policy_language', 'Water damage is listed as a general exclusion on this plan.', true],
  ['policy_language', "Tyres aren't covered under the basic warranty, I'm afraid.", true],
  ['policy_language', 'If the weather conditions allow, the ferry will sail at 6.', false],
  ['policy_language', 'Does your agreement allow subletting?', false],
  ['policy_language', 'Under your policy the cracked screen is covered, so I have booked the repair.', false],
  // refusal-rigid: a boundary or a word about the customer's behaviour is no refusal; "it's gone downhill" is no "it's gone".
  ['refusal_rigid', "I won't accept that kind of message, but I'm still here to sort your booking.", false],
  ['refusal_rigid', "I know it's frustrating, but shouting won't get the engineer there any faster.", false],
  ['refusal_rigid', "Honestly, it's gone badly downhill since the takeover.", false],
  ['refusal_rigid', "Give me a second and I'll see if it's gone through.", false],
  ['refusal_rigid', "I'm afraid the ticket can't be refunded and the decision is final.", true],
  ['refusal_rigid', "I understand, but there's nothing I can do.", true],
  // condescension-anyone-knows: the meaning "in the name", the obvious, what everyone knows, school.
  ['condescension', "It's a no-claims bonus, hence the name.", true],
  ['condescension', 'Everyone with a mortgage knows about the arrangement fee.', true],
  ['condescension', 'Most drivers figure this out on their own.', true],
  ['condescension', "It's a kilowatt hour, you'd have learned it at school.", true],
  ['condescension', "You'd know that if you'd read the welcome pack.", true],
  ['condescension', 'Our team name is Hence, as in the name on the letter.', false],
  ['condescension', 'Most customers find the new app easier, and I can walk you through it if you like?', false],
  ['condescension', "I'm sorry, I assumed that was obvious from our letter and it clearly wasn't.", false],
  // excuse-not-us: the cause or the job put outside with "not us".
  ['excuse', 'The roadworks are run by the council, not us.', true],
  ['excuse', "The outage is on the national grid's side.", true],
  ['excuse', 'Roadside assistance is contracted out, so wait times vary.', true],
  ['excuse', "The problem is on the customer's end, I'm afraid.", false],
  ['excuse', "That's on us, not you, and I've refunded it.", false],
];

for (const [label, reply, flagged] of CASES) {
  const { principle } = REPLY_LABELS[label];
  test(`${principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply).includes(label), flagged);
  });
}
