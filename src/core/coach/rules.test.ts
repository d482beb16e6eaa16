import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUE_RULES, nextCues } from './rules.ts';
import { initialCoachState, type CoachState } from './state.ts';
import { PRINCIPLES } from '../principles.ts';
import { readComplaint } from './complaint.ts';
import { swapPerson } from './person.ts';

const ctx = {
  complaint: readComplaint([{ text: 'My internet has dropped every night this week.', language: 'en' }]),
  agent: { name: 'Aisha', phone: '555-0110' },
};
const state = (patch: Partial<CoachState>): CoachState => ({
  ...initialCoachState(),
  peakLevel: 'angry',
  lastLevel: 'angry',
  ...patch,
});
const moves = (...labels: string[]): CoachState['moves'] => Object.fromEntries(labels.map((l) => [l, 0]));

const CASES: Array<[string, Partial<CoachState>, string, string]> = [
  ['a customer hang-up owes the Chaser', { chaserOwed: true, hungUp: true }, 'F5', 'chaser'],
  ['open abuse gets a boundary', { openAbuse: 'insult' }, 'B2', 'boundary'],
  ['a venting customer is heard out', { customerVenting: true }, 'L1', 'listen'],
  ['no apology yet after an outburst', {}, 'A1', 'apologize'],
  ['a generic apology is not enough', { moves: moves('apology') }, 'A2', 'apologize'],
  ['after the apology, restate', { moves: moves('apology', 'apology_specific') }, 'C1', 'clarify'],
  [
    'after the restatement, ask what would make it right',
    { moves: moves('apology', 'apology_specific', 'restatement') },
    'R1',
    'resolve',
  ],
  [
    'then a next step with a time',
    { moves: moves('apology', 'apology_specific', 'restatement', 'ask_desired_resolution') },
    'F1',
    'commit',
  ],
  [
    'then a name and a number',
    {
      moves: moves(
        'apology',
        'apology_specific',
        'restatement',
        'ask_desired_resolution',
        'concrete_next_step_with_time',
      ),
    },
    'F3',
    'commit',
  ],
  [
    'still angry after three replies: supervisor follow-up',
    {
      agentTurns: 3,
      lastLevel: 'furious',
      moves: moves(
        'apology',
        'apology_specific',
        'restatement',
        'ask_desired_resolution',
        'concrete_next_step_with_time',
        'name_and_number',
      ),
    },
    'F6',
    'close',
  ],
];

for (const [name, patch, principle, stage] of CASES) {
  test(`${principle} coach: ${name}`, () => {
    const next = nextCues(state(patch), ctx);
    assert.equal(next.cues[0]?.principle, principle);
    assert.equal(next.stage, stage);
  });
}

test('L1 while the customer vents the coach says nothing else', () => {
  assert.equal(nextCues(state({ customerVenting: true }), ctx).cues.length, 1);
});

test('every coach rule names a PLAYBOOK principle', () => {
  for (const rule of CUE_RULES) assert.ok(rule.principle in PRINCIPLES);
});

test('F1/F3 suggested commitment carries the agent name and number', () => {
  const next = nextCues(
    state({ moves: moves('apology', 'apology_specific', 'restatement', 'ask_desired_resolution') }),
    ctx,
  );
  assert.match(next.cues[0]!.suggestion!, /Aisha.*555-0110/);
});

const SWAPS: Array<[string, string]> = [
  ['I was told it would be fixed', 'you were told it would be fixed'],
  ['You cut off my gas', 'we cut off your gas'],
  ["I've called three times about my bill", "you've called three times about your bill"],
  ['Our shop lost six figures', 'your shop lost six figures'],
  // Punctuation around the word stays; curly apostrophes are read as straight ones.
  ['("My order) never came', '("your order) never came'],
  ['I’m done waiting', "you're done waiting"],
  // Words that are also Object.prototype members are ordinary words.
  ['my constructor quote was wrong', 'your constructor quote was wrong'],
];
for (const [from, to] of SWAPS) {
  test(`C1 restatement swaps person: "${from}"`, () => assert.equal(swapPerson(from).toLowerCase(), to.toLowerCase()));
}
