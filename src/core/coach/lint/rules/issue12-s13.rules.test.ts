import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPLY_LABELS, type ReplyLabel } from '../../labels.ts';
import { lint, lintLabels } from '../lint-engine.ts';
import { ISSUE12_S13_RULES } from './issue12-s13.rules.ts';

// Session 13 (issue #12): families whose misses came from at least three writers at once, each kept only where it found
// more on writers it was not written from. Near misses that must stay quiet: an apology, a question, a condition, a
// customer's relative, a rule in the customer's favour, an alternative offered. The sentences are written for these
// tests, not copied from any corpus. [label, reply, flagged?]
const CASES: Array<[ReplyLabel, string, boolean]> = [
  // blame-colleague-record: a colleague's record or character told to the customer.
  ['blame_company_or_colleague', "The porter who took your bags was rude, I know. He's new, to be fair.", true],
  ['blame_company_or_colleague', "That engineer's had complaints before, honestly.", true],
  ['blame_company_or_colleague', "Our receptionist isn't the friendliest; she's been spoken to before.", true],
  ['blame_company_or_colleague', "I've had a few complaints about that driver from other tenants.", true],
  ['blame_company_or_colleague', "The driver's always doing that, he's not great with directions.", true],
  // Not someone who works here, an apology, or a question.
  ['blame_company_or_colleague', "Your son's new to the area, so I've added a note for the driver.", false],
  ['blame_company_or_colleague', "She's new, and I'm sorry she didn't know the refund process.", false],
  ['blame_company_or_colleague', "He's new, isn't he? I'll check the rota.", false],
  ['blame_company_or_colleague', "You mentioned your mum is new to online banking, so I'll post the forms.", false],
  // excuse-we-had-trouble: the company's own trouble given as the reason.
  ['excuse', "We've had a supply issue with that valve all month.", true],
  ['excuse', 'We had two drivers off sick on Saturday.', true],
  ['excuse', "We've got no engineers free because of the storm call-outs.", true],
  ['excuse', "We had staff shortages, but that's no excuse, and I've booked you first thing tomorrow.", false],
  ['excuse', "We've had a supply issue with that part, but that's no excuse.", false],
  ['excuse', 'Have we had a supply issue with your model before?', false],
  // you-statement-instead-of: the customer's act with the right thing named beside it.
  ['you_statement_blame', 'You paid in dollars instead of euros, so the bank added a fee.', true],
  ['you_statement_blame', "You're entering the reference rather than the account number.", true],
  ['you_statement_blame', 'You only changed your address online, not at the counter.', true],
  ['you_statement_blame', 'You can pay in euros instead of dollars to avoid the fee.', false],
  ['you_statement_blame', 'You were charged in dollars instead of euros, which is our mistake.', false],
  ['you_statement_blame', "If you'd prefer a refund rather than a voucher, I'll arrange it.", false],
  ['you_statement_blame', 'Did you book the coach instead of the train?', false],
  // you-statement-you-agreed: the customer's own agreement held up to them as the main clause.
  ['you_statement_blame', 'You agreed to the cleaning fee when you checked in.', true],
  ['you_statement_blame', 'Well, you signed the handover sheet saying the van was undamaged.', true],
  ['you_statement_blame', 'Sir, you ticked the box for paper statements.', true],
  ['you_statement_blame', 'The contract you signed runs for twelve months.', false],
  ['you_statement_blame', 'Thank you, I can see you accepted the new date.', false],
  ['you_statement_blame', 'You signed the form because we promised free fitting, so I am honouring that.', false],
  ['you_statement_blame', 'Did you accept the quote by email?', false],
  // policy-cited-by-preposition: the no put on a rulebook cited by preposition, whoever owns it.
  ['policy_language', "The fines are set in line with the borough's parking enforcement policy, so it stands.", true],
  ['policy_language', "Charges are applied in accordance with your account's tariff and can't be removed.", true],
  ['policy_language', 'As per company norms, a fee once charged cannot be reversed.', true],
  ['policy_language', 'Under your current plan you are covered for the repair, so there is nothing to pay.', false],
  ['policy_language', "Under the borough's hardship strategy, you're eligible for a reduction.", false],
  ['policy_language', "As per company norms, you're entitled to a free replacement.", false],
  ['policy_language', "Is the charge applied in accordance with your account's tariff?", false],
  // refusal-inability-bare: inability to give the remedy, with nothing offered anywhere in the reply.
  ['refusal_rigid', "I can't take the late fee off.", true],
  ['refusal_rigid', "We're unable to reduce it.", true],
  ['refusal_rigid', "I'm afraid we can't bring the appointment forward.", true],
  ['refusal_rigid', "The penalty won't be reduced.", true],
  ['refusal_rigid', "I can't reduce the fee, but I can spread it over three months.", false],
  ['refusal_rigid', "We can't reduce it. What I can do is add a month's free service.", false],
  ['refusal_rigid', "I can't argue with that, it's been a bad week for us.", false],
  ['refusal_rigid', "I can't imagine how stressful the move has been.", false],
  ['refusal_rigid', "Let me see why we can't reduce it from here.", false],
];

for (const [label, reply, flagged] of CASES) {
  test(`${REPLY_LABELS[label].principle} ${label}: "${reply}" is ${flagged ? '' : 'not '}flagged`, () => {
    assert.equal(lintLabels(reply, {}, null).includes(label), flagged);
  });
}

test('every session-13 finding names its principle and carries a rewrite', () => {
  for (const rule of ISSUE12_S13_RULES) {
    assert.equal(rule.pattern.flags.includes('g'), true, rule.id);
    assert.ok(rule.rewrite.length > 0, rule.id);
  }
  const policy = lint('As per company norms, a fee once charged cannot be reversed.', {}, null).find(
    (f) => f.label === 'policy_language',
  );
  assert.equal(policy?.principle, 'R2');
  assert.ok((policy?.rewrite ?? '').length > 0);
  const blame = lint("That engineer's had complaints before, honestly.", {}, null).find(
    (f) => f.label === 'blame_company_or_colleague',
  );
  assert.equal(blame?.principle, 'A3');
});
