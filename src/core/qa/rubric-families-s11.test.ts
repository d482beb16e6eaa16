// Families of rubric judgement (issue #12, session 11), each with conversations written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreConversation } from './scorecard.ts';
import { type Line, score } from './test-lines.ts';

const complaint = (reply: string): Line[] => [
  [
    'customer',
    "My boiler has been broken for five days, I've got a newborn at home and your engineer didn't turn up on Tuesday!",
  ],
  ['agent', reply],
  ['customer', 'So what happens now?'],
  ['agent', "An engineer will be with you tomorrow between 8 and 10 am. I'm Tom, on 0161 496 0321."],
];

test('A3: why the feeling makes sense, in words the empathy label misses, meets A3', () => {
  const replies = [
    "I'm sorry. That would unsettle anybody.",
    "I'm sorry about the boiler. I'd be at my wits' end too.",
    "I'm sorry. In this weather you must be frantic.",
    "I'm sorry. You must feel completely fobbed off.",
    "I'm sorry the engineer never came. Waiting in all day for nobody is draining.",
    "I'm sorry. It's a safety risk as well as a nuisance.",
    "I'm sorry. No heating for five days makes it hard to keep the baby warm at night.",
    "I'm sorry. That's not the service you signed up for, and with a baby in the house that's completely understandable.",
    "I'm sorry. Losing another week would be a serious setback.",
    "I'm sorry. That's not the first week with the baby you planned.",
  ];
  for (const reply of replies) {
    const result = score(`a3-${reply.length}`, complaint(reply));
    assert.ok(!result.turns[1]!.agent!.labels.includes('empathy'), `the test needs a reply the label misses: ${reply}`);
    assert.equal(result.rubric.A3, 'met', `${reply}: ${result.evidence.A3.why}`);
    assert.match(result.evidence.A3.why, /turn 2/);
  }
});

test('A3: a feeling only named, or an offer that ends in "too", is still n/a', () => {
  const replies = [
    "I'm sorry. I understand your frustration. Let me look into it.",
    "I'm sorry about the boiler. I'd be happy to book the engineer for you too.",
    "I'm sorry. You must be the account holder, can I take your postcode?",
    "I'm sorry. I'd be able to send a fan heater too.",
  ];
  for (const reply of replies) {
    const result = score(`a3-not-${reply.length}`, complaint(reply));
    assert.equal(result.rubric.A3, 'n/a', `${reply}: ${result.evidence.A3.why}`);
  }
});

test('A3: blame of a colleague still makes A3 violated beside the reason for the feeling', () => {
  const result = score(
    'a3-blame',
    complaint("I'm sorry. That would worry any parent. Our engineer clearly didn't bother to turn up."),
  );
  assert.equal(result.rubric.A3, 'violated', result.evidence.A3.why);
});

const noQuestion = (opening: Line[]): Line[] => [
  ...opening,
  ['agent', "I'm sorry about that. I've passed it to the team."],
  ['customer', 'Fine.'],
];

test('R1: an opening that says the outcome wanted (what and by when, want it back, undo it, claim it) makes R1 n/a', () => {
  const openings: Line[][] = [
    [['customer', 'The van never came and we leave the flat at noon! I need a crew here this morning.']],
    [['customer', 'My fridge died two days after the warranty visit. I want it repaired today, not next week!']],
    [['customer', 'You charged me for a month I cancelled. I expect the payment returned.']],
    [['customer', 'Locked out of my account for no reason after 4 years!!! Want my account back']],
    [
      [
        'customer',
        'Third time the driver has left the gate open and the dog got out! Can you stop sending that driver?',
      ],
    ],
    [
      [
        'customer',
        'My coach was three hours late again and I missed my interview. I would like to claim the delay payment.',
      ],
    ],
    [
      ['customer', 'Your courier dumped my parcel in the rain and the books inside are ruined.'],
      ['customer', 'I want a full refund for the lot.'],
    ],
    [
      [
        'customer',
        "The lift's been broken for a fortnight and I'm on the sixth floor with a bad hip. I just need to know when it'll be fixed.",
      ],
    ],
  ];
  for (const opening of openings) {
    const result = score(`r1-${opening[0]![1].length}`, noQuestion(opening));
    assert.equal(result.rubric.R1, 'n/a', `${opening.map((l) => l[1]).join(' / ')}: ${result.evidence.R1.why}`);
  }
});

test('R1: a complaint that names no outcome, or names one only after the agent has replied, is still violated', () => {
  const cases: Line[][] = [
    [
      [
        'customer',
        'My fridge died two days after the warranty visit and the food is all ruined! This is the third time!',
      ],
    ],
    [['customer', 'You need to know that your driver was rude to my mother today and she is upset!']],
  ];
  for (const opening of cases) {
    const result = score(`r1-not-${opening[0]![1].length}`, noQuestion(opening));
    assert.equal(result.rubric.R1, 'violated', `${opening[0]![1]}: ${result.evidence.R1.why}`);
  }
  const late = score('r1-late', [
    ['customer', 'Your courier dumped my parcel in the rain and the books inside are ruined!'],
    ['agent', "I'm sorry about that."],
    ['customer', 'I want a full refund for the lot.'],
    ['agent', "I've passed it to the team."],
  ]);
  assert.equal(late.rubric.R1, 'violated', late.evidence.R1.why);
});

