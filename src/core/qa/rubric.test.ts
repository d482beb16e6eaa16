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

test('evidence names turns as people count them: the first turn is turn 1 (the evidence list keeps 0-based indexes)', () => {
  const result = run('apology-turn', "I'm so sorry your order arrived smashed again; that's three times now.");
  assert.deepEqual(result.evidence.A1.evidence, [1]);
  assert.equal(result.evidence.A1.why, 'apologized at turn 2');
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

// The n/a conventions (as eval/never-tuned/README.md applies the rubric, the closer reading of the PLAYBOOK).
const CALM = 'Hi, could you tell me what time the pharmacy opens on Sunday?';
const runWith = (id: string, customer: string, ...agentTurns: string[]) => {
  const turns = agentTurns.flatMap((text, i) => [
    { speaker: 'customer', text: i === 0 ? customer : 'Okay.' },
    { speaker: 'agent', text },
  ]);
  const [conversation] = parseConversations([{ id, turns, events: [] }]);
  return analyzeConversation(conversation!);
};

test('A2: with no apology at all there is nothing to judge (n/a); a generic apology only is violated', () => {
  assert.equal(run('no-apology', 'Let me look at the order now.').rubric.A2, 'n/a');
  assert.equal(run('generic', 'Sorry for the inconvenience. Let me look at the order now.').rubric.A2, 'violated');
});

test('A3: empathy without sympathy or blame is met; neither is n/a; blame is violated even with empathy', () => {
  assert.equal(run('empathy', 'Three smashed orders in a row would make anyone furious.').rubric.A3, 'met');
  assert.equal(run('neither', 'Let me look at the order now.').rubric.A3, 'n/a');
  assert.equal(
    run('blame', 'Three smashed orders would make anyone furious. Our warehouse team is useless.').rubric.A3,
    'violated',
  );
});

test('C1 and R1: a calm routine request needs no restatement and no question about the outcome', () => {
  const result = runWith('calm', CALM, 'We open at 10 am on Sundays.');
  assert.equal(result.rubric.C1, 'n/a', result.evidence.C1.why);
  assert.equal(result.rubric.R1, 'n/a', result.evidence.R1.why);
});

test('R1: n/a when the opening message already says what the customer wants; violated otherwise', () => {
  const asked = runWith(
    'wants-refund',
    'This is the third time my order arrived smashed and I am furious. I want a full refund.',
    "I'm so sorry your order arrived smashed again. Let me look at it now.",
  );
  assert.equal(asked.rubric.R1, 'n/a', asked.evidence.R1.why);
  assert.equal(run('not-said', 'Let me look at the order now.').rubric.R1, 'violated');
});

test('R2: met when a request is answered without policy, n/a with no request, violated by policy language', () => {
  const request = 'My order arrived smashed for the third time and I am furious. Please refund me.';
  assert.equal(runWith('granted', request, "I've refunded it in full.").rubric.R2, 'met');
  assert.equal(runWith('policy', request, 'Our policy does not allow refunds on sale items.').rubric.R2, 'violated');
  // A calm question for information asks for nothing the business could refuse.
  assert.equal(runWith('no-request', CALM, 'We open at 10 am on Sundays.').rubric.R2, 'n/a');
});

test('R2: a request is any ask of the business, and a complaint asks for redress by itself', () => {
  const asks = [
    'Hi, the room has no crib. Can someone bring one up?',
    'Hi, is there any chance you could just get me a car? Midsize is fine.',
    'Hello. A replacement pls, the case is the wrong colour.',
    'Hi there. Just the money for the rental, honestly.',
    'Hi. So when do I get my gas back?',
  ];
  for (const ask of asks) {
    const result = runWith(`ask-${ask.length}`, ask, "I've sorted that for you now.");
    assert.equal(result.rubric.R2, 'met', `${ask}: ${result.evidence.R2.why}`);
  }
  assert.equal(run('complaint', "I've sent a replacement by courier.").rubric.R2, 'met');
});

test('R2: n/a when nothing asked for is granted, flexed or refused (a look, a note, a vague promise)', () => {
  for (const reply of [
    'Let me look at the order now.',
    "I'll put a note on the account.",
    'Someone will be in touch.',
  ]) {
    const result = run(`nothing-${reply.length}`, reply);
    assert.equal(result.rubric.R2, 'n/a', `${reply}: ${result.evidence.R2.why}`);
  }
});

test('L1: n/a when the customer never vents (calm all through); met when an upset customer is let to finish', () => {
  const calm = runWith('calm-l1', CALM, 'We open at 10 am on Sundays.');
  assert.equal(calm.rubric.L1, 'n/a', calm.evidence.L1.why);
  const upset = run('upset-l1', "I'm so sorry your order arrived smashed again; that's three times now.");
  assert.equal(upset.rubric.L1, 'met', upset.evidence.L1.why);
});

test('F1/F3: n/a when settled on the spot and the customer closes without saying thanks in so many words', () => {
  const convo = (id: string, last: string, agentLast: string) => {
    const [conversation] = parseConversations([
      {
        id,
        events: [],
        turns: [
          { speaker: 'customer', text: ANGRY },
          { speaker: 'agent', text: "I'm so sorry your order arrived smashed again." },
          { speaker: 'customer', text: 'So what are you going to do about it?' },
          { speaker: 'agent', text: agentLast },
          { speaker: 'customer', text: last },
        ],
      },
    ]);
    return analyzeConversation(conversation!);
  };
  const settled = convo(
    'settled',
    "No, that's it, thanks.",
    "I've cleared the charge and added a £10 credit. Anything else?",
  );
  assert.equal(settled.rubric.F1, 'n/a', settled.evidence.F1.why);
  assert.equal(settled.rubric.F3, 'n/a', settled.evidence.F3.why);
  const working = convo('working', "It's working now.", "I've switched the account back on from here.");
  assert.equal(working.rubric.F3, 'n/a', working.evidence.F3.why);
  const open = convo('open', 'No.', 'Someone will get back to you about the credit.');
  assert.equal(open.rubric.F3, 'violated', open.evidence.F3.why);
});

// L1 (issue #12): a composed request is a request to answer, not a rant to hear out; an outburst still needs hearing out.
test('L1: a composed, polite request from an annoyed customer is n/a', () => {
  const result = runWith(
    'l1-composed',
    "Hello, my boiler service was booked for Tuesday and nobody came. I'd like it rebooked for this week, please.",
    "I'm sorry nobody turned up on Tuesday. I've rebooked you for Thursday between 8 and 12.",
  );
  assert.equal(result.rubric.L1, 'n/a', result.evidence.L1.why);
});

test('L1: the same ask inside an outburst (shouting, "unacceptable") is still judged', () => {
  for (const customer of [
    'Nobody came to service my boiler AGAIN. Can you rebook it for this week?',
    'Nobody came on Tuesday, this is unacceptable. Could you rebook it please?',
    'Nobody came on Tuesday! Could you rebook it please?',
  ]) {
    const result = runWith(
      'l1-outburst',
      customer,
      "I'm sorry nobody turned up on Tuesday. I've rebooked you for Thursday between 8 and 12.",
    );
    assert.notEqual(result.rubric.L1, 'n/a', `${customer}: ${result.evidence.L1.why}`);
  }
});

// R1 (issue #12): the opening names the outcome as the state wanted, so there is nothing to ask.
test('R1: an opening that names the outcome wanted ("I want it back", "I need it today") makes R1 n/a', () => {
  for (const customer of [
    "You've taken £30 twice this month after I cancelled in January, and I want it back.",
    "I was charged a £25 late fee because your portal was down. I'd like the fee removed, please.",
    "You were meant to have my inhaler ready on Monday and you still haven't. I need it today.",
  ]) {
    const result = runWith('r1-outcome', customer, "I'm sorry about that, I've sorted it now.");
    assert.equal(result.rubric.R1, 'n/a', `${customer}: ${result.evidence.R1.why}`);
  }
});

test('R1: a complaint that names no outcome still needs the question', () => {
  const result = runWith(
    'r1-no-outcome',
    "You've taken £30 twice this month after I cancelled in January. I'm furious, I need that money for rent!",
    "I'm sorry about that, I've sorted it now.",
  );
  assert.equal(result.rubric.R1, 'violated', result.evidence.R1.why);
});

// F1/F3 (issue #12): the fix done in the conversation with the agent's last word leaving nothing to follow up is resolved
// on the spot, even when the customer never says thanks; a pending step or a case merely opened is not.
const runTurns = (id: string, turns: Array<[string, string]>) => {
  const [conversation] = parseConversations([
    { id, turns: turns.map(([speaker, text]) => ({ speaker, text })), events: [] },
  ]);
  return analyzeConversation(conversation!);
};

test('F1/F3: a refund done in the conversation, the agent answering last, is resolved on the spot', () => {
  const result = runTurns('f-done', [
    ['customer', "You've taken my £12.50 membership fee twice this month. Refund one please."],
    ['agent', "Sorry about that, I can see both payments. I've refunded the second one now."],
    ['customer', 'How long will it take?'],
    ['agent', 'It usually shows on your card in 3 to 5 working days. Anything else I can help with?'],
  ]);
  assert.equal(result.rubric.F1, 'n/a', result.evidence.F1.why);
  assert.equal(result.rubric.F3, 'n/a', result.evidence.F3.why);
});

test('F1/F3: a case opened with a call still to come is not resolved on the spot', () => {
  const result = runTurns('f-open', [
    ['customer', "You've taken my £12.50 membership fee twice this month. Refund one please."],
    ['agent', "Sorry about that. I've raised it with the payments team."],
    ['customer', 'And then what?'],
    ['agent', "They'll call you to confirm the refund once they hear from the bank."],
  ]);
  assert.notEqual(result.rubric.F3, 'n/a', result.evidence.F3.why);
});
