// Families of rubric judgement (issue #12, session 10), each with conversations written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Line, score } from './test-lines.ts';

test('A1, C1, C2, R1, L1: a routine request the anger model reads as annoyed, with no grievance, stays n/a', () => {
  const routine = [
    'Morning, I have a dentist appointment next week but I lost the letter, so I just want to confirm the day and the time.',
    'Evening, my son has a swimming lesson tomorrow but I lost the timetable, I just need to know when it starts.',
  ];
  for (const opening of routine) {
    const result = score(`routine-${opening.length}`, [
      ['customer', opening],
      ['agent', 'Of course. Can I take the name and date of birth?'],
      ['customer', 'Jo Lamb, 3 May 1988.'],
      ['agent', "Thanks Jo. It's Tuesday the 9th at 10:15, in room 4."],
      ['customer', 'Great, thanks.'],
    ]);
    assert.equal(result.turns[0]!.customer!.level, 'annoyed', 'the test needs a turn read as annoyed');
    for (const id of ['L1', 'A1', 'C1', 'C2', 'R1'] as const)
      assert.equal(result.rubric[id], 'n/a', `${id} on "${opening}": ${result.evidence[id].why}`);
  }
});

test('A1, C1: a long annoyed-sounding turn that tells a grievance (late, charged twice, not working) is a complaint', () => {
  const grievances = [
    "Hi, my parcel was meant to come on Monday and it still hasn't arrived, I've had no update at all since Friday.",
    // A repeat ("again") makes a grievance annoyed under twcs-sample LABELS.md; the same request without one is a plain
    // report of a problem, which LABELS.md calls calm (the anger weights of session 12 read it so).
    "Hello, I've been charged twice for my gym membership again this month and I'd like the second payment back please.",
    "Hi, the heater you fitted on Tuesday isn't working and the flat is freezing, can someone come out today please.",
  ];
  for (const opening of grievances) {
    const result = score(`grievance-${opening.length}`, [
      ['customer', opening],
      ['agent', 'Can I take your account number?'],
      ['customer', 'It is 55120.'],
      ['agent', "Thanks, I'll pass this on."],
    ]);
    assert.equal(result.turns[0]!.customer!.level, 'annoyed', 'the test needs a turn read as annoyed');
    assert.equal(result.rubric.A1, 'violated', `${opening}: ${result.evidence.A1.why}`);
    assert.match(result.evidence.A1.why, /turn 2/);
    assert.equal(result.rubric.C1, 'violated', `${opening}: ${result.evidence.C1.why}`);
  }
});

test('A1: a grievance told in a first, annoyed-sounding turn is the outburst, even when the customer vents later', () => {
  const result = score('grievance-first', [
    [
      'customer',
      "Hi, I'm at the counter and they say my prescription isn't ready, I phoned it in four days ago and I've run out today",
    ],
    ['agent', 'Can I have your date of birth?'],
    ['customer', "I haven't finished! I have NONE left and this is the second month in a row!"],
    ['agent', "I'm so sorry, we told you it was ready and it isn't. I'm making it up now."],
  ]);
  assert.equal(result.rubric.A1, 'violated', result.evidence.A1.why);
  assert.match(result.evidence.A1.why, /turn 2/);
});

test('F1/F3: a routine call that ends on a timed step still to come is not resolved on the spot', () => {
  const result = score('routine-timed-step', [
    ['customer', 'Hi, I found some old gas readings from the winter, can you use them to correct my bills?'],
    ['agent', 'Can I take your account number?'],
    ['customer', 'It is 88231.'],
    ['agent', 'Your next bill will be worked out on a reading you send today, and it is due on 14 March.'],
    ['customer', 'Okay, thanks.'],
  ]);
  assert.equal(result.rubric.F1, 'met', result.evidence.F1.why);
  assert.notEqual(result.rubric.F3, 'n/a', result.evidence.F3.why);
});

const BOILER: Line = [
  'customer',
  'My boiler has been broken for six days, the engineer never turned up twice, and I have a newborn at home!',
];

