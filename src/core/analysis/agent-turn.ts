import { lint } from '../coach/lint/index.ts';
import type { ReplyLabel } from '../coach/labels.ts';
import type { LintContext } from '../coach/lint-types.ts';
import type { Span, Turn } from '../conversation/types.ts';
import { detectAbuse } from '../signals/abuse.ts';
import { byCodeUnits, sortSmall } from '../small-sort.ts';
import type { AgentSignals, Interruption } from './types.ts';

// A customer turn that ends mid-word or mid-sentence ("and my daughter's surgery is—") was cut off.
const CUT_OFF = /(?:[—–]|--|-\s*)$/;

/** L1: did this agent turn start before the customer had finished? */
export function detectInterruption(previous: Turn | undefined, turn: Turn): Interruption | null {
  if (previous?.speaker !== 'customer') return null;
  if (previous.end !== undefined && turn.at !== undefined && turn.at < previous.end) {
    return { principle: 'L1', evidence: `started at ${turn.at}s, before the customer finished at ${previous.end}s` };
  }
  if (CUT_OFF.test(previous.text.trim())) {
    return { principle: 'L1', evidence: 'the customer was cut off mid-sentence' };
  }
  return null;
}

export interface AgentTurnContext {
  previous: Turn | undefined;
  customerMessage: string | undefined;
  customerName: string | undefined;
  customerVenting: boolean;
  customerAbusive: boolean;
}

/** Signals for one agent turn: playbook moves and anti-patterns with spans, interruption, answering in kind. */
export function analyzeAgentTurn(turn: Turn, ctx: AgentTurnContext): AgentSignals {
  // Built field by field: conditional spreads cost more than the rest of the object on this hot path.
  const context: LintContext = { customerVenting: ctx.customerVenting, customerAbusive: ctx.customerAbusive };
  if (ctx.customerMessage !== undefined) context.customerMessage = ctx.customerMessage;
  if (ctx.customerName !== undefined) context.customerName = ctx.customerName;
  const findings = lint(turn.text, context);
  // The distinct labels, sorted (as `[...new Set(labels)].sort()` gives them, without the Set).
  const labels: ReplyLabel[] = [];
  for (const f of findings) if (!labels.includes(f.label)) labels.push(f.label);
  sortSmall(labels, byCodeUnits);
  const answeredInKind: Span[] = detectAbuse(turn.text).map((f) => f.span);
  return { labels, findings, interruption: detectInterruption(ctx.previous, turn), answeredInKind };
}
