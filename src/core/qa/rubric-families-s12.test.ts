// Families of rubric judgement (issue #12, session 12), each with conversations written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Line, score } from './test-lines.ts';

test('L1: a complaint told in whole sentences whose last one stops with no end mark was cut off (violated)', () => {
  const openings = [
    "My fridge stopped cooling on Sunday. I've thrown away two weeks of food. I called on Monday and the woman told me an engineer would ring back and nobody",
    'The train was cancelled at Crewe. We sat on the platform for three hours. Then your staff put us on a coach that broke down outside Stafford and the driver just kept',
    "Your courier left my parcel in the rain. The box was soaked through. The laptop inside won't turn on and when I rang the depot they said it was my fault because the",
  ];
  for (const opening of openings) {
    const result = score(`l1-trail-${opening.length}`, [
      ['customer', opening],
      ['agent', 'Can I take your order number, please?'],
      ['customer', "It's on the email. Anyway, I want it sorted."],
      ['agent', "I'm sorry. I'll arrange it today and call you by 5pm. I'm Sam on 0161 496 0555."],
    ]);
    assert.equal(result.rubric.L1, 'violated', `${opening}: ${result.evidence.L1.why}`);
    assert.deepEqual(result.evidence.L1.evidence, [1]);
  }
});

test('L1: a short or casual last line with no end mark, or a turn the customer closed, is no cut-in', () => {
  const openings = [
    "My fridge stopped cooling on Sunday. I've thrown away two weeks of food. Where is the engineer",
    "My fridge stopped cooling on Sunday and I've thrown away two weeks of food, nobody has called me back at all",
    "My fridge stopped cooling on Sunday. I've thrown away two weeks of food. I called on Monday and nobody rang back.",
    'my fridge stopped cooling on sunday. thrown away two weeks of food and not one person from your lot has rung me back',
    'My fridge stopped cooling on Sunday. and i have thrown away two weeks of food and still nobody has rung me back',
  ];
  for (const opening of openings) {
    const result = score(`l1-closed-${opening.length}`, [
      ['customer', opening],
      ['agent', "I'm sorry your fridge has failed and you've lost your food. Can I take your order number?"],
      ['customer', 'FR-20031.'],
      ['agent', 'An engineer will be with you tomorrow between 8 and 12. I am Sam, on 0161 496 0555.'],
    ]);
    assert.notEqual(result.rubric.L1, 'violated', `${opening}: ${result.evidence.L1.why}`);
  }
});

test('A1: a listening noise is not the reply after the outburst; the apology after it meets A1', () => {
  for (const noise of ['Mm.', 'Mm-hm.', 'Okay.', 'Uh-huh...', 'Right.', 'I see.', '...', 'Yeah.']) {
    const result = score(`a1-noise-${noise}`, [
      [
        'customer',
        'Your van reversed into my gate this morning and drove off! The post is snapped and the dog nearly got out!',
      ],
      ['agent', noise],
      ['customer', "And nobody at the depot will even give me a name. I'm livid."],
      [
        'agent',
        "I'm so sorry our driver damaged your gate and left without a word. I'll send someone to repair it tomorrow at 9am. I'm Priya, on 0161 496 0777.",
      ],
    ]);
    assert.equal(result.rubric.A1, 'met', `${noise}: ${result.evidence.A1.why}`);
    assert.deepEqual(result.evidence.A1.evidence, [3]);
    assert.notEqual(result.rubric.L1, 'violated', `${noise} hands the floor back: ${result.evidence.L1.why}`);
  }
});

test('A1: a reply that says something, even briefly, is still judged as the reply', () => {
  for (const reply of ['Okay, what is your postcode?', 'Right, I can send a form.', 'Mm, gates are not covered.']) {
    const result = score(`a1-said-${reply.length}`, [
      [
        'customer',
        'Your van reversed into my gate this morning and drove off! The post is snapped and the dog nearly got out!',
      ],
      ['agent', reply],
      ['customer', "And nobody at the depot will even give me a name. I'm livid."],
      ['agent', "I'm so sorry about the gate. I'll send someone tomorrow at 9am."],
    ]);
    assert.equal(result.rubric.A1, 'violated', `${reply}: ${result.evidence.A1.why}`);
    assert.deepEqual(result.evidence.A1.evidence, [1]);
  }
});

