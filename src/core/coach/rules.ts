import type { Cue, Stage } from '../analysis/types.ts';
import type { PrincipleId } from '../principles.ts';
import { angerRank } from '../signals/types.ts';
import {
  draftApology,
  draftAskResolution,
  draftBoundary,
  draftChaser,
  draftCommitment,
  draftConsent,
  draftRestatement,
  draftSupervisorFollowUp,
  type DraftContext,
} from './drafts.ts';
import { hasMove, type CoachState } from './state.ts';

interface CueRule {
  principle: PrincipleId;
  stage: Stage;
  when: (s: CoachState, ctx: DraftContext) => boolean;
  message: string;
  why: (s: CoachState) => string;
  suggest?: (s: CoachState, ctx: DraftContext) => string;
}

const angry = (s: CoachState): boolean => angerRank(s.peakLevel) > 0;
/**
 * Something went wrong for the customer: they sound at least annoyed, and their first messages are not praise or thanks
 * with nothing wrong in them (the anger reading hears "annoyed" in plenty of praise; nothing there calls for an apology).
 */
const upset = (s: CoachState, ctx: DraftContext): boolean => angry(s) && !praise(s, ctx);
/**
 * Praise or thanks with nothing wrong in it: nothing to restate, ask about or put right. The tone is read from the first
 * two messages; a customer who sounds angry now (a later message, or praise meant as sarcasm) is not praising.
 */
const praise = (s: CoachState, ctx: DraftContext): boolean =>
  angerRank(s.lastLevel) < 2 && ctx.complaint.tone() === 'praise';
/** A calm question or request that names no problem: nothing to make right. */
const enquiry = (s: CoachState, ctx: DraftContext): boolean => !angry(s) && ctx.complaint.tone() === 'enquiry';
/** …before the agent has answered it: a next step and a call back wait until there is something to follow up. */
const firstEnquiry = (s: CoachState, ctx: DraftContext): boolean => s.agentTurns === 0 && enquiry(s, ctx);
const settled = (s: CoachState): boolean => s.customerAccepted && !s.chaserOwed;
const abuseKind = (s: CoachState): 'insult' | 'profanity' | 'threat' =>
  s.openAbuse === 'threat' ? 'threat' : s.openAbuse === 'profanity_at_agent' ? 'profanity' : 'insult';

/** The coach's rules, most urgent first; the first that applies sets the stage. */
export const CUE_RULES: readonly CueRule[] = [
  {
    principle: 'F5',
    stage: 'chaser',
    when: (s) => s.chaserOwed,
    message: 'The customer hung up: call them back now (the Chaser).',
    why: () => 'A customer hang-up leaves the complaint open and the customer angrier.',
    suggest: (_s, ctx) => draftChaser(ctx),
  },
  {
    principle: 'B2',
    stage: 'boundary',
    when: (s) => s.openAbuse !== null,
    message: 'Set a boundary with an "I" statement; stay on their side and never answer in kind (B1).',
    why: (s) =>
      `The customer's ${abuseKind(s) === 'threat' ? 'threat' : 'abuse aimed at you'} has not been answered with a boundary yet.`,
    suggest: (s) => draftBoundary(abuseKind(s)),
  },
  {
    principle: 'L1',
    stage: 'listen',
    when: (s) => s.customerVenting,
    message: "Let them vent: don't interrupt, argue or start solving until they pause.",
    why: () => 'The customer is mid-outburst; the first burst is the most intense and passes.',
  },
  {
    principle: 'A1',
    stage: 'apologize',
    when: (s, ctx) => upset(s, ctx) && !hasMove(s, 'apology'),
    message: 'Apologize for what went wrong, even if the customer is wrong.',
    why: (s) => (s.customerPaused ? 'The outburst has run out of steam: this is the moment.' : 'No apology yet.'),
    suggest: (_s, ctx) => draftApology(ctx),
  },
  {
    principle: 'A2',
    stage: 'apologize',
    when: (s, ctx) => upset(s, ctx) && hasMove(s, 'apology') && !hasMove(s, 'apology_specific'),
    message: 'Apologize for the real thing: name what actually upset them, not "the inconvenience".',
    why: () => 'The apology so far does not name the problem.',
    suggest: (_s, ctx) => draftApology(ctx),
  },
  {
    principle: 'C1',
    stage: 'clarify',
    when: (s, ctx) => !hasMove(s, 'restatement') && !settled(s) && !praise(s, ctx),
    message: 'Restate the complaint in your own words and check you heard it right.',
    why: () => 'No restatement yet; it shows you listened and catches misunderstandings.',
    suggest: (s, ctx) => draftRestatement(ctx, enquiry(s, ctx)),
  },
  {
    principle: 'R1',
    stage: 'resolve',
    when: (s, ctx) => !hasMove(s, 'ask_desired_resolution') && !settled(s) && !praise(s, ctx) && !enquiry(s, ctx),
    message: 'Ask what would make it right for them.',
    why: () => 'You have not asked what resolution the customer wants.',
    suggest: (_s, ctx) => draftAskResolution(ctx),
  },
  {
    principle: 'F1',
    stage: 'commit',
    when: (s, ctx) =>
      !hasMove(s, 'concrete_next_step_with_time') && !settled(s) && !praise(s, ctx) && !firstEnquiry(s, ctx),
    message: 'Say exactly what happens next and by when; no ambiguity.',
    why: () => 'No next step with a time has been given.',
    suggest: (_s, ctx) => draftCommitment(ctx),
  },
  {
    principle: 'F3',
    stage: 'commit',
    when: (s, ctx) => !hasMove(s, 'name_and_number') && !settled(s) && !praise(s, ctx) && !firstEnquiry(s, ctx),
    message: 'Leave your name and a direct number before you end the conversation.',
    why: () => 'The customer cannot reach you again without them.',
    suggest: (_s, ctx) => draftCommitment(ctx),
  },
  {
    principle: 'F6',
    stage: 'close',
    when: (s) => s.agentTurns >= 3 && angerRank(s.lastLevel) >= 2 && !s.customerAccepted,
    message: 'Not resolved: schedule a supervisor follow-up with the customer.',
    why: (s) => `The customer is still ${s.lastLevel} after ${s.agentTurns} replies.`,
    suggest: (_s, ctx) => draftSupervisorFollowUp(ctx),
  },
  {
    principle: 'P1',
    stage: 'close',
    when: (s, ctx) => upset(s, ctx),
    message: 'Ask their consent to document the incident so the cause can be fixed.',
    why: () => 'The unhappiest customers are the best source of learning (P3), with their consent.',
    suggest: () => draftConsent(),
  },
  {
    principle: 'L4',
    stage: 'close',
    when: (s, ctx) => !hasMove(s, 'thanks') && ctx.complaint.tone() !== 'enquiry' && !praise(s, ctx),
    message: 'Thank them for bringing the problem to your attention.',
    why: () => 'No thanks yet.',
  },
  // L4 where there is no problem to bring: praise is thanked for itself, a plain question for the contact.
  {
    principle: 'L4',
    stage: 'close',
    when: (s, ctx) => !hasMove(s, 'thanks') && praise(s, ctx),
    message: 'Thank them for letting you know, and pass any praise on to whoever earned it.',
    why: () => 'The customer is praising or thanking, with nothing wrong to put right; no thanks yet.',
  },
  {
    principle: 'L4',
    stage: 'close',
    when: (s, ctx) => !hasMove(s, 'thanks') && ctx.complaint.tone() === 'enquiry',
    message: 'Thank them for getting in touch.',
    why: () => 'The customer asks or tells something with no problem in it; no thanks yet.',
  },
];

