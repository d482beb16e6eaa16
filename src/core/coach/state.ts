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

const ACCEPTS =
  /\b(?:thanks|thank you|great|perfect|that works|works now|worked|all set|sounds good|fine|ok|okay|appreciate|brilliant|cheers|lovely|excellent|helps?|good)\b/i;
const REJECTS =
  /\b(?:unbelievable|joke|forget it|done with|ridiculous|useless|that's it\??|not good enough|whatever|no\b)/i;
const RESERVATION = /\b(?:but|however|though|although|except|still)\b/i;
// "Mr. Kim", "Ms. Varga" in the agent's words; "my name is Ana" in the customer's.
const TITLE_NAME = /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+[A-Z][a-z'-]+/;
const SELF_NAME = /\b(?:my name is|this is|it's|i'm)\s+([A-Z][a-z'-]+)(?=[\s,.!]|$)/;

/**
 * A copy of the state, field by field: object spread of a state this size costs several times more in V8, and the
 * coach copies the state on every turn.
 */
const copyState = (s: CoachState): CoachState => ({
  stage: s.stage,
  turns: s.turns,
  customerTexts: s.customerTexts,
  customerName: s.customerName,
  moves: s.moves,
  agentTurns: s.agentTurns,
  customerVenting: s.customerVenting,
  customerPaused: s.customerPaused,
  openAbuse: s.openAbuse,
  abusive: s.abusive,
  boundarySet: s.boundarySet,
  chaserOwed: s.chaserOwed,
  hungUp: s.hungUp,
  calledBack: s.calledBack,
  lastLevel: s.lastLevel,
  peakLevel: s.peakLevel,
  customerAccepted: s.customerAccepted,
  lastAgentText: s.lastAgentText,
});

/** True when the customer's words accept the outcome (not a question, not a retort). */
export const isAccepting = (text: string): boolean =>
  ACCEPTS.test(text) && !REJECTS.test(text) && !text.trim().endsWith('?');

/** Applies a customer turn to the coach state. */
export function applyCustomerTurn(state: CoachState, text: string, signals: CustomerSignals): CoachState {
  const abuse = signals.abuse[0]?.kind ?? null;
  const next = copyState(state);
  next.turns = state.turns + 1;
  if (state.customerTexts.length < 4) next.customerTexts = [...state.customerTexts, text];
  next.customerName = state.customerName ?? (state.turns === 0 ? SELF_NAME.exec(text)?.[1] : undefined);
  next.customerVenting = signals.venting;
  next.customerPaused = signals.pause;
  next.openAbuse = abuse ?? state.openAbuse;
  next.abusive = state.abusive || abuse !== null;
  next.boundarySet = abuse ? false : state.boundarySet;
  // A turn whose anger was not read (not English) leaves the levels as they were.
  const level = signals.level ?? state.lastLevel;
  next.lastLevel = level;
  next.peakLevel = angerRank(level) > angerRank(state.peakLevel) ? level : state.peakLevel;
  // Acceptance answers something the agent offered: a first message ("ok so my parcel…", "…Thanks so much, Ellie") and a
  // thanks with a reservation ("thanks, but it still won't load") accept nothing.
  next.customerAccepted = state.agentTurns > 0 && isAccepting(text) && !RESERVATION.test(text);
  return next;
}

/** Applies an agent turn to the coach state. */
export function applyAgentTurn(state: CoachState, text: string, signals: AgentSignals, callback: boolean): CoachState {
  // The moves record is shared with the previous state until a new label appears.
  let moves = state.moves;
  for (const label of signals.labels) {
    if (moves[label] !== undefined) continue;
    if (moves === state.moves) moves = { ...state.moves };
    moves[label] = state.agentTurns;
  }
  const setsBoundary = signals.labels.includes('i_statement_boundary');
  const isCallback = callback || (state.chaserOwed && state.hungUp);
  const next = copyState(state);
  next.turns = state.turns + 1;
  next.agentTurns = state.agentTurns + 1;
  next.customerName = state.customerName ?? TITLE_NAME.exec(text)?.[0];
  next.moves = moves;
  next.openAbuse = setsBoundary ? null : state.openAbuse;
  next.boundarySet = state.boundarySet || setsBoundary;
  next.chaserOwed = isCallback ? false : state.chaserOwed;
  next.calledBack = state.calledBack || isCallback;
  next.customerVenting = false;
  next.lastAgentText = text;
  return next;
}

/** Applies a hang-up: by the customer, the Chaser is owed (F5). */
export function applyHangup(state: CoachState, by: 'customer' | 'agent'): CoachState {
  const next = copyState(state);
  next.hungUp = true;
  if (by === 'customer') next.chaserOwed = true;
  return next;
}

export const hasMove = (state: CoachState, label: ReplyLabel): boolean => state.moves[label] !== undefined;
