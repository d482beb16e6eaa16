import type { ReplyLabel } from '../coach/labels.ts';
import type { PrincipleId } from '../principles.ts';
import type { ConversationFacts } from './facts.ts';

export type Verdict = 'met' | 'violated' | 'n/a';
export const RUBRIC_IDS = [
  'L1',
  'A1',
  'A2',
  'A3',
  'C1',
  'C2',
  'R1',
  'R2',
  'F1',
  'F3',
  'F5',
  'B2',
] as const satisfies readonly PrincipleId[];
export type RubricId = (typeof RUBRIC_IDS)[number];

export interface RubricResult {
  verdict: Verdict;
  /** Turn indexes that support the verdict. */
  evidence: number[];
  why: string;
}

/** A turn's number as people count it (#1 is the first turn; `index` is 0-based). */
const shown = (index: number | undefined): number => (index ?? 0) + 1;
const met = (evidence: number[], why: string): RubricResult => ({ verdict: 'met', evidence, why });
const violated = (evidence: number[], why: string): RubricResult => ({ verdict: 'violated', evidence, why });
const notApplicable = (why: string): RubricResult => ({ verdict: 'n/a', evidence: [], why });

const anyOf = (f: ConversationFacts, labels: ReplyLabel[]): number[] =>
  labels.length === 1
    ? f.withLabel(labels[0]!).slice()
    : [...new Set(labels.flatMap((label) => f.withLabel(label)))].sort((a, b) => a - b);

/** An anti-pattern that must never happen. */
const forbidden =
  (labels: ReplyLabel[], what: string) =>
  (f: ConversationFacts): RubricResult => {
    const turns = anyOf(f, labels);
    return turns.length > 0 ? violated(turns, `${what} at turn ${shown(turns[0])}`) : met([], `no ${what}`);
  };

/** A follow-through move that is n/a when the problem was solved on the spot. */
const unlessResolved =
  (labels: ReplyLabel[], what: string) =>
  (f: ConversationFacts): RubricResult => {
    const turns = anyOf(f, labels);
    if (turns.length > 0) return met(turns, `${what} at turn ${shown(turns[0])}`);
    return f.resolvedOnTheSpot ? notApplicable('resolved on the spot') : violated([], `no ${what} and not resolved`);
  };

