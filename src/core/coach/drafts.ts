/** Suggested words for each cue, built from the customer's own complaint (A2, C1, B2, F1–F3, F5, F6, P1). */

export interface AgentIdentity {
  name?: string;
  phone?: string;
  company?: string;
}

export interface DraftContext {
  /** The complaint said back to the customer, e.g. ["your flight was cancelled last night"]. */
  complaint: readonly string[];
  customerName?: string;
  agent?: AgentIdentity;
  supervisorName?: string;
}

// Fields the agent completes before sending; shown in angle brackets so they cannot be mistaken for facts.
const field = (value: string | undefined, label: string): string => value ?? `<${label}>`;
const address = (ctx: DraftContext): string => (ctx.customerName ? `${ctx.customerName}, ` : '');
const problem = (ctx: DraftContext): string => ctx.complaint[0] ?? 'this happened';
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A2: an apology that names what actually went wrong. */
export function draftApology(ctx: DraftContext): string {
  return `${capitalize(address(ctx))}I'm so sorry ${problem(ctx)}.`;
}

/** C1: the complaint in the agent's words, with a check that it was heard right. */
export function draftRestatement(ctx: DraftContext): string {
  const parts = ctx.complaint.length > 0 ? ctx.complaint.join(', and ') : '<the problem in your own words>';
  return `Let me make sure I've got this right: ${parts}. Is that right?`;
}

/** R1: ask what would make it right. */
export function draftAskResolution(ctx: DraftContext): string {
  return `${capitalize(address(ctx))}what would make this right for you?`;
}

/** B2: name the behaviour with an I-statement and stay on the customer's side. */
export function draftBoundary(ctx: DraftContext, kind: 'insult' | 'profanity' | 'threat'): string {
  const behaviour = kind === 'threat' ? 'threats' : kind === 'profanity' ? 'the swearing' : 'the name-calling';
  return `I want to sort out ${ctx.complaint.length > 0 ? 'what happened' : 'this'} with you, and I'm on your side. I'd find it much easier to help if we leave ${behaviour} out.`;
}

/** F1–F3: what happens next, by when, and how to reach the agent. */
export function draftCommitment(ctx: DraftContext): string {
  const who = field(ctx.agent?.name, 'your name');
  const phone = field(ctx.agent?.phone, 'your direct number');
  return `Here's what happens next: I'll <action> and call you back by <time today>. I'm ${who}, and my direct number is ${phone}.`;
}

/** F5: the Chaser, a call back after the customer hung up. */
export function draftChaser(ctx: DraftContext): string {
  const who = field(ctx.agent?.name, 'your name');
  const company = ctx.agent?.company ? ` from ${ctx.agent.company}` : '';
  const greeting = ctx.customerName ? `Hi ${ctx.customerName}` : 'Hi';
  return `${greeting}, it's ${who}${company} calling you back. I didn't want to leave you without an answer after ${problem(ctx)}.`;
}

/** F6: the supervisor's follow-up when the front line could not resolve it. */
export function draftSupervisorFollowUp(ctx: DraftContext): string {
  const who = field(ctx.supervisorName, 'supervisor name');
  const greeting = ctx.customerName ? `Hello ${ctx.customerName}` : 'Hello';
  return `${greeting}, this is ${who}, a supervisor. I was told we could not resolve things for you after ${problem(ctx)}; how can I help?`;
}

/** P1: consent to document the incident so the company can learn from it. */
export function draftConsent(): string {
  return "Would it be all right if I wrote up what happened, so we can fix the cause and it doesn't happen to you or anyone else again?";
}