const boilerCall = (apology: string): Line[] => [
  [
    'customer',
    'My boiler has been broken for five days and your engineer never came on Tuesday! I have a baby at home!',
  ],
  ['agent', 'Can I take your postcode?'],
  ['customer', "Let me finish! I've taken two days off work for nothing."],
  ['agent', apology],
  ['customer', 'Fine.'],
  ['agent', "An engineer will be with you tomorrow between 8 and 10 am. I'm Tom, on 0161 496 0321."],
];

test('A2: an apology only for a side matter (cutting in, the call back, the line, a mix-up, the hold) leaves A2 violated', () => {
  const apologies = [
    "I'm sorry, I cut you off before you'd finished with the boiler.",
    "I'm sorry it's taken us until this evening to ring you back about the boiler.",
    "I'm sorry the line cut off earlier when we spoke about the boiler.",
    "I'm sorry for getting that wrong about the boiler earlier.",
    "I'm sorry for keeping you on hold so long about the boiler.",
    'Sorry about that anyway.',
  ];
  for (const apology of apologies) {
    const result = score(`a2-side-${apology.length}`, boilerCall(apology));
    assert.ok(result.turns[3]!.agent!.labels.includes('apology_specific'), `the test needs the label: ${apology}`);
    assert.equal(result.rubric.A2, 'violated', `${apology}: ${result.evidence.A2.why}`);
  }
});

test('A2: beside a side matter, an apology that names the problem still meets A2; so does a wait the customer complained of', () => {
  const apologies = [
    "I'm sorry I cut you off. And I'm sorry your boiler has been broken for five days and the engineer never came.",
    "I'm sorry for the hold, and I'm sorry your engineer never came for the broken boiler.",
  ];
  for (const apology of apologies) {
    const result = score(`a2-named-${apology.length}`, boilerCall(apology));
    assert.equal(result.rubric.A2, 'met', `${apology}: ${result.evidence.A2.why}`);
  }
  const waited = score('a2-wait', [
    ['customer', "I've been waiting three weeks for my sofa and nobody can tell me where it is! This is ridiculous!"],
    ['agent', "I'm so sorry about the three-week wait for your sofa."],
    ['customer', 'So where is it?'],
    ['agent', "It's on tomorrow's van, arriving between 9 and 11 am. I'm Priya, on 0161 496 0399."],
  ]);
  assert.equal(waited.rubric.A2, 'met', waited.evidence.A2.why);
});

test('C2: the customer told off for their manner, with what it will cost them, is C2 violated', () => {
  const rebukes = [
    "You won't get anywhere by shouting at me like that.",
    "Swearing at me isn't going to help, sir.",
    "Calling my colleagues clowns doesn't change anything.",
    "Don't speak to me like that. Now, what's the order number?",
    "If you keep yelling, don't expect us to bend over backwards for you.",
    'Maybe try not swearing at the person trying to help you.',
  ];
  for (const rebuke of rebukes) {
    const result = score(`c2-${rebuke.length}`, [
      ['customer', 'You useless lot have lost my parcel AGAIN! Third time this month, you absolute clowns!'],
      ['agent', rebuke],
      ['customer', 'Just find it.'],
      ['agent', "It's at the depot. It will be with you tomorrow by noon. I'm Sam, on 0161 496 0355."],
    ]);
    assert.equal(result.rubric.C2, 'violated', `${rebuke}: ${result.evidence.C2.why}`);
  }
});

test('C2: an I-statement boundary about the manner, or an offer of help, is no telling off', () => {
  const replies = [
    "I want to help you find it, and I'd find that easier without the name-calling.",
    "I'm not comfortable being called names, but I'm on your side and I will find this parcel.",
    'If you want, I can get a refund started while the depot looks for it.',
  ];
  for (const reply of replies) {
    const result = score(`c2-not-${reply.length}`, [
      ['customer', 'You useless lot have lost my parcel AGAIN! Third time this month, you absolute clowns!'],
      ['agent', reply],
      ['customer', 'Just find it.'],
      ['agent', "It's at the depot. It will be with you tomorrow by noon. I'm Sam, on 0161 496 0355."],
    ]);
    assert.equal(result.rubric.C2, 'met', `${reply}: ${result.evidence.C2.why}`);
  }
});

const parcelEnding = (ending: string): Line[] => [
  [
    'customer',
    'My parcel was marked delivered but it never came, and the driver left no card! This is the second time!',
  ],
  ['agent', "I'm sorry your parcel was marked delivered and never reached you."],
  ['customer', 'So what now?'],
  ['agent', ending],
];

