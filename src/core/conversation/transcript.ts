import { AppError } from '../errors.ts';
import { LIMITS } from './limits.ts';
import type { Conversation, ConversationEvent, Speaker, Turn } from './types.ts';

export interface TranscriptOptions {
  id?: string;
  /** Labels that mean the customer (case-insensitive). */
  customerNames?: string[];
  /** Labels that mean the agent (case-insensitive). */
  agentNames?: string[];
}

const DEFAULT_NAMES: Record<Speaker, string[]> = {
  customer: ['customer', 'caller', 'client', 'user', 'member', 'guest'],
  agent: ['agent', 'rep', 'representative', 'support', 'advisor', 'operator'],
};

// "[00:01:05] Customer: text", "(12.5) Agent (callback): text", "Customer: text"
const TURN_LINE =
  /^\s*(?:[[(]\s*(\d{1,2}:(?=\d{1,2}:\d{2}))?(\d{1,2}:\d{2}(?:\.\d+)?|\d+(?:\.\d+)?)s?\s*[\])]\s*)?([\p{L}][\p{L}\p{N} ._'-]{0,40}?)\s*(\((?:callback|call back|call-back)\))?\s*:\s?(.*)$/iu;
// A clock time in brackets at the start of a turn's text, as in "Customer: [00:00] text" or "Agent: (1:02:03) text".
const LEADING_TIME = /^[[(]\s*(\d{1,2}:(?=\d{1,2}:\d{2}))?(\d{1,2}:\d{2}(?:\.\d+)?)\s*[\])]\s*/;
// A transcript may open on a bracketed time: "[00:00] Customer: …" is a transcript, not a JSON array.
const OPENS_WITH_TIME = /^\s*\[\s*\d{1,2}:\d{2}/;
const HANGUP_LINE =
  /^\s*[[(*]+\s*(?:hang-?up\s*:\s*(\w+)|(\w+)\s+(?:hangs up|hung up|hang up|disconnects|disconnected))\s*[\])*]+\s*$/i;

function toSeconds(hours: string | undefined, clock: string): number {
  const parts = clock.split(':').map(Number);
  const base = parts.length === 2 ? parts[0]! * 60 + parts[1]! : parts[0]!;
  return (hours ? Number(hours.slice(0, -1)) * 3600 : 0) + base;
}

/** Parses a plain "Customer: … / Agent: …" transcript; unlabelled lines continue the previous turn. */
export function parseTranscript(text: string, options: TranscriptOptions = {}): Conversation {
  const names: Record<Speaker, Set<string>> = {
    customer: new Set((options.customerNames ?? DEFAULT_NAMES.customer).map((n) => n.toLowerCase())),
    agent: new Set((options.agentNames ?? DEFAULT_NAMES.agent).map((n) => n.toLowerCase())),
  };
  const turns: Turn[] = [];
  const events: ConversationEvent[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const hangup = HANGUP_LINE.exec(line);
    if (hangup) {
      const who = (hangup[1] ?? hangup[2] ?? '').toLowerCase();
      const by: Speaker | undefined = names.customer.has(who) ? 'customer' : names.agent.has(who) ? 'agent' : undefined;
      if (!by) throw new AppError('invalid_input', `unknown speaker "${who}" in hang-up marker`, `line ${i + 1}`);
      if (turns.length === 0) throw new AppError('invalid_input', 'hang-up before any turn', `line ${i + 1}`);
      events.push({ type: 'hangup', by, afterTurn: turns.length - 1 });
      return;
    }
    const match = TURN_LINE.exec(line);
    const label = match?.[3]?.trim().toLowerCase();
    const speaker: Speaker | undefined =
      label && names.customer.has(label) ? 'customer' : label && names.agent.has(label) ? 'agent' : undefined;
    if (match && speaker) {
      let body = match[5]!.trim();
      // "Customer: [00:00] text": the time came after the label; it is the turn's time, not its words.
      const time = LEADING_TIME.exec(body);
      if (time) body = body.slice(time[0].length).trim();
      if (!body) throw new AppError('invalid_input', 'empty text', `line ${i + 1}`);
      const turn: Turn = { speaker, text: body };
      if (match[2]) turn.at = toSeconds(match[1], match[2]);
      else if (time) turn.at = toSeconds(time[1], time[2]!);
      if (match[4]) turn.callback = true;
      turns.push(turn);
      if (turns.length > LIMITS.maxTurns) {
        throw new AppError('invalid_input', `more than ${LIMITS.maxTurns} turns`, `line ${i + 1}`);
      }
      return;
    }
    const last = turns[turns.length - 1];
    if (!last) {
      const shown = label ? `unknown speaker "${match![3]!.trim()}"` : 'expected "Customer: …" or "Agent: …"';
      throw new AppError('invalid_input', shown, `line ${i + 1}`);
    }
    last.text += ` ${line.trim()}`;
  });
  if (turns.length === 0)
    throw new AppError('invalid_input', 'no turns found (expected "Customer: …" / "Agent: …" lines)');
  const long = turns.findIndex((turn) => turn.text.length > LIMITS.maxTurnChars);
  if (long >= 0)
    throw new AppError('invalid_input', `a turn holds at most ${LIMITS.maxTurnChars} characters`, `turn ${long + 1}`);
  return { id: options.id ?? 'transcript', turns, events };
}

/** Reads either the JSON format or a plain transcript, deciding by how it opens (`{`, or `[` not followed by a time). */
export function looksLikeJson(text: string): boolean {
  const first = text.trimStart()[0];
  return first === '{' || (first === '[' && !OPENS_WITH_TIME.test(text));
}