/** Replaces a cue's lazy `suggestion` with the words, as a plain field. */
function settleSuggestion(cue: Cue, value: string): string {
  Object.defineProperty(cue, 'suggestion', { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/** What a lazy cue's words are drafted from, kept on the cue under a symbol that is not enumerable. */
const DRAFT = Symbol('draft');
type Draft = readonly [draft: NonNullable<CueRule['suggest']>, state: CoachState, ctx: DraftContext];
type LazyCue = Cue & { [DRAFT]: Draft };

/**
 * The lazy `suggestion`: one getter and setter shared by every cue, so defining it reuses one shape instead of building
 * closures and an accessor per cue (an object literal with `get suggestion()` cost as much as the rest of the turn's cues).
 */
const LAZY_SUGGESTION: PropertyDescriptor & ThisType<LazyCue> = {
  enumerable: true,
  configurable: true,
  get(): string {
    const [draft, state, ctx] = this[DRAFT];
    return settleSuggestion(this, draft(state, ctx));
  },
  set(value: string) {
    settleSuggestion(this, value);
  },
};

/**
 * The cue for a rule that applies, with its suggested words. They are built the first time `suggestion` is read (the
 * grammar step costs far more than the rest of a turn's analysis, and most analyses are never shown), then kept; JSON,
 * spreads and structuredClone read them as a plain field (the symbol holding what they are drafted from is not
 * enumerable, so none of those see it). When the customer does not write English there are no English words:
 * `noSuggestion` says why.
 */
function makeCue(rule: CueRule, state: CoachState, ctx: DraftContext): Cue {
  const cue: Cue = { principle: rule.principle, stage: rule.stage, message: rule.message, why: rule.why(state) };
  const draft = rule.suggest;
  if (draft === undefined) return cue;
  const reason = ctx.complaint.notEnglish;
  if (reason !== undefined) {
    cue.noSuggestion = reason;
    return cue;
  }
  Object.defineProperty(cue, DRAFT, { value: [draft, state, ctx] satisfies Draft });
  Object.defineProperty(cue, 'suggestion', LAZY_SUGGESTION);
  return cue;
}

/** The words every cue rule with a suggestion would offer now, whether or not it fires (for evaluation). */
export function everyDraft(state: CoachState, ctx: DraftContext): Cue[] {
  return CUE_RULES.filter((rule) => rule.suggest !== undefined).map((rule) => makeCue(rule, state, ctx));
}

/** The next cues for the current state (at most `limit`), and the stage the first one belongs to. */
export function nextCues(state: CoachState, ctx: DraftContext, limit = 2): { stage: Stage; cues: Cue[] } {
  const cues: Cue[] = [];
  let stage: Stage = 'close';
  for (const rule of CUE_RULES) {
    if (!rule.when(state, ctx)) continue;
    if (cues.length === 0) stage = rule.stage;
    cues.push(makeCue(rule, state, ctx));
    // While the customer vents, nothing else should be said (L1).
    if (cues.length >= limit || rule.principle === 'L1') break;
  }
  return { stage, cues };
}
