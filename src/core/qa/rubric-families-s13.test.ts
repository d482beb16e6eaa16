// Families of rubric judgement (issue #12, session 13), each with conversations written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Line, score } from './test-lines.ts';

const refundAsked: Line[] = [
  ['customer', "You've charged me twice for the same gym class this month. I want the second one back."],
  ['agent', "I'm sorry we took the class fee twice. So you were charged £12 on the 3rd and again on the 4th."],
  ['customer', 'Yes, that is right.'],
];

test('F1/F3: a refund done here whose only time is when it shows, with no contact left, is resolved on the spot', () => {
  for (const done of [
    "Done. I've refunded the second £12 to your card, you'll see it within 3 working days.",
    'The second £12 is refunded to your card now; it will show on your statement in 3 to 5 days.',
    "I've refunded the duplicate £12. It'll be back on your card within five working days, and there's nothing more you need to do.",
  ]) {
    const result = score(`f1-tail-${done.length}`, [...refundAsked, ['agent', done], ['customer', 'Great, thanks.']]);
    assert.equal(result.rubric.F1, 'n/a', `${done}: ${result.evidence.F1.why}`);
    assert.equal(result.rubric.F3, 'n/a', `${done}: ${result.evidence.F3.why}`);
  }
});

test('F1: the same refund with a call to come, a contact for if it does not show, or a decision still due stays met', () => {
  for (const open of [
    "Done. I've refunded the second £12 to your card, you'll see it within 3 working days. I'll ring you on Friday to check it has arrived.",
    "Done. I've refunded the second £12 to your card, you'll see it within 3 working days. If it hasn't, ring me on 0161 496 0123.",
    "I've sent the case to our disputes team and you'll get an email about the outcome within 48 hours.",
  ]) {
    const result = score(`f1-open-${open.length}`, [...refundAsked, ['agent', open], ['customer', 'Okay, thanks.']]);
    assert.equal(result.rubric.F1, 'met', `${open}: ${result.evidence.F1.why}`);
  }
});

test('F1: an appointment booked for the customer is the fix itself; a visit still to come out is a next step', () => {
  const asked: Line[] = [
    ['customer', "Hi, my son's eye test was cancelled twice now, I'm not happy. Can you fit him in this week?"],
    ['agent', "I'm sorry his test has been cancelled twice. Let me look at the diary."],
    ['customer', 'Thanks.'],
  ];
  const booked = score('f1-booked', [
    ...asked,
    ['agent', "I've booked him in for Thursday at 4:30 with Ms Reid."],
    ['customer', 'Perfect, thank you.'],
    ['agent', 'You are welcome, see you both then!'],
  ]);
  assert.equal(booked.rubric.F1, 'n/a', booked.evidence.F1.why);
  const visit = score('f1-visit', [
    ...asked,
    ['agent', "I've booked an engineer for Thursday between 8 and 12 to fix the machine."],
    ['customer', 'Perfect, thank you.'],
    ['agent', 'You are welcome, see you both then!'],
  ]);
  assert.notEqual(visit.rubric.F1, 'n/a', visit.evidence.F1.why);
});

test('F1/F3: a routine question the agent answers with the last word, nothing promised, is resolved on the spot', () => {
  for (const answer of [
    'We close at 8 tonight, and your parcel is on the shelf by the till under your surname.',
    'Lovely. Hold the power button for ten seconds and it restarts with the new settings. Nothing else to do!',
  ]) {
    const result = score(`f1-routine-${answer.length}`, [
      ['customer', 'Hello, is my parcel ready to collect, and how late are you open?'],
      ['agent', 'Hi! Let me look. Yes, it came in this morning.'],
      ['customer', 'Good. What time do you shut?'],
      ['agent', answer],
    ]);
    assert.equal(result.rubric.F1, 'n/a', `${answer}: ${result.evidence.F1.why}`);
    assert.equal(result.rubric.F3, 'n/a', `${answer}: ${result.evidence.F3.why}`);
  }
  const promised = score('f1-routine-promise', [
    ['customer', 'Hello, is my parcel ready to collect, and how late are you open?'],
    ['agent', 'Hi! Let me look. It has not come in yet.'],
    ['customer', 'Oh. When will it?'],
    ['agent', "I'll call you as soon as it arrives."],
  ]);
  assert.notEqual(promised.rubric.F3, 'n/a', promised.evidence.F3.why);
});

test('F1/F3: a fix confirmed done ("gone through", "all clear", "back!") or a note kept for next time leaves nothing open', () => {
  const lines: Line[][] = [
    [
      ['customer', 'My pizza came an hour late and stone cold. I want my money back.'],
      ['agent', "I'm so sorry it arrived late and cold. So you waited an hour and it was cold when it came."],
      ['customer', 'Yes.'],
      ['agent', 'The full £18 is refunded to your card, and it has gone through already.'],
    ],
    [
      ['customer', "There's a £9 fine on my library card for a book I returned last week. Bit annoyed, honestly."],
      ['agent', "Sorry about that. Let me check... it was checked in late. I've removed the fine."],
      ['customer', "So it's sorted?"],
      ['agent', "All clear, your account's at £0 now."],
      ['customer', 'Lovely, thanks.'],
      ['agent', 'Have a good day!'],
    ],
    [
      ['customer', 'Your update wiped the saved playlists on my speaker and I am really fed up.'],
      ['agent', "I'm sorry the update wiped them. I've restored last week's backup to your speaker, can you check?"],
      ['customer', "They're back! Every one of them."],
      ['agent', "Great. I've also paused updates on your account until the fix is out."],
      ['customer', 'Thank you, really.'],
    ],
    [
      ['customer', 'My dentist appointment was cancelled after I had taken the morning off. Not good enough.'],
      ['agent', "I'm sorry you lost a morning for nothing. What would suit you instead?"],
      ['customer', 'Saturday morning, please.'],
      [
        'agent',
        "Done. I've booked you in this Saturday at 9:15, and I've put a note on your file so we ring you first if anything changes.",
      ],
    ],
  ];
  for (const conversation of lines) {
    const result = score(`f3-done-${conversation.length}-${conversation[0]![1].length}`, conversation);
    assert.equal(result.rubric.F3, 'n/a', `${conversation[0]![1]}: ${result.evidence.F3.why}`);
  }
});