test('F1: a step on the process clock (ships, is processed, stays valid until) or "by then" after a time is a timed step', () => {
  const endings = [
    "I've ordered a new one. Once the courier collects it, the new one ships within 2 business days.",
    "I've logged a claim for you. Claims like yours are usually processed within 30 days.",
    "I've knocked the delivery fee off. The discounted price is available until 28 March.",
    "I've opened a search with the depot and it could turn up before noon tomorrow. Either way I'll message you here by then.",
    'The replacement dispatches within 3 working days.',
  ];
  for (const ending of endings) {
    const result = score(`f1-clock-${ending.length}`, parcelEnding(ending));
    assert.ok(!result.turns[3]!.agent!.labels.includes('concrete_next_step_with_time'), `label found it: ${ending}`);
    assert.equal(result.rubric.F1, 'met', `${ending}: ${result.evidence.F1.why}`);
  }
  // A time told back about what happened is no step to come.
  const past = score('f1-past', parcelEnding('So it was marked delivered at 9am and nobody came. I will pass it on.'));
  assert.notEqual(past.rubric.F1, 'met', past.evidence.F1.why);
});

/** The conversation scored again with a `vague_promise` finding put on `turn` over `words` (the rubric's reading of it). */
const withVagueFinding = (lines: Line[], turn: number, words: string) => {
  const analysis = score(`vague-${words.length}`, lines);
  const turns = analysis.turns.map((t) => {
    if (t.index !== turn) return t;
    const start = t.text.indexOf(words);
    const finding = {
      label: 'vague_promise' as const,
      principle: 'F1' as const,
      polarity: 'anti' as const,
      span: { start, end: start + words.length },
      message: 'A promise with no time or owner.',
    };
    return {
      ...t,
      agent: { ...t.agent!, labels: [...t.agent!.labels, 'vague_promise' as const], findings: [finding] },
    };
  });
  return scoreConversation(turns, []);
};

test('F1: a vague_promise finding in a sentence that sets a time, or on a bare "It will be.", does not leave F1 open', () => {
  const lines: Line[] = [
    ['customer', "You've taken £30 from my meter for an old debt and I've got £4 left for the week! Nobody told me!"],
    ['agent', "I'm sorry we took it without telling you. I'll put £30 back on the meter by 6 pm today."],
    ['customer', 'Make sure it never happens again.'],
    ['agent', "It will be. And I'll call you on the 29th to check the first weekly amount is right."],
  ];
  for (const words of ['It will be.', "I'll call you"]) {
    const card = withVagueFinding(lines, 3, words);
    assert.equal(card.rubric.F1, 'met', `${words}: ${card.evidence.F1.why}`);
  }
  const vague: Line[] = [...lines.slice(0, 3), ['agent', 'Someone will look into it for you.']];
  const card = withVagueFinding(vague, 3, 'Someone will look into it');
  assert.equal(card.rubric.F1, 'violated', card.evidence.F1.why);
});

test('B2: name-calling of the agent or the staff that the abuse signal misses makes the customer abusive', () => {
  const insults = [
    "My heating's been off for a week and nobody's come. You're a bunch of useless layabouts, honestly.",
    'Third missed delivery this month. Your drivers are a pack of clueless clowns.',
    "You're all a shower of spineless cowards, hiding behind your call centre.",
    'Bleach all over my sofa and you want me to wait a week? Your company is run by idiots.',
    'Still no refund. Whoever reads this is probably one of the idiots who lost it.',
  ];
  for (const insult of insults) {
    const result = score(`b2-${insult.length}`, [
      ['customer', insult],
      ['agent', "I want to help, and I'd find that easier without the names. I'm sorry about the delay."],
      ['customer', 'Just sort it.'],
      ['agent', "An engineer will be with you tomorrow between 8 and 10 am. I'm Tom, on 0161 496 0321."],
    ]);
    assert.equal(result.abusiveCustomer, true, insult);
    assert.equal(result.rubric.B2, 'met', `${insult}: ${result.evidence.B2.why}`);
  }
});

test('B2: the brand called a joke, or a bunch of anything not said of people, is no abuse', () => {
  const criticism = [
    'Your service is a joke. Third missed delivery this month!',
    "I've got a bunch of parcels stuck at your depot and nobody answers the phone!",
    'You people are a joke, honestly. Where is my refund?',
  ];
  for (const text of criticism) {
    const result = score(`b2-not-${text.length}`, [
      ['customer', text],
      ['agent', "I'm sorry. It will be with you tomorrow between 8 and 10 am. I'm Tom, on 0161 496 0321."],
    ]);
    assert.equal(result.abusiveCustomer, false, text);
    assert.equal(result.rubric.B2, 'n/a', `${text}: ${result.evidence.B2.why}`);
  }
});
