import type { Span } from '../conversation/types.ts';
import type { PrincipleId } from '../principles.ts';
import type { ReplyLabel } from './labels.ts';

/** What the linter knows about the moment the reply answers. */
export interface LintContext {
  /** The customer's last message. */
  customerMessage?: string;
  /** The customer's name, when known (for L3). */
  customerName?: string;
  /** True when the customer is still mid-outburst (the signals say venting): solving now violates L1. */
  customerVenting?: boolean;
  /** True when the customer's message abused the agent (the engine already knows; saves detecting it again). */
  customerAbusive?: boolean;
}

/** One detected move (good) or anti-pattern (bad) in an agent reply. */
export interface LintFinding {
  label: ReplyLabel;
  principle: PrincipleId;
  polarity: 'move' | 'anti';
  span: Span;
  /** One sentence a person reads: what was found and why it matters. */
  message: string;
  /** For anti-patterns: better words for the matched span (or the whole reply). */
  rewrite?: string;
}