/** The QA rubric: one declaration per PLAYBOOK principle. */
export const RUBRIC: Record<RubricId, (f: ConversationFacts) => RubricResult> = {
  L1: (f) => {
    const turns = f.cutIns;
    if (turns.length > 0) return violated(turns, `cut in or solved mid-rant at turn ${shown(turns[0])}`);
    // Nothing to let them finish when the customer never vented: calm all through, or a composed request (issue #12:
    // "I'd like a refund please" is a request to answer, not a rant to hear out), and never mid-outburst.
    if ((!f.upset || f.openingComposed) && !f.turns.some((t) => t.customer?.venting))
      return notApplicable('the customer never vented');
    return met([], 'the customer was let to finish');
  },
  A1: (f) => {
    if (!f.upset) return notApplicable('the customer was never upset');
    // The first reply after the first outburst: an apology that only comes after a rebuke or a hang-up is too late.
    const reply = f.replyToOutburst;
    for (const turn of [f.replyToOpening, reply])
      if (turn !== undefined && f.turns[turn]!.agent!.labels.includes('apology'))
        return met([turn], `apologized at turn ${shown(turn)}`);
    return reply === undefined
      ? violated([], 'no reply to the first outburst before the hang-up')
      : violated([reply], `no apology in the first reply after the outburst (turn ${shown(reply)})`);
  },
  // A2 judges the apology given: with no apology at all there is nothing to judge (A1 already counts the missing one).
  A2: (f) => {
    const specific = anyOf(f, ['apology_specific']).filter((turn) => !f.sideApologies.includes(turn));
    if (specific.length > 0) return met(specific, `apology naming the problem at turn ${shown(specific[0])}`);
    const named = f.namedApologies;
    if (named.length > 0) return met(named, `apology naming the problem at turn ${shown(named[0])}`);
    const apologies = anyOf(f, ['apology', 'non_apology']);
    return apologies.length > 0
      ? violated(
          apologies,
          `the only apologies (turn ${shown(apologies[0])}) were generic or for the customer's feelings`,
        )
      : notApplicable('no apology to judge');
  },
  // A3 is empathy, not sympathy: met when the agent shows why the feeling makes sense without joining in or blaming.
  A3: (f) => {
    const bad = anyOf(f, ['sympathy_agreement', 'blame_company_or_colleague']);
    if (bad.length > 0) return violated(bad, `sympathy-agreement or blame at turn ${shown(bad[0])}`);
    const empathy = anyOf(f, ['empathy']);
    if (empathy.length > 0) return met(empathy, `empathy at turn ${shown(empathy[0])}`);
    return f.validations.length > 0
      ? met(f.validations, `showed why the feeling makes sense at turn ${shown(f.validations[0])}`)
      : notApplicable('neither empathy nor sympathy-agreement or blame');
  },
  C1: (f) => {
    const turns = [...f.restatements];
    if (turns.length > 0) return met(turns, `restatement at turn ${shown(turns[0])}`);
    if (f.recaps.length > 0) return met(f.recaps, `restatement of the complaint at turn ${shown(f.recaps[0])}`);
    return !f.upset
      ? notApplicable('a calm, routine request: nothing to restate')
      : violated([], 'a complaint with no restatement');
  },
  // C2: judged in calm conversations too when it happens; a routine request with none of it is n/a.
  C2: (f) => {
    if (f.lectures.length > 0)
      return violated(f.lectures, `lectured or told the customer off at turn ${shown(f.lectures[0])}`);
    const result = forbidden(['condescension', 'scolding'], 'condescension or scolding')(f);
    return result.verdict === 'met' && !f.upset
      ? notApplicable('a calm, routine request with no talking down')
      : result;
  },
  // R1: no need to ask what they want when their opening message says it, or when there is no complaint.
  R1: (f) => {
    const turns = anyOf(f, ['ask_desired_resolution']);
    if (turns.length > 0) return met(turns, `question about the desired resolution at turn ${shown(turns[0])}`);
    if (!f.upset) return notApplicable('no complaint');
    if (f.openingStatesOutcome) return notApplicable("the customer's opening message says what they want");
    return violated([], 'no question about the desired resolution');
  },
  // R2: policy can only be hidden behind when the customer asks for something the business could refuse.
  R2: (f) => {
    const turns = anyOf(f, ['policy_language']);
    if (turns.length > 0) return violated(turns, `policy language at turn ${shown(turns[0])}`);
    if (f.grants.length > 0)
      return met(f.grants.slice(0, 1), `granted without hiding behind policy at turn ${shown(f.grants[0])}`);
    const timed = f.withLabel('concrete_next_step_with_time');
    if (f.upset && f.customerRequests.length > 0 && (timed.length > 0 || f.resolvedOnTheSpot))
      return met(
        f.customerRequests.slice(0, 1),
        `request at turn ${shown(f.customerRequests[0])} answered without policy`,
      );
    return notApplicable('nothing asked for was granted or refused by policy');
  },
  F1: (f) => {
    // The last word on what happens next decides: a vague promise after (or without) any timed step leaves it open.
    // A step with a time the label missed counts too (read while the problem is open, or where a vague promise would
    // otherwise decide); a vague_promise finding counts only where its sentence sets no time (facts.vaguePromises).
    const vague = f.vaguePromises;
    const timed = [...f.withLabel('concrete_next_step_with_time'), ...f.timedSteps];
    const lastVague = vague[vague.length - 1] ?? -1;
    if (lastVague > (timed[timed.length - 1] ?? -1))
      return violated([lastVague], `promise with no time or owner at turn ${shown(lastVague)}`);
    // Session 13: the fix done here, and the only times left are when it takes effect (the refund shows, the booked
    // appointment): resolved on the spot, whatever the timed-step label says.
    if (f.resolvedOnTheSpot && vague.length === 0 && f.onlyTimesOfTheFix)
      return notApplicable('resolved on the spot; the only times are when the fix takes effect');
    // Session 13: resolved, but the agent says when the fix takes effect and leaves a contact for if it does not.
    if (f.resolvedOnTheSpot && vague.length === 0 && f.timedWithContact.length > 0)
      return met(f.timedWithContact, `next step with a time at turn ${shown(f.timedWithContact[0])}`);
    if (f.timedSteps.length > 0 && timed.length === f.timedSteps.length)
      return met(f.timedSteps, `next step with a time at turn ${shown(f.timedSteps[0])}`);
    return unlessResolved(['concrete_next_step_with_time'], 'next step with a time')(f);
  },
  F3: (f) => {
    const across = f.nameAndNumberAcrossTurns;
    if (anyOf(f, ['name_and_number']).length === 0 && across.length > 0)
      return met(across, `name and number given across turns ${across.join(', ')}`);
    return unlessResolved(['name_and_number'], 'name and number')(f);
  },
  F5: (f) => {
    if (f.customerHangups.length === 0) return notApplicable('no hang-up');
    return f.callbacks.length > 0
      ? met(f.callbacks.slice(0, 1), `called back at turn ${shown(f.callbacks[0])}`)
      : violated([], 'no call back after the hang-up');
  },
  B2: (f) => {
    if (f.abuseTurns.length === 0) return notApplicable('no abuse');
    const first = f.abuseTurns[0]!;
    const after = f.agentTurns.filter((t) => t.index > first);
    const bad = after.filter(
      (t) =>
        t.agent!.labels.includes('you_statement_blame') ||
        t.agent!.labels.includes('calm_down') ||
        t.agent!.answeredInKind.length > 0,
    );
    if (bad.length > 0)
      return violated(
        bad.map((t) => t.index),
        `answered abuse with a "you" statement or in kind at turn ${shown(bad[0]?.index)}`,
      );
    const good = after.filter((t) => t.agent!.labels.includes('i_statement_boundary')).map((t) => t.index);
    return good.length > 0
      ? met(good, `I-statement boundary at turn ${shown(good[0])}`)
      : violated([], 'abuse was never answered with a boundary');
  },
};

/** Weights for the 0–100 score: the moves that turn a customer around count most. */
export const RUBRIC_WEIGHTS: Record<RubricId, number> = {
  L1: 1,
  A1: 1,
  A2: 1.5,
  A3: 1,
  C1: 1,
  C2: 1,
  R1: 1.5,
  R2: 1,
  F1: 1.5,
  F3: 1,
  F5: 1.5,
  B2: 1,
};
