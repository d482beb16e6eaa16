import type { Span } from '../conversation/types.ts';

export const ANGER_LEVELS = ['calm', 'annoyed', 'angry', 'furious'] as const;
export type AngerLevel = (typeof ANGER_LEVELS)[number];

/**
 * One anger reading of a customer message: a calibrated probability that it is angry or furious, and the level, which is
 * a set of thresholds on that same number. Text that is not English is not read at all (`scored: false`), never as calm.
 */
export type AngerScore =
  | {
      scored: true;
      /** Calibrated probability (0..1) that the message is angry or furious. */
      anger: number;
      level: AngerLevel;
      /** The message's language ('en'). */
      language: string;
    }
  | {
      scored: false;
      anger: null;
      level: null;
      /** ISO 639-1 code where there is one ('es', 'ru', …), else ISO 639-3; 'und' when it cannot be named. */
      language: string;
      /** One line saying why the message was not scored. */
      reason: string;
    };

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
