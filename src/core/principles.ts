/** Principle IDs of ../shared/PLAYBOOK.md; every cue, lint finding and rubric verdict names one. */
export const PRINCIPLES = {
  L1: 'Let them vent',
  L2: 'Stay neutral and slower',
  L3: 'Use their name',
  L4: 'Thank them',
  A1: 'Apologize at the pause',
  A2: 'Apologize for the real thing',
  A3: 'Empathy, not sympathy',
  A4: 'Own it',
  C1: 'Restate the complaint',
  C2: "Don't talk down",
  C3: 'Find the underlying issue',
  R1: 'Ask what resolution they want',
  R2: 'Never hide behind policy',
  R3: 'Right person',
  R4: 'Act now',
  R5: 'Proportionate sacrifice',
  R6: "Compromise when you can't solve it",
  F1: 'No ambiguity',
  F2: 'Call-back record',
  F3: 'Leave your name and number',
  F4: 'Execute the promise',
  F5: 'The Chaser',
  F6: 'Supervisor follow-up',
  B1: 'Foul language is not accepted',
  B2: '"I", not "you"',
  B3: 'Ending the conversation',
  P1: 'Ask consent to document',
  P2: 'Fix the process',
  P3: 'The unhappiest customers are the best source of learning',
  V1: 'How valuable is this customer?',
} as const;

export type PrincipleId = keyof typeof PRINCIPLES;

export const isPrincipleId = (value: string): value is PrincipleId => value in PRINCIPLES;