const openCase: Line[] = [
  ['customer', 'My new washing machine leaks every time it spins and the kitchen floor is ruined! Third wash now!'],
  ['agent', "I'm so sorry the new machine is leaking and has damaged your floor. What would put this right for you?"],
  ['customer', 'A working machine, and someone to look at the floor.'],
];

test('F3: a name said with where the agent is from, or signed after a dash, with a number, meets F3', () => {
  const replies = [
    [
      "It's Gareth from Brightwash, calling you back.",
      'An engineer will come on Thursday at 10am. My number is 0161 496 0999.',
    ],
    [
      'An engineer will come on Thursday at 10am.',
      'If anything changes, call me on 0161 496 0999 — Gareth, Customer Support.',
    ],
    [
      'An engineer will come on Thursday at 10am.',
      'My direct line is 0161 496 0999 — Gareth — if nobody turns up, ring me.',
    ],
    [
      'Hello, this is Gareth at the Leeds depot.',
      'An engineer will come on Thursday at 10am. Ring 0161 496 0999 any time.',
    ],
  ];
  for (const [first, second] of replies) {
    const result = score(`f3-${first!.length}-${second!.length}`, [
      ...openCase,
      ['agent', first!],
      ['customer', 'Fine.'],
      ['agent', second!],
    ]);
    assert.equal(result.rubric.F3, 'met', `${first} / ${second}: ${result.evidence.F3.why}`);
  }
});

test('F3: a weekday or a place after "it\'s", or a dash before a plain word, is no name', () => {
  const replies = [
    ["It's Thursday at the earliest, I'm afraid.", 'An engineer will come on Thursday at 10am. Ring 0161 496 0999.'],
    ['An engineer will come on Thursday at 10am.', 'The number is 0161 496 0999 — Monday to Friday.'],
  ];
  for (const [first, second] of replies) {
    const result = score(`f3-not-${first!.length}-${second!.length}`, [
      ...openCase,
      ['agent', first!],
      ['customer', 'Fine.'],
      ['agent', second!],
    ]);
    assert.equal(result.rubric.F3, 'violated', `${first} / ${second}: ${result.evidence.F3.why}`);
  }
});

test('F1: a call back at a time said the British way is a timed step, not a vague promise', () => {
  for (const time of ['half ten', 'half past four', 'quarter to six', 'quarter past 9']) {
    const result = score(`f1-spoken-${time}`, [
      ...openCase,
      ['agent', `I've booked an engineer. I'll ring you at ${time} to check it's all in hand.`],
    ]);
    // The linter reads "I'll ring you" as a vague promise; the rubric reads the time in its sentence.
    assert.ok(result.turns[3]!.agent!.labels.includes('vague_promise'), 'the test needs the vague_promise finding');
    assert.equal(result.rubric.F1, 'met', `${time}: ${result.evidence.F1.why}`);
  }
  const vague = score('f1-spoken-none', [
    ...openCase,
    ['agent', "I've passed it on. I'll ring you when I hear back to check it's all in hand."],
  ]);
  assert.equal(vague.rubric.F1, 'violated', vague.evidence.F1.why);
});

test('F1/F3: a routine change done in the conversation ("your booking is now…") is resolved on the spot', () => {
  for (const done of [
    'Your booking is now 3 to 5 June, same room, confirmation sent.',
    'Done. Your appointment is now on the 9th at the same clinic.',
    'Your reservation is now for four people, and the table stays the same.',
  ]) {
    const result = score(`routine-${done.length}`, [
      ['customer', 'Hello, could I move my booking on by one day please? Something came up at work.'],
      ['agent', 'Of course, one moment.'],
      ['customer', 'Thanks.'],
      ['agent', done],
      ['customer', 'Lovely. Is parking still free?'],
      ['agent', 'Yes, parking is free for guests, in the car park behind the building.'],
    ]);
    assert.equal(result.rubric.F1, 'n/a', `${done}: ${result.evidence.F1.why}`);
    assert.equal(result.rubric.F3, 'n/a', `${done}: ${result.evidence.F3.why}`);
  }
  const pending = score('routine-pending', [
    ['customer', 'Hello, could I move my booking on by one day please? Something came up at work.'],
    ['agent', 'Of course, one moment.'],
    ['customer', 'Thanks.'],
    ['agent', 'Your booking is now with our reservations team to look at.'],
    ['customer', 'Okay. Is parking still free?'],
    ['agent', 'Yes, parking is free for guests, in the car park behind the building.'],
  ]);
  assert.notEqual(pending.rubric.F1, 'n/a', pending.evidence.F1.why);
});
