import type { ReplyLabel } from '../labels.ts';

/**
 * One declarative lint rule: a global pattern whose every match is a finding, plus guards that
 * suppress a match (negation, a compromise elsewhere in the reply) or require company for it.
 */
export interface LintRule {
  /** Stable id, used in tests and when tuning. */
  readonly id: string;
  readonly label: ReplyLabel;
  /** Must carry the `g` flag; each match is one finding spanning the match. */
  readonly pattern: RegExp;
  /** Suppress when this matches the text just before the match, within its sentence. */
  readonly notAfter?: RegExp;
  /** Suppress when this matches anywhere in the sentence holding the match. */
  readonly notInSentence?: RegExp;
  /** Keep only when this matches in the sentence holding the match. */
  readonly inSentence?: RegExp;
  /** Keep only when this matches somewhere in the reply. */
  readonly inReply?: RegExp;
  /** Suppress when this matches anywhere in the reply (e.g. a compromise after a refusal). */
  readonly notInReply?: RegExp;
  /** Only fires while the customer is still venting (L1). */
  readonly whenVenting?: boolean;
  /** At most one finding of this label per reply. */
  readonly once?: boolean;
  /** Overrides the label's default message. */
  readonly message?: string;
  /** Overrides the label's default rewrite (anti-patterns only). */
  readonly rewrite?: string;
}

/** Builds a global, case-insensitive pattern from alternatives written as plain strings. */
export const anyOf = (...alternatives: string[]): RegExp => new RegExp(alternatives.join('|'), 'gi');

/** Builds a non-global, case-insensitive guard from alternatives. */
export const guard = (...alternatives: string[]): RegExp => new RegExp(alternatives.join('|'), 'i');
