// Families of rubric judgement (issue #12, session 9), each with conversations written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeConversation } from '../analyze.ts';
import { parseConversations } from '../conversation/parse.ts';

type Line = [speaker: 'customer' | 'agent', text: string];

const score = (id: string, lines: Line[], events: unknown[] = []) => {
  const [conversation] = parseConversations([
    { id, turns: lines.map(([speaker, text]) => ({ speaker, text })), events },
  ]);
  return analyzeConversation(conversation!);
};

const COMPLAINT: Line = [
  'customer',
  'My boiler has been broken for six days, the engineer never turned up twice, and I have a newborn at home!',
];

test('R2: met when the agent grants or flexes something, done or promised, in any of its usual wordings', () => {
  const grants = [
    "I've taken the call-out fee off your bill.",
    "We'll pay the hotel bill in full, and I'll ring you by 5pm today.",
    'Booked: an engineer on Thursday between 8 and 10.',
    'The block is lifted now, so the card will work.',
    'A fan heater is yours at no charge while we wait for the part.',
    "I've checked the log and refunded the two missed visits.",
  ];
  for (const grant of grants) {
    const result = score(`grant-${grant.length}`, [COMPLAINT, ['agent', grant]]);
    assert.equal(result.rubric.R2, 'met', `${grant}: ${result.evidence.R2.why}`);
    assert.match(result.evidence.R2.why, /turn 2/);
  }
});

test('R2: a complaint answered only with a look, a note or a vague promise is n/a, not met', () => {
  const result = score('no-grant', [
    COMPLAINT,
    ['agent', "I'll log it and pass it to the repairs team."],
    ['customer', 'And then what?'],
    ['agent', 'They will be in touch when they can.'],
  ]);
  assert.equal(result.rubric.R2, 'n/a', result.evidence.R2.why);
});

test('R2: the problem retold in the passive ("your visit has been cancelled twice") is no grant', () => {
  const result = score('passive-problem', [
    COMPLAINT,
    ['agent', 'So your visit has been cancelled twice and nobody rang you.'],
    ['customer', 'Yes.'],
    ['agent', 'Someone will look into it.'],
  ]);
  assert.equal(result.rubric.R2, 'n/a', result.evidence.R2.why);
});

test('C1: a restatement of the opening complaint after a short customer reply is met, and names its turn', () => {
  const result = score('recap-after-yes', [
    COMPLAINT,
    ['agent', "I'm so sorry about the boiler."],
    ['customer', 'Yeah well.'],
    [
      'agent',
      'Your boiler has been broken for six days and the engineer never turned up, twice, with a newborn at home.',
    ],
  ]);
  assert.equal(result.rubric.C1, 'met', result.evidence.C1.why);
  assert.equal(result.evidence.C1.why, 'restatement of the complaint at turn 4');
});

test('C1: telling the customer what they can do next is no restatement', () => {
  const result = score('advice-not-recap', [
    COMPLAINT,
    ['agent', 'Okay.'],
    ['customer', 'Okay what?'],
    ['agent', 'You can book another engineer visit online if your boiler is still broken.'],
  ]);
  assert.equal(result.rubric.C1, 'violated', result.evidence.C1.why);
});
