import type { LintFinding } from '../coach/lint-types.ts';
import type { ReplyLabel } from '../coach/labels.ts';
import type { Speaker, Span } from '../conversation/types.ts';
import type { PrincipleId } from '../principles.ts';
import type { AbuseFinding, AngerLevel } from '../signals/types.ts';

export const STAGES = ['listen', 'apologize', 'clarify', 'resolve', 'commit', 'close', 'boundary', 'chaser'] as const;
export type Stage = (typeof STAGES)[number];

/** What the coach tells the agent to do next. */
export interface Cue {
  principle: PrincipleId;
  stage: Stage;
  /** The instruction, one sentence. */
  message: string;
  /** The evidence that triggered it. */
  why: string;
  /** Words the agent can say, built from the customer's complaint. */
  suggestion?: string;
  /** Why a cue that usually suggests words has none (the customer does not write English). */
  noSuggestion?: string;
}

export interface CustomerSignals {
  /** The calibrated probability that the turn is angry or furious; null when it was not read (not English). */
  anger: number | null;
  /** Thresholds on `anger`; null when it was not read. */
  level: AngerLevel | null;
  /** The turn's language ('en' when read). */
  language: string;
  /** Why the anger was not read (the turn is not English); absent when it was. */
  notScored?: string;
  abuse: AbuseFinding[];
  /** The customer is mid-outburst (L1: don't interrupt or solve yet). */
  venting: boolean;
  /** The outburst has just run out of steam: the moment to apologize (A1). */
  pause: boolean;
}

/** An agent turn that cut the customer off (L1), from overlapping times or a cut-off customer turn. */
export interface Interruption {
  principle: 'L1';
  evidence: string;
}

export interface AgentSignals {
  labels: ReplyLabel[];
  findings: LintFinding[];
  interruption: Interruption | null;
  /** Profanity or insults in the agent's own words: answering in kind (B1). */
  answeredInKind: Span[];
}

export interface TurnAnalysis {
  index: number;
  speaker: Speaker;
  text: string;
  at?: number;
  callback?: boolean;
  customer?: CustomerSignals;
  agent?: AgentSignals;
  /** Playbook stage after this turn. */
  stage: Stage;
  /** Next cues after this turn, most important first. */
  cues: Cue[];
}
