import { AppError, fail, ok, type Result } from '../errors.ts';
import type { PrincipleId } from '../principles.ts';
import type { CaseOutcome, CaseState, CommitmentKind } from './types.ts';

/** A lifecycle action: which states it leaves, where it goes, and what it does to the case's record. */
interface TransitionRule {
  from: readonly CaseState[];
  to: CaseState;
  /** Regulatory clocks this step meets: their open commitments are marked done. */
  fulfils: readonly CommitmentKind[];
  principle?: PrincipleId;
}

/** ISO 10002-style lifecycle: receive → acknowledge → investigate → propose → resolve → close; reopen. */
export const CASE_TRANSITIONS = {
  acknowledge: { from: ['received'], to: 'acknowledged', fulfils: ['acknowledgement'] },
  investigate: { from: ['received', 'acknowledged'], to: 'investigating', fulfils: ['acknowledgement'] },
  propose_resolution: { from: ['investigating'], to: 'resolution_proposed', fulfils: [], principle: 'R1' },
  reject_proposal: { from: ['resolution_proposed'], to: 'investigating', fulfils: [], principle: 'R6' },
  resolve: {
    from: ['investigating', 'resolution_proposed'],
    to: 'resolved',
    fulfils: ['final_response'],
    principle: 'F4',
  },
  close: {
    from: ['received', 'acknowledged', 'investigating', 'resolution_proposed', 'resolved'],
    to: 'closed',
    fulfils: ['acknowledgement', 'final_response'],
  },
  reopen: { from: ['resolved', 'closed'], to: 'investigating', fulfils: [], principle: 'P2' },
} as const satisfies Record<string, TransitionRule>;

export type CaseAction = keyof typeof CASE_TRANSITIONS;
export const CASE_ACTIONS = Object.keys(CASE_TRANSITIONS) as CaseAction[];

export const isCaseAction = (value: string): value is CaseAction => Object.hasOwn(CASE_TRANSITIONS, value);

/** The open promise a close must account for. */
export interface OpenCommitmentRef {
  id: string;
  kind: CommitmentKind;
}

export interface TransitionPlan {
  from: CaseState;
  to: CaseState;
  /** Set when the case closes: `unresolved` unless it was resolved first (F6). */
  outcome: CaseOutcome | null;
  /** Open regulatory-clock commitments this step meets. */
  fulfil: string[];
  /** Open commitments waived by the close, with the reason given for each. */
  waive: { id: string; reason: string }[];
  /** F6: a case closed unresolved is owed a supervisor follow-up. */
  needsSupervisorFollowUp: boolean;
}

export interface TransitionRequest {
  state: CaseState;
  action: string;
  openCommitments: readonly OpenCommitmentRef[];
  /** Reasons for waiving open commitments, by commitment id; only a close reads them. */
  waivers?: Readonly<Record<string, string>>;
}

/** Checks a lifecycle step against the table and its guards; returns what the step must do, or why it cannot. */
export function planCaseTransition(request: TransitionRequest): Result<TransitionPlan> {
  const { state, action, openCommitments } = request;
  if (!isCaseAction(action)) {
    return fail(
      new AppError(
        'invalid_transition',
        `unknown action "${action}"; expected one of ${CASE_ACTIONS.join(', ')}`,
        'action',
      ),
    );
  }
  const rule: TransitionRule = CASE_TRANSITIONS[action];
  if (!rule.from.includes(state)) {
    return fail(new AppError('invalid_transition', `cannot ${action} a case that is ${state}`, 'action'));
  }
  const fulfil = openCommitments.filter((c) => rule.fulfils.includes(c.kind)).map((c) => c.id);
  if (action !== 'close') {
    return ok({ from: state, to: rule.to, outcome: null, fulfil, waive: [], needsSupervisorFollowUp: false });
  }
  const waivers = request.waivers ?? {};
  const unaccounted = openCommitments.filter((c) => !fulfil.includes(c.id) && !waivers[c.id]?.trim());
  if (unaccounted.length > 0) {
    const ids = unaccounted.map((c) => `${c.kind} ${c.id}`).join(', ');
    return fail(
      new AppError(
        'invalid_transition',
        `cannot close with open commitments unless each is waived with a reason: ${ids}`,
        'waivers',
      ),
    );
  }
  const waive = openCommitments
    .filter((c) => !fulfil.includes(c.id))
    .map((c) => ({ id: c.id, reason: (waivers[c.id] ?? '').trim() }));
  const outcome: CaseOutcome = state === 'resolved' ? 'resolved' : 'unresolved';
  return ok({ from: state, to: 'closed', outcome, fulfil, waive, needsSupervisorFollowUp: outcome === 'unresolved' });
}
