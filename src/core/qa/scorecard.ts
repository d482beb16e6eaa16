import type { TurnAnalysis } from '../analysis/types.ts';
import type { ConversationEvent } from '../conversation/types.ts';
import type { AngerLevel } from '../signals/types.ts';
import { deriveFacts } from './facts.ts';
import { RUBRIC, RUBRIC_IDS, RUBRIC_WEIGHTS, type RubricId, type RubricResult, type Verdict } from './rubric.ts';

export interface Scorecard {
  rubric: Record<RubricId, Verdict>;
  evidence: Record<RubricId, RubricResult>;
  hangup: boolean;
  abusiveCustomer: boolean;
  peakAngerLevel: AngerLevel;
  /** 0–100: weighted share of applicable rubric items met. */
  score: number;
}

/** Scores a conversation against the PLAYBOOK rubric, with the evidence for every verdict. */
export function scoreConversation(turns: readonly TurnAnalysis[], events: readonly ConversationEvent[]): Scorecard {
  const facts = deriveFacts(turns, events);
  const rubric = {} as Record<RubricId, Verdict>;
  const evidence = {} as Record<RubricId, RubricResult>;
  let earned = 0;
  let possible = 0;
  for (const id of RUBRIC_IDS) {
    const result = RUBRIC[id](facts);
    rubric[id] = result.verdict;
    evidence[id] = result;
    if (result.verdict === 'n/a') continue;
    possible += RUBRIC_WEIGHTS[id];
    if (result.verdict === 'met') earned += RUBRIC_WEIGHTS[id];
  }
  return {
    rubric,
    evidence,
    hangup: facts.customerHangups.length > 0,
    abusiveCustomer: facts.abuseTurns.length > 0,
    peakAngerLevel: facts.peakAnger,
    score: possible === 0 ? 100 : Math.round((earned / possible) * 100),
  };
}