test('C1: a retelling used to tell the customer off is no restatement', () => {
  const result = score('c1-scold', [
    ['customer', "I've rung your office four times this week about my son's exam results and nobody has called back!"],
    [
      'agent',
      "So you've been ringing the main office, you should really be ringing the exams officer, it says so in the newsletter.",
    ],
    ['customer', 'Are you serious?'],
    ['agent', 'The exams officer is in on Monday.'],
  ]);
  assert.equal(result.rubric.C1, 'violated', result.evidence.C1.why);
  const kind = score('c1-kind', [
    ['customer', "I've rung your office four times this week about my son's exam results and nobody has called back!"],
    [
      'agent',
      "I'm sorry nobody has rung you back. So you've rung the office four times this week about your son's exam results and heard nothing.",
    ],
    ['customer', 'Yes.'],
    ['agent', 'I will call you with them by 3pm today. I am Ruth, on 0161 496 0144.'],
  ]);
  assert.equal(kind.rubric.C1, 'met', kind.evidence.C1.why);
});

test('R2: the change a customer asked for, made, is granted without hiding behind policy (met)', () => {
  for (const grant of [
    "The price for the 20th is higher, but I've kept your original rate for both nights.",
    "It's cheaper that week, so I'll keep you on the lower rate.",
    'Your daily transfer limit is now £5,000 until midnight.',
  ]) {
    const result = score(`r2-ask-${grant.length}`, [
      ['customer', 'Hello, could you move my stay from the 12th to the 20th, and can I keep the same price?'],
      ['agent', 'Of course, let me have a look.'],
      ['customer', 'Thanks.'],
      ['agent', grant],
      ['customer', 'Brilliant, thank you.'],
    ]);
    assert.equal(result.rubric.R2, 'met', `${grant}: ${result.evidence.R2.why}`);
  }
});

test('A1, C2: an opening that reports a fault politely (charged twice, declined, missing) is a complaint', () => {
  for (const opening of [
    'Hi, I have been charged twice for my phone bill this month, same amount both times.',
    'Hello, my card got declined at the chemist just now even though there is money in the account.',
    'Hi, my shopping arrived with the milk and the bread missing.',
  ]) {
    const result = score(`a1-fault-${opening.length}`, [
      ['customer', opening],
      ['agent', 'Can I take your account number?'],
      ['customer', 'It is 4417 2290.'],
      ['agent', "Thanks. That's fixed now, it won't happen again."],
      ['customer', 'Okay, thanks.'],
    ]);
    assert.equal(result.rubric.A1, 'violated', `${opening}: ${result.evidence.A1.why}`);
    assert.notEqual(result.rubric.C2, 'n/a', `${opening}: ${result.evidence.C2.why}`);
  }
  const routine = score('a1-fault-routine', [
    ['customer', 'Hi, could I move my delivery from Tuesday to Thursday, please?'],
    ['agent', 'Of course. Done, it is now Thursday between 8 and 12.'],
    ['customer', 'Lovely, thanks.'],
  ]);
  assert.equal(routine.rubric.A1, 'n/a', routine.evidence.A1.why);
});

test('R1: an opening that wants the thing in a state ("I\'d just like it ready…") or the reason itself is n/a', () => {
  const reply: Line = [
    'agent',
    "I'm sorry about this. I'll look into it and call you by 4pm today. I'm Jo, on 0161 496 0188.",
  ];
  for (const opening of [
    "My glasses were meant to be ready on Monday and they still aren't. I'd just like them ready for Friday please, I'm driving.",
    "My daughter was sent home from her swimming lesson for forgetting her cap, and she missed the whole class. I'd like to know why.",
  ]) {
    const result = score(`r1-state-${opening.length}`, [['customer', opening], reply]);
    assert.equal(result.rubric.R1, 'n/a', `${opening}: ${result.evidence.R1.why}`);
  }
  const open = score('r1-open', [
    [
      'customer',
      "My glasses were meant to be ready on Monday and they still aren't. I'd like to know what you are going to do about it.",
    ],
    reply,
  ]);
  assert.equal(open.rubric.R1, 'violated', open.evidence.R1.why);
});

test('F1: a fix done whose time it takes effect is told with a contact for if it does not is a next step (met)', () => {
  for (const done of [
    "I've taken all £60 of the charges off; the corrected bill will show by Friday. I'm Sam, ring me on 0161 496 0123 if it doesn't.",
    'Done. The £60 is credited now and it should reach your account within 5 working days. If not, my direct line is 0161 496 0124.',
  ]) {
    const result = score(`f1-contact-${done.length}`, [...refundAsked, ['agent', done], ['customer', 'Okay, thanks.']]);
    assert.equal(result.rubric.F1, 'met', `${done}: ${result.evidence.F1.why}`);
  }
});
