// Families of rubric judgement (issue #12, session 9), each with conversations written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeConversation } from '../analyze.ts';
import { parseConversations } from '../conversation/parse.ts';
import { type Line, score } from './test-lines.ts';

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

test('F5: met only by the agent calling back; violated when the customer rings back or the agent talks to a dead line', () => {
  const hangup = [{ type: 'hangup', by: 'customer', afterTurn: 2 }];
  const opening: Line[] = [COMPLAINT, ['agent', 'Can I take your postcode?'], ['customer', 'Forget it.']];
  const [called] = parseConversations([
    {
      id: 'agent-calls-back',
      turns: [
        ...opening.map(([speaker, text]) => ({ speaker, text })),
        {
          speaker: 'agent',
          text: "Hi, it's Sam from HeatRight calling you back; I've booked an engineer.",
          callback: true,
        },
      ],
      events: hangup,
    },
  ]);
  assert.equal(analyzeConversation(called!).rubric.F5, 'met');
  const ringsBack = score(
    'customer-rings-back',
    [...opening, ['customer', "It's me again, I rang off earlier. Is anyone coming?"], ['agent', 'Yes, Thursday.']],
    hangup,
  );
  assert.equal(ringsBack.rubric.F5, 'violated', ringsBack.evidence.F5.why);
  const deadLine = score('dead-line', [...opening, ['agent', 'Hello? Are you still there?']], hangup);
  assert.equal(deadLine.rubric.F5, 'violated', deadLine.evidence.F5.why);
});

test('L1: a turn that breaks off without a dash ("…on hold for") answered with a question for details is a cut-in', () => {
  const result = score('broken-off', [
    ['customer', 'The boiler died on Monday, the engineer never came, I have a baby here and I have been on hold for'],
    ['agent', 'Can I take your account number?'],
  ]);
  assert.equal(result.rubric.L1, 'violated', result.evidence.L1.why);
  assert.equal(result.evidence.L1.why, 'cut in or solved mid-rant at turn 2');
});

test('L1: handing the floor back after a cut-off ("Take your time, I\'m listening.") is letting them vent', () => {
  const result = score('yield', [
    ['customer', 'The boiler died on Monday, the engineer never came, and honestly I just—'],
    ['agent', "Take your time, I'm listening."],
    ['customer', 'I have a baby here and it is freezing. It is a disgrace.'],
    ['agent', "I'm so sorry the boiler has left you and your baby in the cold since Monday."],
  ]);
  assert.equal(result.rubric.L1, 'met', result.evidence.L1.why);
});

test('A1, C1, C2, R1: a routine request with short factual replies stays n/a', () => {
  const result = score('routine', [
    ['customer', 'Hi, I need to move my dental check-up from Tuesday to later in the week.'],
    ['agent', 'Of course. Wednesday at 4:15 or Friday at 8:50?'],
    ['customer', 'Friday please.'],
    ['agent', 'Booked for Friday at 8:50. You will get a text the day before.'],
    ['customer', 'Great, thanks.'],
  ]);
  for (const id of ['A1', 'C1', 'C2', 'R1'] as const)
    assert.equal(result.rubric[id], 'n/a', `${id}: ${result.evidence[id].why}`);
});

test('A1: the apology must come in the first reply after the outburst, not after the customer rebukes the agent', () => {
  const late = score('late-apology', [
    COMPLAINT,
    ['agent', 'What is your postcode?'],
    ['customer', 'Are you even listening to me? A newborn!'],
    ['agent', "I'm so sorry, the boiler being out for six days with a newborn is awful."],
  ]);
  assert.equal(late.rubric.A1, 'violated', late.evidence.A1.why);
  assert.equal(late.evidence.A1.why, 'no apology in the first reply after the outburst (turn 2)');
  const onTime = score('first-reply-apology', [
    COMPLAINT,
    ['agent', "I'm so sorry the boiler has been out for six days with a newborn at home."],
  ]);
  assert.equal(onTime.rubric.A1, 'met', onTime.evidence.A1.why);
  const afterYield = score('apology-after-yield', [
    ['customer', 'The boiler died on Monday, the engineer never came, and honestly I just—'],
    ['agent', "Mm-hm. Take your time, I'm listening."],
    ['customer', 'I have a newborn here and it is freezing. It is a disgrace.'],
    ['agent', "I'm so sorry the boiler has left you and your newborn in the cold since Monday."],
  ]);
  assert.equal(afterYield.rubric.A1, 'met', afterYield.evidence.A1.why);
});

test('F1/F3: a routine question answered there and then, the customer thanking, is resolved on the spot (n/a)', () => {
  const result = score('answered-routine', [
    ['customer', 'Hi, could you tell me whether the Riverside branch is open on Boxing Day?'],
    ['agent', 'It is, from 10 am to 4 pm.'],
    ['customer', 'Brilliant, thanks.'],
    ['agent', "You're welcome, enjoy the holidays."],
  ]);
  assert.equal(result.rubric.F1, 'n/a', result.evidence.F1.why);
  assert.equal(result.rubric.F3, 'n/a', result.evidence.F3.why);
});

test('F1/F3: the customer seeing the fix land ("They\'re back. OK.") after the agent restored it is resolved', () => {
  const result = score('fix-lands', [
    ['customer', 'All my saved playlists have vanished from the app. Years of them! This is ridiculous.'],
    ['agent', "I'm sorry your playlists vanished. I've restored them from last night's backup; refresh the app."],
    ['customer', "They're back. OK."],
  ]);
  assert.equal(result.rubric.F1, 'n/a', result.evidence.F1.why);
  assert.equal(result.rubric.F3, 'n/a', result.evidence.F3.why);
});

test('R1: an opening that names the outcome ("I want that fee off my card", "Want my money back") makes R1 n/a', () => {
  const openings = [
    'I want that eighty-pound cleaning fee off my card. The flat was spotless when I left, and I have the photos!',
    'Train cancelled AGAIN, missed my connection, home two hours late. Want my money back for this one.',
  ];
  for (const opening of openings) {
    const result = score(`outcome-${opening.length}`, [
      ['customer', opening],
      ['agent', "I'm so sorry about this. Let me look at it now."],
    ]);
    assert.equal(result.rubric.R1, 'n/a', `${opening}: ${result.evidence.R1.why}`);
  }
});

test('R2: a routine task done for a calm customer (a meter reading taken) is no request the business could refuse', () => {
  const result = score('routine-task', [
    ['customer', 'Hi, I am just calling to give a meter reading, the app keeps timing out on me.'],
    ['agent', 'No problem, go ahead with the reading.'],
    ['customer', 'It is 0 4 7 2 1.'],
    ['agent', 'Got it, that is in. Your next bill will use it.'],
    ['customer', 'Great, thanks for that.'],
  ]);
  assert.equal(result.rubric.R2, 'n/a', result.evidence.R2.why);
});

test("A2: an apology whose own sentence tells back the customer's words names the problem; a stock one does not", () => {
  const customer: Line = [
    'customer',
    'I paid £14 for express delivery and the parcel turned up nine days late, with the hamper inside ruined!',
  ];
  const named = score('named-apology', [
    customer,
    ['agent', "I'm sorry, Ms Obi, you paid for express delivery and the hamper arrived nine days late and ruined."],
  ]);
  assert.equal(named.rubric.A2, 'met', named.evidence.A2.why);
  assert.match(named.evidence.A2.why, /turn 2/);
  const stock = score('stock-apology', [customer, ['agent', 'Sorry for the inconvenience. How can I help?']]);
  assert.equal(stock.rubric.A2, 'violated', stock.evidence.A2.why);
});
