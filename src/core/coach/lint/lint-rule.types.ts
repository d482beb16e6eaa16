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
  /** Only fires when the customer's message is abusive (B2: how abuse is answered). */
  readonly whenAbusive?: boolean;
  /** Only fires when the customer's message condemns the company or its staff (A3: joining in). */
  readonly whenCondemning?: boolean;
  /**
   * Findings of these labels that overlap this rule's finding are dropped: "I'm sorry you feel that way" matches the
   * apology rule too, but it is a non-apology (A2 violated), not an A1 apology.
   */
  readonly supersedes?: readonly ReplyLabel[];
  /** At most one finding of this label per reply. */
  readonly once?: boolean;
  /** Overrides the label's default message. */
  readonly message?: string;
  /** Overrides the label's default rewrite (anti-patterns only). */
  readonly rewrite?: string;
}

/** Splits a regex source at its top-level `|` (outside groups and character classes). */
export function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(source.slice(start));
  return parts;
}

/**
 * Builds a global, case-insensitive pattern from alternatives written as plain strings. When every
 * alternative opens with `\b`, the boundary is tested once per position instead of once per alternative.
 */
export function anyOf(...alternatives: string[]): RegExp {
  const parts = alternatives.flatMap(splitTopLevel);
  const hoist = parts.every((p) => p.startsWith('\\b'));
  return new RegExp(hoist ? `\\b(?:${parts.map((p) => p.slice(2)).join('|')})` : parts.join('|'), 'gi');
}

/** Builds a non-global, case-insensitive guard from alternatives. */
export const guard = (...alternatives: string[]): RegExp => new RegExp(alternatives.join('|'), 'i');