test('C1: a retelling the agent marks as one ("To be sure I have this right: …", "So far I have: …") is met', () => {
  const recaps = [
    'To be sure I have this right: the boiler has been broken six days and the engineer missed two visits.',
    'Just to confirm the details: six days with a broken boiler, an engineer who never turned up twice, and a newborn.',
    'So far I have: a broken boiler for six days, two missed engineer visits, and a newborn at home.',
    'Let me get this right: the engineer never came, twice, and the boiler is still broken.',
    'So — six days without the boiler, two engineer no-shows, and a newborn in the house.',
    'Just so I have it all: the boiler broke six days ago and the engineer has not turned up twice. What would help most?',
    'So the boiler has been broken for six days and the engineer missed both visits. Is that right?',
    "I understand you've had a broken boiler for six days with a newborn, and the engineer never turned up.",
  ];
  for (const recap of recaps) {
    const result = score(`marked-recap-${recap.length}`, [
      BOILER,
      ['agent', "I'm so sorry."],
      ['customer', 'Yes, well.'],
      ['agent', recap],
    ]);
    assert.equal(result.rubric.C1, 'met', `${recap}: ${result.evidence.C1.why}`);
    assert.match(result.evidence.C1.why, /turn 4/);
  }
});

test('C1: a marker with nothing of the complaint after it, or a feeling named back, is no restatement', () => {
  const notRecaps = [
    'Just to check: which address is it?',
    'Right: the engineer system shows a fault code on our side. Let me check.',
    'Can I ask what would put this right for you — a visit today or a heater?',
    "I understand you're frustrated and upset.",
    'Here is what I will do: call the depot now.',
  ];
  for (const reply of notRecaps) {
    const result = score(`not-recap-${reply.length}`, [
      BOILER,
      ['agent', "I'm so sorry."],
      ['customer', 'Yes, well.'],
      ['agent', reply],
    ]);
    assert.equal(result.rubric.C1, 'violated', `${reply}: ${result.evidence.C1.why}`);
  }
});

test('A1, C1: a long annoyed-sounding turn with no routine ask in it is a complaint even without a listed grievance', () => {
  const result = score('no-routine-cue', [
    [
      'customer',
      "You sent a bright pink birthday balloon to my grandad's funeral this morning. In front of everyone. I cannot put it into words.",
    ],
    ['agent', 'Can I take the order number?'],
  ]);
  assert.equal(result.rubric.A1, 'violated', result.evidence.A1.why);
});

test('F1: a step with a time is met however it is worded; a step with no time while the problem is open is not', () => {
  const timed = [
    'A crew will empty it tomorrow, Tuesday, before 1 pm.',
    'Can you bring her in at 4:15 today?',
    'The panel meets on 3 June and the outcome is emailed within five working days of that.',
    'The money will be back in your account no later than 12 December.',
  ];
  for (const step of timed) {
    const result = score(`timed-${step.length}`, [
      BOILER,
      ['agent', "I'm so sorry, that should never have happened."],
      ['customer', 'So what now?'],
      ['agent', step],
    ]);
    assert.equal(result.rubric.F1, 'met', `${step}: ${result.evidence.F1.why}`);
    assert.match(result.evidence.F1.why, /turn 4/);
  }
  const open = score('untimed', [
    BOILER,
    ['agent', "I'm so sorry, that should never have happened."],
    ['customer', 'So what now?'],
    ['agent', 'Someone from the team will be in touch about it.'],
  ]);
  assert.equal(open.rubric.F1, 'violated', open.evidence.F1.why);
});

test('C2: lecturing the customer on what they should have done, or on the small print they signed, is scolding', () => {
  const lectures = [
    'The slots open at eight, so you should have booked the night before.',
    "If you'd filled the form in properly the first time, this would be done already.",
    'The fee is clearly stated on the contract that you signed.',
    'Next time, make sure you keep the receipt.',
  ];
  for (const lecture of lectures) {
    const result = score(`lecture-${lecture.length}`, [BOILER, ['agent', lecture]]);
    assert.equal(result.rubric.C2, 'violated', `${lecture}: ${result.evidence.C2.why}`);
    assert.match(result.evidence.C2.why, /turn 2/);
  }
  const empathy = score('should-not-have-had-to', [
    BOILER,
    ['agent', "You shouldn't have had to chase us twice. I've booked an engineer for 8am tomorrow."],
  ]);
  assert.equal(empathy.rubric.C2, 'met', empathy.evidence.C2.why);
});

