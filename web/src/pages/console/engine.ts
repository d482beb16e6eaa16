/** The console's bridge to the in-browser engine (src/core): live session, reply lint, pasted conversations. */
import './zod-jitless';
import { createLiveSession, type LiveSession } from '@core/analyze.ts';
import type { Cue, Stage, TurnAnalysis } from '@core/analysis/types.ts';
import { lint } from '@core/coach/lint/index.ts';
import type { LintContext, LintFinding } from '@core/coach/lint-types.ts';
import { parseConversationJson } from '@core/conversation/parse.ts';
import { looksLikeJson, parseTranscript } from '@core/conversation/transcript.ts';
import type { Conversation, ConversationEvent, Speaker, Turn } from '@core/conversation/types.ts';
import { AppError } from '@core/errors.ts';
import { PRINCIPLES, type PrincipleId } from '@core/principles.ts';
import { isAdvice } from '../common/format';

export type { Conversation, ConversationEvent, Cue, LintFinding, LiveSession, Speaker, Stage, Turn, TurnAnalysis };
export { createLiveSession, lint, PRINCIPLES, type PrincipleId };

/** The playbook's stages in the order a conversation moves through them (boundary and Chaser are detours). */
export const STAGE_ORDER: ReadonlyArray<{ stage: Stage; label: string }> = [
  { stage: 'listen', label: 'Listen' },
  { stage: 'apologize', label: 'Apologize' },
  { stage: 'clarify', label: 'Clarify' },
  { stage: 'resolve', label: 'Resolve' },
  { stage: 'commit', label: 'Commit' },
  { stage: 'close', label: 'Close' },
];
export const DETOUR_LABEL: Partial<Record<Stage, string>> = {
  boundary: 'Boundary (abuse)',
  chaser: 'Chaser (hang-up)',
};

export const principleName = (id: string): string => (id in PRINCIPLES ? PRINCIPLES[id as PrincipleId] : id);

/** Parses what the agent pasted: a JSON conversation (or array: the first) or a `Customer:`/`Agent:` transcript. */
export function parsePasted(text: string): Conversation {
  if (!looksLikeJson(text)) return parseTranscript(text);
  const [first] = parseConversationJson(text);
  if (!first) throw new AppError('invalid_input', 'no conversation in the JSON');
  return first;
}

/** What the linter needs to know about the moment the reply answers. */
export function lintContextOf(session: LiveSession | null): LintContext {
  const context: LintContext = {};
  if (!session) return context;
  const last = [...session.turns].reverse().find((t) => t.speaker === 'customer');
  if (last) {
    context.customerMessage = last.text;
    context.customerAbusive = (last.customer?.abuse.length ?? 0) > 0;
  }
  if (session.state.customerName !== undefined) context.customerName = session.state.customerName;
  context.customerVenting = session.state.customerVenting;
  return context;
}

/** `<slot>` fields a suggestion leaves for the agent to fill (never sent as-is). */
export const SLOT = /<[^<>\n]{1,60}>/g;
export const findSlots = (text: string): Array<{ start: number; end: number; text: string }> =>
  [...text.matchAll(SLOT)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

/** The words inside a rewrite's quotes ("…" becomes a slot to fill); null when it has no quoted words. */
export function rewriteWords(rewrite: string | undefined): string | null {
  if (!rewrite) return null;
  const quoted = /"([^"]+)"/.exec(rewrite)?.[1];
  if (!quoted) return null;
  return quoted.replace(/\s*…\s*/g, (gap) => `${gap.startsWith(' ') ? ' ' : ''}<…>${gap.endsWith(' ') ? ' ' : ''}`);
}

const SENTENCE_START = /(^|[.!?]\s+|\n\s*)$/;
const KEEP_CAPITAL = /^(I|I'm|I'd|I'll|I've)\b/;

/** Applies a finding's rewrite to the reply: its span replaced by the rewrite's words, fitted to the sentence. */
export function applyRewrite(reply: string, finding: LintFinding): string | null {
  let words = rewriteWords(finding.rewrite);
  if (words === null) return null;
  const before = reply.slice(0, finding.span.start);
  const after = reply.slice(finding.span.end);
  if (!SENTENCE_START.test(before) && !KEEP_CAPITAL.test(words)) words = words.charAt(0).toLowerCase() + words.slice(1);
  // "…it.", followed by the reply's own punctuation: keep one.
  if (/^[.!?,;:]/.test(after.trimStart())) words = words.replace(/[.!?]$/, '');
  return before + words + after;
}

/** Anger as a 0–100 meter value. */
export const angerPercent = (anger: number): number => Math.round(Math.max(0, Math.min(1, anger)) * 100);

export const LEVEL_COLOR: Record<'calm' | 'annoyed' | 'angry' | 'furious', string> = {
  calm: 'teal',
  annoyed: 'yellow',
  angry: 'orange',
  furious: 'red',
};

/** B3: the documented ending, only after a boundary was set and the abuse went on. */
export const B3_ENDING =
  "I'd like to help, and I've asked that we leave the abuse out. As it's continuing, I'm going to end this call now. I've noted what happened, and we'll contact you in writing about your complaint.";

/** The words a cue's Insert puts in the Reply box: a correction's quoted rewrite, or the drafted suggestion. */
export function insertText(cue: Cue): string | null {
  if (!cue.suggestion) return null;
  if (isAdvice(cue.suggestion)) return rewriteWords(cue.suggestion);
  return cue.suggestion;
}
