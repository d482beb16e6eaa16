import type { Span } from '../conversation/types.ts';

export const ANGER_LEVELS = ['calm', 'annoyed', 'angry', 'furious'] as const;
export type AngerLevel = (typeof ANGER_LEVELS)[number];

export interface AngerScore {
  /** Probability (0..1) that the text expresses anger. */
  anger: number;
  level: AngerLevel;
}

/** Anything that turns a message into an anger probability and level (lexicon, trained model, ...). */
export interface AngerModel {
  readonly name: string;
  score(text: string): AngerScore;
}

export const angerRank = (level: AngerLevel): number => ANGER_LEVELS.indexOf(level);

export type AbuseKind = 'profanity_at_agent' | 'insult' | 'threat' | 'slur';

export interface AbuseFinding {
  kind: AbuseKind;
  span: Span;
  text: string;
}
