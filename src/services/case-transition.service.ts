import { planCaseTransition } from '../core/cases/case-lifecycle.ts';
import { AppError, type Result } from '../core/errors.ts';
import { appendAudit, snapshot, type AuditEntry } from '../store/repositories/audit.repository.ts';
import { findCase, updateCase, type CasePatch, type CaseRow } from '../store/repositories/case.repository.ts';
import {
  listOpenCaseCommitments,
  updateCommitments,
  type CommitmentRow,
} from '../store/repositories/commitment.repository.ts';
import { addSupervisorFollowUp } from './follow-up.service.ts';
import {
  type EventContext,
  found,
  type OrgActor,
  requireActor,
  requirePolicy,
  rowEvent,
  runInTransaction,
  runUnitOfWork,
  type ScopedActor,
  unwrap,
  type ServiceContext,
} from './context.ts';
import { readVisibleCase } from './case.service.ts';

export interface TransitionOptions {
  /** Reasons for waiving open promises on close, by commitment id (F4 guard). */
  waivers?: Record<string, string>;
  /** Refuse the step if the case is no longer at this version (optimistic concurrency). */
  expectedVersion?: number;
}

export interface TransitionedCase {
  case: CaseRow;
  /** Promises met, waived or created by this step. */
  commitments: CommitmentRow[];
}

/** Case fields each target state sets (reopening clears the ending). */
const STATE_FIELDS = {
  received: () => ({}),
  acknowledged: () => ({}),
  investigating: () => ({ resolvedAt: null, closedAt: null, outcome: null }),
  resolution_proposed: () => ({}),
  resolved: (now: Date) => ({ resolvedAt: now }),
  closed: (now: Date) => ({ closedAt: now }),
} as const satisfies Record<CaseRow['state'], (now: Date) => CasePatch>;

/** A step of a case's lifecycle: which case, the action, and the step's options. */
export type CaseStep = { caseId: string; action: string } & TransitionOptions;

/**
 * Moves a case through its lifecycle, enforcing the guards and creating what the step owes (F4, F6). A door calls
 * `moveCase`, which checks the actor may see the case and emits the step's event.
 */
export async function transitionCase(
  ctx: ServiceContext,
  actor: OrgActor,
  input: CaseStep,
): Promise<Result<TransitionedCase>> {
  const { orgId, userId: actorId } = actor;
  const { caseId, action, ...options } = input;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const policy = await requirePolicy(tx, orgId);
    await requireActor(tx, orgId, actorId);
    const before = found(await findCase(tx, orgId, caseId, true), 'case', 'caseId');
    if (options.expectedVersion !== undefined && options.expectedVersion !== before.version) {
      throw new AppError(
        'conflict',
        `the case is at version ${before.version}, not ${options.expectedVersion}`,
        'expectedVersion',
      );
    }
    const open = await listOpenCaseCommitments(tx, orgId, caseId);
    const plan = unwrap(
      planCaseTransition({
        state: before.state,
        action,
        openCommitments: open,
        ...(options.waivers ? { waivers: options.waivers } : {}),
      }),
    );
    const audit: AuditEntry[] = [];
    const touched: CommitmentRow[] = [];
    const note = (rows: CommitmentRow[], verb: string) => {
      for (const row of rows) {
        audit.push({
          entity: 'commitment',
          entityId: row.id,
          action: verb,
          actorId,
          at: now,
          before: snapshot(open.find((o) => o.id === row.id) ?? {}),
          after: snapshot(row),
        });
        touched.push(row);
      }
    };
    note(
      await updateCommitments(tx, orgId, plan.fulfil, {
        state: 'done',
        outcome: `met when the case was ${plan.to}`,
        completedAt: now,
        updatedAt: now,
      }),
      'done',
    );
    for (const waiver of plan.waive) {
      note(
        await updateCommitments(tx, orgId, [waiver.id], {
          state: 'waived',
          waiveReason: waiver.reason,
          updatedAt: now,
        }),
        'waived',
      );
    }
    const patch: CasePatch = {
      state: plan.to,
      updatedAt: now,
      ...STATE_FIELDS[plan.to](now),
      ...(plan.outcome ? { outcome: plan.outcome } : {}),
    };
    const after = await updateCase(tx, orgId, caseId, before.version, patch);
    if (!after) throw new AppError('conflict', 'the case changed during the step; try again', 'caseId');
    audit.unshift({
      entity: 'case',
      entityId: caseId,
      action,
      actorId,
      at: now,
      before: snapshot(before),
      after: snapshot(after),
    });
    if (plan.needsSupervisorFollowUp) {
      const followUp = await addSupervisorFollowUp(tx, policy, after, actorId, now);
      audit.push(followUp.audit);
      touched.push(followUp.commitment);
    }
    await appendAudit(tx, orgId, audit);
    return { case: after, commitments: touched };
  });
}

/**
 * Moves a case the actor may see through its lifecycle as one unit of work: the step (with what it owes, F4, F6)
 * and its event (`case.closed` for a close, `case.updated` otherwise) commit together.
 */
export async function moveCase(
  ctx: EventContext,
  actor: ScopedActor,
  input: CaseStep,
): Promise<Result<TransitionedCase>> {
  const { caseId, action } = input;
  const visible = await readVisibleCase(ctx, actor, caseId);
  if (!visible.success) return visible;
  return runUnitOfWork(ctx, async (tx) => {
    const value = unwrap(await transitionCase(tx, actor, input));
    const type = value.case.state === 'closed' ? 'case.closed' : 'case.updated';
    const event = rowEvent(tx, actor, type, value.case, value.case.version, {
      caseId: value.case.id,
      action,
      state: value.case.state,
      outcome: value.case.outcome,
    });
    return { value, events: [event] };
  });
}
