import { AppError, fail, ok, type Result } from '../errors.ts';
import type { ConversationEvent } from '../conversation/types.ts';
import {
  COMMITMENT_KINDS,
  type CommitmentKind,
  type CommitmentState,
  type ContactDetails,
  type OrgPolicy,
} from './types.ts';

const MINUTE = 60_000;

/** A promise about to be recorded (F1: what happens next and when; F2: contact, steps, people involved). */
export interface CommitmentDraft {
  kind: CommitmentKind;
  dueAt: Date;
  ownerId?: string | null;
  contact?: ContactDetails;
  peopleInvolved?: string[];
  steps?: string[];
  /** The principle or clock that created it, e.g. `F5`. */
  source?: string;
}

/** Rules on a draft, by kind: what each kind of promise must carry before it can be recorded. */
const DRAFT_REQUIREMENTS = {
  callback: { needsContact: true, needsSteps: false },
  corrective_step: { needsContact: false, needsSteps: true },
  supervisor_follow_up: { needsContact: false, needsSteps: false },
  chaser: { needsContact: false, needsSteps: false },
  report_back: { needsContact: true, needsSteps: false },
  acknowledgement: { needsContact: false, needsSteps: false },
  final_response: { needsContact: false, needsSteps: false },
} as const satisfies Record<CommitmentKind, { needsContact: boolean; needsSteps: boolean }>;

/** F1/F2: a promise needs a kind, a valid due time no earlier than now, and what its kind requires. */
export function validateCommitmentDraft(draft: Partial<CommitmentDraft>, now: Date): Result<CommitmentDraft> {
  const kind = draft.kind;
  if (!kind || !(COMMITMENT_KINDS as readonly string[]).includes(kind)) {
    return fail(
      new AppError(
        'invalid_input',
        `unknown commitment kind "${String(kind)}"; expected one of ${COMMITMENT_KINDS.join(', ')}`,
        'kind',
      ),
    );
  }
  const dueAt = draft.dueAt;
  if (!(dueAt instanceof Date) || Number.isNaN(dueAt.getTime())) {
    return fail(
      new AppError('invalid_input', 'a commitment needs a due time (F1: say what happens next and when)', 'dueAt'),
    );
  }
  if (dueAt.getTime() < now.getTime()) {
    return fail(new AppError('invalid_input', `due time ${dueAt.toISOString()} is in the past`, 'dueAt'));
  }
  const rule = DRAFT_REQUIREMENTS[kind];
  const contact = draft.contact ?? {};
  if (rule.needsContact && !contact.phone && !contact.email) {
    return fail(
      new AppError(
        'invalid_input',
        `a ${kind} needs the customer's phone or e-mail (F2), and the customer's record has neither: send contact.phone or contact.email`,
        'contact',
      ),
    );
  }
  const steps = (draft.steps ?? []).map((s) => s.trim()).filter(Boolean);
  if (rule.needsSteps && steps.length === 0) {
    return fail(new AppError('invalid_input', `a ${kind} needs at least one step (F2)`, 'steps'));
  }
  return ok({ ...draft, kind, dueAt, contact, steps, peopleInvolved: draft.peopleInvolved ?? [] });
}

/** How a promise's state may change; `needs` names the field the change must carry. */
export const COMMITMENT_TRANSITIONS = {
  complete: { from: ['open', 'missed'], to: 'done', needs: 'outcome' },
  miss: { from: ['open'], to: 'missed', needs: null },
  waive: { from: ['open', 'missed'], to: 'waived', needs: 'reason' },
} as const satisfies Record<
  string,
  { from: readonly CommitmentState[]; to: CommitmentState; needs: 'outcome' | 'reason' | null }
>;

export type CommitmentAction = keyof typeof COMMITMENT_TRANSITIONS;

/** F4: checks a change to a promise; completing needs an outcome, waiving a reason. */
export function planCommitmentTransition(
  state: CommitmentState,
  action: string,
  detail: { outcome?: string; reason?: string },
): Result<{ to: CommitmentState }> {
  if (!Object.hasOwn(COMMITMENT_TRANSITIONS, action)) {
    return fail(new AppError('invalid_transition', `unknown commitment action "${action}"`, 'action'));
  }
  const rule = COMMITMENT_TRANSITIONS[action as CommitmentAction];
  if (!(rule.from as readonly CommitmentState[]).includes(state)) {
    return fail(new AppError('invalid_transition', `cannot ${action} a commitment that is ${state}`, 'action'));
  }
  if (rule.needs && !detail[rule.needs]?.trim()) {
    return fail(
      new AppError(
        'invalid_input',
        `to ${action} a commitment, give ${rule.needs === 'outcome' ? 'an outcome' : 'a reason'}`,
        rule.needs,
      ),
    );
  }
  return ok({ to: rule.to });
}

/** F5: a customer hang-up creates a Chaser call-back due within the org's minutes (default 10); else null. */
export function chaserForHangup(
  event: ConversationEvent,
  policy: Pick<OrgPolicy, 'chaserMinutes'>,
  now: Date,
  contact: ContactDetails = {},
): CommitmentDraft | null {
  if (event.type !== 'hangup' || event.by !== 'customer') return null;
  return {
    kind: 'chaser',
    dueAt: new Date(now.getTime() + policy.chaserMinutes * MINUTE),
    contact,
    steps: ['Call the customer back: the call dropped before the complaint was resolved'],
    source: 'F5',
  };
}

/** F6: the promise a supervisor owes a customer whose case closed unresolved. */
export function supervisorFollowUp(
  policy: Pick<OrgPolicy, 'supervisorFollowUpHours'>,
  now: Date,
  contact: ContactDetails = {},
  ownerId: string | null = null,
): CommitmentDraft {
  return {
    kind: 'supervisor_follow_up',
    dueAt: new Date(now.getTime() + policy.supervisorFollowUpHours * 60 * MINUTE),
    ownerId,
    contact,
    steps: ['Contact the customer: "I was told we could not resolve your request; how can I help?"'],
    source: 'F6',
  };
}
