/** Suggested words for each cue, built from the customer's own complaint (A2, C1, B2, F1–F3, F5, F6, P1). */
import type { Complaint } from './complaint.ts';
import { isTitle } from './lint/customer-name.ts';

export interface AgentIdentity {
  name?: string;
  phone?: string;
  company?: string;
}

export interface DraftContext {
  /** The customer's complaint, said back on demand (see complaint.ts). */
  complaint: Complaint;
  customerName?: string;
  agent?: AgentIdentity;
  supervisorName?: string;
}

/**
 * The slots a draft may leave, each a fact only the agent can supply (a time, a name, a number), in angle brackets so it
 * cannot be mistaken for one. Nothing else is ever left as a slot: what the customer said is either said back or worded
 * generally.
 */
export const AGENT_FACT_SLOTS = ['<time today>', '<your name>', '<your direct number>', '<supervisor name>'] as const;

const field = (value: string | undefined, slot: (typeof AGENT_FACT_SLOTS)[number]): string => value ?? slot;
const SPOKEN_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * How an agent says the customer's name aloud: "Maria Lopez" → "Maria", "Mrs Jane Patel" → "Mrs Patel", and nothing at
 * all for what is not a name to say ("maria.lopez@example.com", "@maria_l", "Customer 4411"). A note in brackets, such as
 * "(sample customer)", is not part of it.
 */
export function spokenName(name: string | undefined): string | undefined {
  if (name === undefined || /[\d@]/.test(name)) return undefined;
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const first = words[0];
  if (first === undefined) return undefined;
  if (isTitle(first)) {
    const last = words.at(-1);
    return words.length > 1 && last !== undefined && SPOKEN_WORD.test(last) ? `${first} ${last}` : undefined;
  }
  return SPOKEN_WORD.test(first) && /\p{Ll}/u.test(first) && !NOT_A_NAME.test(first) ? first : undefined;
}
// Capitalised words that are no one's name, read as one from "it's Saturday" or "this is Ridiculous": days, months that are
// not also names, and the words a message opens with.
const NOT_A_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|september|october|november|december|today|tonight|tomorrow|yesterday|christmas|easter|weekend|morning|evening|afternoon|hello|hi|hey|thanks|sorry|just|still|here|there|back|not|very|so|really|about|calling|ringing|phoning|writing|ridiculous|unacceptable|urgent|again|me|us|him|her|them)$/i;

const address = (ctx: DraftContext): string => {
  const name = spokenName(ctx.customerName);
  return name ? `${name}, ` : '';
};
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A2: an apology that names what actually went wrong, or the trouble with what it was about, or the trouble itself. */
export function draftApology(ctx: DraftContext): string {
  const { statements, topic } = ctx.complaint.words();
  const what =
    statements[0] !== undefined
      ? statements[0]
      : topic !== undefined
        ? `about the trouble with ${topic}`
        : "about the trouble you've had";
  return `${capitalize(address(ctx))}I'm so sorry ${what}.`;
}

/**
 * C1: the complaint in the agent's words, with a check that it was heard right. With nothing to say back, the question
 * asks what happened or what they need: a first message may be a plain question or request, where nothing went wrong.
 * `enquiry`: the customer calmly asks or requests something and names no problem (the coach's reading, see rules.ts).
 */
export function draftRestatement(ctx: DraftContext, enquiry = false): string {
  const { statements, question, topic } = ctx.complaint.words();
  // A plain question or request: what they asked is said back; a reason they gave for it ("my friend can't come", "I'm
  // moving in January") is not the point, and asking them to say again what they need, which they have just said, is
  // not listening.
  if (enquiry) {
    return question !== undefined
      ? `Let me make sure I've got this right: you'd like to know ${question}. Is that right?`
      : "Let me make sure I've understood exactly what you need, so I get it right for you.";
  }
  if (statements.length > 0)
    return `Let me make sure I've got this right: ${statements.join(', and ')}. Is that right?`;
  if (question !== undefined)
    return `Let me make sure I've got this right: you'd like to know ${question}. Is that right?`;
  if (topic !== undefined) {
    return `Let me make sure I've got this right: you're getting in touch about ${topic}. Could you tell me in your own words what's happened, or what you need?`;
  }
  return "Before I do anything, could you tell me in a sentence what's happened, or what you need, so I can make sure I've understood it?";
}

/** R1: ask what would make it right. */
export function draftAskResolution(ctx: DraftContext): string {
  const name = spokenName(ctx.customerName);
  return name ? `${name}, what would make this right for you?` : 'What would make this right for you?';
}

/** B2: name the behaviour with an I-statement and stay on the customer's side. */
export function draftBoundary(kind: 'insult' | 'profanity' | 'threat'): string {
  const behaviour = kind === 'threat' ? 'threats' : kind === 'profanity' ? 'the swearing' : 'the name-calling';
  return `I want to sort this out with you, and I'm on your side. I'd find it much easier to help if we leave ${behaviour} out.`;
}

/** F1–F3: what happens next, by when, and how to reach the agent. */
export function draftCommitment(ctx: DraftContext): string {
  const who = field(ctx.agent?.name, '<your name>');
  const phone = field(ctx.agent?.phone, '<your direct number>');
  const topic = ctx.complaint.words().topic;
  const what = topic === undefined ? 'this' : topic;
  return `Here's what happens next: I'll look into ${what} myself and call you back by <time today>. I'm ${who}, and my direct number is ${phone}.`;
}

/** F5: the Chaser, a call back after the customer hung up. */
export function draftChaser(ctx: DraftContext): string {
  const who = field(ctx.agent?.name, '<your name>');
  const company = ctx.agent?.company ? ` from ${ctx.agent.company}` : '';
  const name = spokenName(ctx.customerName);
  const greeting = name ? `Hi ${name}` : 'Hi';
  return `${greeting}, it's ${who}${company} calling you back. I didn't want to leave you without an answer${after(ctx, 'about')}.`;
}

/** A statement that tells something that happened ("your flight was cancelled", "we charged you twice"), which can
 * follow "after"; a state ("on Skype you can hear people, but they can't hear you") cannot. */
const HAPPENED = /\b(?:was|were|had|has|have|did|didn't|got|went|came|left|lost|sent|took|broke|never|\w{3,}ed)\b/i;

/** A state that is still going on ("the tracking hasn't moved in ten days", "you've been on hold for an hour") cannot follow
 * "after" either. */
const STILL_GOING =
  /\b(?:has|have|hasn't|haven't|has not|have not)\b|'(?:s|ve) (?:been|not|never)\b|n't\b.*\b(?:yet|still)\b/i;

/** " after your flight was cancelled", " about your order", or nothing. */
function after(ctx: DraftContext, about: string): string {
  const { statements, topic } = ctx.complaint.words();
  if (statements[0] !== undefined && HAPPENED.test(statements[0]) && !STILL_GOING.test(statements[0]))
    return ` after ${statements[0]}`;
  return topic === undefined ? '' : ` ${about} ${topic}`;
}

/** F6: the supervisor's follow-up when the front line could not resolve it. */
export function draftSupervisorFollowUp(ctx: DraftContext): string {
  const who = field(ctx.supervisorName, '<supervisor name>');
  const name = spokenName(ctx.customerName);
  const greeting = name ? `Hello ${name}` : 'Hello';
  return `${greeting}, this is ${who}, a supervisor. I know we still haven't put things right for you${after(ctx, 'with')}. I want to change that: how can I help?`;
}

/** P1: consent to document the incident so the company can learn from it. */
export function draftConsent(): string {
  return 'Would it be all right if I wrote up what happened, so we can stop it happening to you or anyone else again?';
}
