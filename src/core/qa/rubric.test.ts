import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeConversation } from '../analyze.ts';
import { parseConversations } from '../conversation/parse.ts';

const ANGRY = 'This is the THIRD time my order has arrived smashed. I am absolutely furious, this is a disgrace!';

const run = (id: string, ...agentTurns: string[]) => {
  const turns = agentTurns.flatMap((text, i) => [
    { speaker: 'customer', text: i === 0 ? ANGRY : 'Fine. And then what?' },
    { speaker: 'agent', text },
  ]);
  const [conversation] = parseConversations([{ id, turns, events: [] }]);
  return analyzeConversation(conversation!);
};

test('A1/A2: a non-apology ("sorry you feel that way") is no apology, and no apology names the problem', () => {
  const result = run('non-apology', "I'm sorry you feel that way. Is there anything else I can help with?");
  assert.equal(result.rubric.A1, 'violated', result.evidence.A1.why);
  assert.equal(result.rubric.A2, 'violated', result.evidence.A2.why);
  const labels = result.turns[1]!.agent!.labels;
  assert.ok(labels.includes('non_apology') && !labels.includes('apology'), JSON.stringify(labels));
});

test('A1/A2: a real apology for what happened is met', () => {
  const result = run('apology', "I'm so sorry your order arrived smashed again; that's three times now.");
  assert.equal(result.rubric.A1, 'met', result.evidence.A1.why);
  assert.equal(result.rubric.A2, 'met', result.evidence.A2.why);
});

test('F1: ending on a vague promise is violated, even after a timed step', () => {
  const result = run(
    'vague-last',
    "I'm sorry your order arrived smashed again. I'll send a replacement by tomorrow.",
    'Someone will get back to you soon about the rest.',
  );
  assert.equal(result.rubric.F1, 'violated', result.evidence.F1.why);
  assert.deepEqual(result.evidence.F1.evidence, [3]);
});

test('F1: a vague promise followed by a timed step is met', () => {
  const result = run(
    'timed-last',
    "I'm sorry your order arrived smashed again. We'll look into it.",
    "I'll call you by 5pm today with what the depot says.",
  );
  assert.equal(result.rubric.F1, 'met', result.evidence.F1.why);
});
