import type { AgentSignals, CustomerSignals, Stage } from '../analysis/types.ts';
import type { ReplyLabel } from './labels.ts';
import { angerRank, type AbuseKind, type AngerLevel } from '../signals/types.ts';

/** Everything the coach remembers about a conversation so far; updated turn by turn, never by I/O. */
export interface CoachState {
  stage: Stage;
  turns: number;
  customerTexts: string[];
  customerName: string | undefined;
  /** Labels the agent has used so far, with the first turn each appeared in. */
  moves: Partial<Record<ReplyLabel, number>>;
  agentTurns: number;
  customerVenting: boolean;
  customerPaused: boolean;
  /** Abuse not yet answered with an I-statement boundary (B2). */
  openAbuse: AbuseKind | null;
  abusive: boolean;
  boundarySet: boolean;
  /** The customer hung up and no call back has happened yet (F5). */
  chaserOwed: boolean;
  hungUp: boolean;
  calledBack: boolean;
  lastLevel: AngerLevel;
  peakLevel: AngerLevel;
  customerAccepted: boolean;
  lastAgentText: string;
}

export const initialCoachState = (): CoachState => ({
  stage: 'listen',
  turns: 0,
  customerTexts: [],
  customerName: undefined,
  moves: {},
  agentTurns: 0,
  customerVenting: false,
  customerPaused: false,
  openAbuse: null,
  abusive: false,
  boundarySet: false,
  chaserOwed: false,
  hungUp: false,
  calledBack: false,
  lastLevel: 'calm',
  peakLevel: 'calm',
  customerAccepted: false,
  lastAgentText: '',
});

const ACCEPTS = /\b(?:thanks|thank you|great|perfect|that works|works now|worked|all set|sounds good|fine|ok|okay|appreciate|brilliant|cheers|lovely|excellent|helps?|good)\b/i;
const REJECTS = /\b(?:unbelievable|joke|forget it|done with|ridiculous|useless|that's it\??|not good enough|whatever|no\b)/i;
// "Mr. Kim", "Ms. Varga" in the agent's words; "my name is Ana" in the customer's.
const TITLE_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+[A-Z][a-z'-]+/;
const SELF_NAME = /\b(?:my name is|this is|it's|i'm)\s+([A-Z][a-z'-]+)(?=[\s,.!]|$)/;

/** True when the customer's words accept the outcome (not a question, not a retort). */
export const isAccepting = (text: string): boolean =>
  ACCEPTS.test(text) && !REJECTS.test(text) && !text.trim().endsWith('?');

/** Applies a customer turn to the coach state. */
export function applyCustomerTurn(state: CoachState, text: string, signals: CustomerSignals): CoachState {
  const abuse = signals.abuse[0]?.kind ?? null;
  const name = state.customerName ?? (state.turns === 0 ? SELF_NAME.exec(text)?.[1] : undefined);
  return {
    ...state,
    turns: state.turns + 1,
    customerTexts: state.customerTexts.length < 4 ? [...state.customerTexts, text] : state.customerTexts,
    customerName: name,
    customerVenting: signals.venting,
    customerPaused: signals.pause,
    openAbuse: abuse ?? state.openAbuse,
    abusive: state.abusive || abuse !== null,
    boundarySet: abuse ? false : state.boundarySet,
    lastLevel: signals.level,
    peakLevel: angerRank(signals.level) > angerRank(state.peakLevel) ? signals.level : state.peakLevel,
    customerAccepted: isAccepting(text),
  };
}

/** Applies an agent turn to the coach state. */
export function applyAgentTurn(state: CoachState, text: string, signals: AgentSignals, callback: boolean): CoachState {
  const moves = { ...state.moves };
  for (const label of signals.labels) moves[label] ??= state.agentTurns;
  const setsBoundary = signals.labels.includes('i_statement_boundary');
  const isCallback = callback || (state.chaserOwed && state.hungUp);
  return {
    ...state,
    turns: state.turns + 1,
    agentTurns: state.agentTurns + 1,
    customerName: state.customerName ?? TITLE_NAME.exec(text)?.[0],
    moves,
    openAbuse: setsBoundary ? null : state.openAbuse,
    boundarySet: state.boundarySet || setsBoundary,
    chaserOwed: isCallback ? false : state.chaserOwed,
    calledBack: state.calledBack || isCallback,
    customerVenting: false,
    lastAgentText: text,
  };
}

/** Applies a hang-up: by the customer, the Chaser is owed (F5). */
export function applyHangup(state: CoachState, by: 'customer' | 'agent'): CoachState {
  return { ...state, hungUp: true, chaserOwed: by === 'customer' ? true : state.chaserOwed };
}

export const hasMove = (state: CoachState, label: ReplyLabel): boolean => state.moves[label] !== undefined;