test('R2: a transfer, a swap, a hold, a return label or a charge removed is a grant, whatever the amount looks like', () => {
  const grants = [
    "I've sent the transfer request for your prescriptions to the Mill Road branch.",
    "I've raised the SIM swap on your number.",
    'I have placed a hold on the account the money went to.',
    "I'll send you a return label, and the right size goes out when it's back.",
    "I've removed the £12 charge from your account.",
  ];
  for (const grant of grants) {
    const result = score(`grant-s10-${grant.length}`, [BOILER, ['agent', grant]]);
    assert.equal(result.rubric.R2, 'met', `${grant}: ${result.evidence.R2.why}`);
    assert.match(result.evidence.R2.why, /turn 2/);
  }
});

test('L1: an unfinished turn the customer then carries on, or says they were not done with, was cut in on', () => {
  const opening: Line = [
    'customer',
    'The washing machine you delivered on Monday floods the kitchen every time, and your helpline keeps telling me',
  ];
  const nextTurns = [
    "...keeps telling me to wait for a call that never comes. I've mopped up three times.",
    "I wasn't finished. Nobody has called me back once.",
    "I hadn't finished! I've been without a machine all week.",
  ];
  for (const next of nextTurns) {
    const result = score(`resumed-${next.length}`, [
      opening,
      ['agent', 'Have you checked the drain hose is fitted properly?'],
      ['customer', next],
      ['agent', "I'm sorry, go on."],
    ]);
    assert.equal(result.rubric.L1, 'violated', `${next}: ${result.evidence.L1.why}`);
    assert.match(result.evidence.L1.why, /turn 2/);
  }
  const thread = score('thread-part', [
    ['customer', '@ShopHelp (1/2) Ordered a sofa for the 4th, took the day off, nobody came and nobody rang.'],
    ['agent', 'Hi! Can you DM us your order number?'],
    ['customer', '(2/2) I want it delivered this week or my money back. Not a DM.'],
  ]);
  assert.equal(thread.rubric.L1, 'violated', thread.evidence.L1.why);
  const finished = score('finished-then-more', [
    ['customer', 'The washing machine you delivered on Monday floods the kitchen every time I use it!'],
    ['agent', "I'm so sorry. Is it leaking from the door or from underneath?"],
    ['customer', '...from underneath, I think.'],
  ]);
  assert.notEqual(finished.rubric.L1, 'violated', finished.evidence.L1.why);
});

test('F3: a name signed off with a role, and numbers in national groupings or a bare extension, are name and number', () => {
  const signOffs = [
    "I'll ring you on Friday by noon. If anything changes, contact me directly: Asha Patel, Repairs Lead, 020 7946 0321.",
    'The engineer comes on Thursday at 8am. My direct line is 0161 496 0772. Tom Briggs, Service Manager.',
    "I'll call you tomorrow at 10am. It's Priya, and you can reach me on 03 9555 0362.",
    "I'll check back with you by 5pm today. I'm Sam Cole, on extension 7 from the front desk.",
  ];
  for (const text of signOffs) {
    const result = score(`sign-off-${text.length}`, [BOILER, ['agent', text]]);
    assert.equal(result.rubric.F3, 'met', `${text}: ${result.evidence.F3.why}`);
  }
  const greeting = score('greeting-not-name', [
    BOILER,
    ['agent', "Dear Ms Lamb, Thanks. I'll call you tomorrow at 10am. Order 0161 4960772 is noted."],
  ]);
  assert.equal(greeting.rubric.F3, 'violated', greeting.evidence.F3.why);
});

test('B2: name-calling the abuse signal misses makes the customer abusive, and the reply to it is judged', () => {
  const insults = [
    "You've charged me twice again, you thieving bunch of crooks!",
    'Three weeks and no refund. You people are frauds, the lot of you!',
    "I've been cut off four times today. This is the worst company on earth!",
  ];
  for (const insult of insults) {
    const result = score(`insult-${insult.length}`, [
      ['customer', insult],
      ['agent', 'You need to calm down if you want my help.'],
    ]);
    assert.equal(result.abusiveCustomer, true, insult);
    assert.equal(result.rubric.B2, 'violated', `${insult}: ${result.evidence.B2.why}`);
  }
  const plain = score('no-insult', [
    ['customer', "You've charged me twice again and I want it back today!"],
    ['agent', "I'm sorry, I've refunded the second charge now."],
  ]);
  assert.equal(plain.rubric.B2, 'n/a', plain.evidence.B2.why);
});
