import { createLiveSession, type SessionOptions } from './analysis/session.ts';
import type { TurnAnalysis } from './analysis/types.ts';
import type { Conversation } from './conversation/types.ts';
import { scoreConversation, type Scorecard } from './qa/scorecard.ts';
import type { AngerLevel } from './signals/types.ts';

export { createLiveSession, type LiveSession, type SessionOptions } from './analysis/session.ts';

/**
 * The analysis contract's version: 2 is camelCase throughout, levels named `…Level` and probabilities `…Score`
 * (`peakAngerLevel`, `angerTrend.startLevel`/`startScore`). Rows stored as version 1 (snake_case, no `version`)
 * are rewritten by migration 0013.
 */
export const ANALYSIS_VERSION = 2;

export interface AngerTrend {
  /** Anger level of the first and last customer turn whose anger was read. */
  startLevel: AngerLevel | null;
  endLevel: AngerLevel | null;
  /** Anger probability of the first and last customer turn. */
  startScore: number | null;
  endScore: number | null;
  direction: 'calmer' | 'angrier' | 'steady';
}

export interface ConversationAnalysis extends Scorecard {
  version: typeof ANALYSIS_VERSION;
  id: string;
  industry?: string;
  angerTrend: AngerTrend;
  turns: TurnAnalysis[];
}

function angerTrend(turns: readonly TurnAnalysis[]): AngerTrend {
  // Only turns whose anger was read (English) have a level to compare.
  const customer = turns.filter((t) => t.customer?.anger != null);
  const first = customer[0]?.customer;
  const last = customer[customer.length - 1]?.customer;
  const delta = first && last ? last.anger! - first.anger! : 0;
  return {
    startLevel: first?.level ?? null,
    endLevel: last?.level ?? null,
    startScore: first ? Math.round(first.anger! * 1000) / 1000 : null,
    endScore: last ? Math.round(last.anger! * 1000) / 1000 : null,
    direction: delta <= -0.1 ? 'calmer' : delta >= 0.1 ? 'angrier' : 'steady',
  };
}

/** Full analysis of a finished conversation: signals, moves and cues per turn, and the QA scorecard. */
export function analyzeConversation(conversation: Conversation, options: SessionOptions = {}): ConversationAnalysis {
  const session = createLiveSession(options);
  const hangups = [...conversation.events].sort((a, b) => a.afterTurn - b.afterTurn);
  conversation.turns.forEach((turn, index) => {
    session.addTurn(turn);
    for (const event of hangups) if (event.afterTurn === index) session.addEvent(event);
  });
  const turns = [...session.turns];
  return {
    version: ANALYSIS_VERSION,
    id: conversation.id,
    ...(conversation.industry === undefined ? {} : { industry: conversation.industry }),
    ...scoreConversation(turns, session.events),
    angerTrend: angerTrend(turns),
    turns,
  };
}
