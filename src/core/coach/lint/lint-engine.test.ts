import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { REPLY_LABELS } from '../labels.ts';
import { lint, lintLabels } from './lint-engine.ts';

const MID_RANT = 'and THEN the second box came smashed too, and the driver just laughed, and—';

test('lint never throws and every span lies inside the reply, for arbitrary strings', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
      (reply, message) => {
        const findings = lint(
          reply,
          message === undefined ? {} : { customerMessage: message, customerName: message.slice(0, 12) },
        );
        for (const f of findings) {
          assert.ok(
            f.span.start >= 0 && f.span.start < f.span.end && f.span.end <= reply.length,
            JSON.stringify(f.span),
          );
        }
      },
    ),
    { numRuns: 400 },
  );
});

test("spans also hold for phrase soup built from the rules' own vocabulary", () => {
  const words = [
    'sorry',
    'policy',
    'calm down',
    "you're",
    'rude',
    'I',
    "can't",
    'refund',
    'Mr.',
    'Lee',
    ',',
    '.',
    '?',
    'by 5 pm',
    "I'll",
    'let me check',
    'not',
    '’',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
      const reply = parts.join(' ');
      for (const f of lint(reply, { customerVenting: true }))
        assert.ok(f.span.end <= reply.length && f.span.start < f.span.end);
    }),
  );
});

test("every finding carries its label's principle and polarity, and anti-patterns carry a rewrite", () => {
  const reply =
    "Calm down. That's our policy, you should have read it. I can't refund you. The warehouse team is useless.";
  const findings = lint(reply);
  assert.ok(findings.length >= 5);
  for (const f of findings) {
    assert.equal(f.principle, REPLY_LABELS[f.label].principle);
    assert.equal(f.polarity, REPLY_LABELS[f.label].polarity);
    assert.equal(f.rewrite !== undefined, f.polarity === 'anti', f.label);
    assert.ok(f.message.length > 0);
  }
});

test('lintLabels returns sorted unique label names', () => {
  const labels = lintLabels(
    "I'm sorry. I'm so sorry about the broken lamp. Let me check the order. Let me check stock too.",
  );
  assert.deepEqual(labels, ['apology', 'apology_specific', 'let_me_check']);
});

test('curly apostrophes read like straight ones and keep spans aligned', () => {
  const reply = 'That’s our policy.';
  const [finding] = lint(reply);
  assert.equal(finding?.label, 'policy_language');
  assert.equal(reply.slice(finding?.span.start, finding?.span.end), 'That’s our policy');
});

test('L1 interrupting_solution: solving mid-rant is flagged when the context says the customer is venting', () => {
  assert.ok(lintLabels("I'll send you a return label.", { customerVenting: true }).includes('interrupting_solution'));
  assert.ok(!lintLabels("I'll send you a return label.", { customerVenting: false }).includes('interrupting_solution'));
  assert.ok(!lintLabels("I'll send you a return label.").includes('interrupting_solution'));
});

test('L1 interrupting_solution: venting is estimated from the customer message when not given', () => {
  assert.ok(lintLabels('We can offer you a voucher.', { customerMessage: MID_RANT }).includes('interrupting_solution'));
  assert.ok(
    !lintLabels('We can offer you a voucher.', {
      customerMessage: 'Can I get a voucher for the smashed box?',
    }).includes('interrupting_solution'),
  );
});

test('L1 interrupting_solution: listening or acknowledging mid-rant is not flagged', () => {
  assert.ok(
    !lintLabels("Mm-hm. Go on, I'm listening.", { customerMessage: MID_RANT }).includes('interrupting_solution'),
  );
  assert.ok(!lintLabels("Oh no. I'm so sorry.", { customerMessage: MID_RANT }).includes('interrupting_solution'));
});

test('L1 interrupting_solution: reported once per reply', () => {
  const findings = lint('I can refund it. I can also send a new one. Can you confirm the address?', {
    customerVenting: true,
  });
  assert.equal(findings.filter((f) => f.label === 'interrupting_solution').length, 1);
});

test('L3 uses_customer_name: the known customer name counts even outside address position', () => {
  assert.ok(lintLabels('I have fixed it for you, thanks to Ana on our team.').includes('uses_customer_name') === false);
  assert.ok(
    lintLabels('I have fixed it for you; the account for Ana Souza is clear.', { customerName: 'Ana Souza' }).includes(
      'uses_customer_name',
    ),
  );
});

test('B2 you_statement_blame: answering abuse with a "you" sentence is flagged only when the customer was abusive', () => {
  const reply = 'Sir, you keep going round in circles here.';
  assert.ok(lintLabels(reply, { customerMessage: 'Listen you idiot, fix my bill.' }).includes('you_statement_blame'));
  assert.ok(!lintLabels(reply, { customerMessage: 'My bill is wrong again.' }).includes('you_statement_blame'));
  assert.ok(
    !lintLabels("You're right to be angry, and I'll fix it.", {
      customerMessage: 'Listen you idiot, fix my bill.',
    }).includes('you_statement_blame'),
  );
});

test('A3 sympathy_agreement: agreeing with a condemnation of the company is flagged; empathy for it is not', () => {
  const context = 'Your billing team is completely useless.';
  assert.ok(
    lintLabels('Honestly, tell me something new, it is the same for all of us too.', {
      customerMessage: context,
    }).includes('sympathy_agreement'),
  );
  assert.ok(
    !lintLabels("Honestly, I'm sorry it has been this hard; I'll sort the bill now.", {
      customerMessage: context,
    }).includes('sympathy_agreement'),
  );
});

test('A3 convention: "I\'d be angry too" said while condemning the company is sympathy-agreement, not also empathy', () => {
  const labels = (reply: string, classifier: null | undefined): string[] =>
    lint(reply, {}, classifier === null ? null : undefined).map((f) => f.label);
  for (const classifier of [null, undefined]) {
    for (const reply of [
      "Honestly, I'd be fuming too, the billing team here is hopeless.",
      'No wonder you are livid, this company is a shambles.',
      "I'd be angry too, it's a disgrace how they've treated you.",
    ]) {
      const found = labels(reply, classifier);
      assert.ok(found.includes('sympathy_agreement'), reply);
      assert.ok(!found.includes('empathy'), reply);
    }
    // Without condemnation, or in a sentence of its own beside it, the feeling made sense of stays empathy.
    assert.ok(labels("I'd be fuming too after three missed deliveries.", classifier).includes('empathy'));
    const apart = labels(
      "You're right, it's a joke. I'd be upset too after three missed deliveries in a row, and I'll sort the refund now.",
      classifier,
    );
    assert.ok(apart.includes('sympathy_agreement') && apart.includes('empathy'));
  }
});
