import type { CreateCommitmentInput } from '../core/cases/case-input.ts';
import { chaserForHangup, planCommitmentTransition, validateCommitmentDraft } from '../core/cases/commitment-rules.ts';
import type { OrgPolicy } from '../core/cases/types.ts';
import type { ConversationEvent } from '../core/conversation/types.ts';
import { AppError, type Result } from '../core/errors.ts';
import type { Executor } from '../store/database.ts';
import { appendAudit, snapshot, type AuditEntry } from '../store/repositories/audit.repository.ts';
import { findCase } from '../store/repositories/case.repository.ts';
import {
  type CommitmentFilters,
  findCommitment,
  findCommitmentForAccess,
  insertCommitments,
  listCommitments,
  listOverdueCommitments,
  updateCommitments,
  type CommitmentRow,
} from '../store/repositories/commitment.repository.ts';
import type { ConversationRow } from '../store/repositories/conversation.repository.ts';
import { findCustomer } from '../store/repositories/customer.repository.ts';
import { findMember } from '../store/repositories/organization.repository.ts';
import { commitmentCreated, commitmentRow } from './case.service.ts';
import {
  contactOf,
  definedOnly,
  type EventContext,
  found,
  type OrgActor,
  requireActor,
  rowEvent,
  runInTransaction,
  runSingleWrite,
  runUnitOfWork,
  type ScopedActor,
  type SystemActor,
  unwrap,
  visibleRow,
  withCustomerContact,
  type ServiceContext,
} from './context.ts';

/**
 * Records a promise on an open case (F1, F2); it needs a due time, and a contact for call-backs. The promise was
 * parsed at the door's edge (createCommitmentSchema).
 */
export async function addCommitment(
  ctx: ServiceContext,
  actor: OrgActor,
  input: CreateCommitmentInput & { caseId: string },
): Promise<Result<CommitmentRow>> {
  const { orgId, userId: actorId } = actor;
  const { caseId, dueAt, ...rest } = input;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    await requireActor(tx, orgId, actorId);
    const existing = found(await findCase(tx, orgId, caseId, true), 'case', 'caseId');
    // F2: without a phone or e-mail the promise uses the case customer's.
    const customer = await findCustomer(tx, orgId, existing.customerId);
    const draft = unwrap(
      validateCommitmentDraft(withCustomerContact({ ...definedOnly(rest), dueAt: new Date(dueAt) }, customer), now),
    );
    const owner = draft.ownerId;
    if (owner) found(await findMember(tx, orgId, owner), 'user', 'ownerId');
    if (existing.state === 'closed')
      throw new AppError('invalid_transition', 'a closed case takes no new commitments; reopen it first', 'caseId');
    const [row] = await insertCommitments(tx, orgId, [
      commitmentRow(
        { ...draft, ownerId: owner ?? existing.ownerId },
        { caseId, conversationId: existing.conversationId },
        now,
      ),
    ]);
    await appendAudit(tx, orgId, [commitmentCreated(row!, actorId, now)]);
    return row!;
  });
}

/** What settles a promise: the action, and the outcome (to complete, F4) or the reason (to waive). */
export interface CommitmentChange {
  commitmentId: string;
  action: string;
  outcome?: string | undefined;
  reason?: string | undefined;
}

/** Completes (with an outcome, F4), misses or waives (with a reason) a promise. */
export async function changeCommitment(
  ctx: ServiceContext,
  actor: OrgActor,
  input: CommitmentChange,
): Promise<Result<CommitmentRow>> {
  const { orgId, userId: actorId } = actor;
  const { commitmentId, action, ...detail } = input;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    await requireActor(tx, orgId, actorId);
    const before = found(await findCommitment(tx, orgId, commitmentId, true), 'commitment', 'commitmentId');
    const { to } = unwrap(planCommitmentTransition(before.state, action, definedOnly(detail)));
    const patch = {
      state: to,
      updatedAt: now,
      ...(to === 'done' ? { outcome: detail.outcome!.trim(), completedAt: now } : {}),
      ...(to === 'waived' ? { waiveReason: detail.reason!.trim() } : {}),
    };
    const [after] = await updateCommitments(tx, orgId, [commitmentId], patch);
    await appendAudit(tx, orgId, [
      {
        entity: 'commitment',
        entityId: commitmentId,
        action: to,
        actorId,
        at: now,
        before: snapshot(before),
        after: snapshot(after!),
      },
    ]);
    return after!;
  });
}

/**
 * F5: inserts the Chaser call-back each customer hang-up in `events` owes (owner: the conversation's agent;
 * contact: its customer's; due within the org's minutes) and returns them with their audit entries, in the
 * caller's transaction. The one implementation, for a stored conversation and a live call's end.
 */
export async function addChasers(
  tx: Executor,
  policy: OrgPolicy,
  conversation: Pick<ConversationRow, 'orgId' | 'id' | 'agentId' | 'customerId'>,
  events: readonly ConversationEvent[],
  actorId: string | null,
  now: Date,
  caseId: string | null = null,
): Promise<{ chasers: CommitmentRow[]; audit: AuditEntry[] }> {
  const { orgId } = conversation;
  const customer = conversation.customerId ? await findCustomer(tx, orgId, conversation.customerId) : undefined;
  const drafts = events.flatMap(
    (event) => chaserForHangup(event, policy, now, customer ? contactOf(customer) : {}) ?? [],
  );
  const chasers = await insertCommitments(
    tx,
    orgId,
    drafts.map((d) =>
      commitmentRow({ ...d, ownerId: conversation.agentId }, { caseId, conversationId: conversation.id }, now),
    ),
  );
  const audit: AuditEntry[] = chasers.map((c) => commitmentCreated(c, actorId, now));
  return { chasers, audit };
}

/**
 * Marks open promises more than `graceMs` past their due time as missed, in the system actor's org or (orgId null)
 * every org: the scheduler's overdue rule, after the escalation at the due time. A missed promise can still be
 * completed late.
 */
export async function markOverdueMissed(
  ctx: ServiceContext,
  actor: SystemActor,
  input: { graceMs?: number } = {},
): Promise<Result<CommitmentRow[]>> {
  const { orgId } = actor;
  const graceMs = input.graceMs ?? 0;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const overdue = await listOverdueCommitments(tx, orgId, new Date(now.getTime() - graceMs));
    const missed: CommitmentRow[] = [];
    for (const org of new Set(overdue.map((c) => c.orgId))) {
      const before = overdue.filter((c) => c.orgId === org);
      const after = await updateCommitments(
        tx,
        org,
        before.map((c) => c.id),
        { state: 'missed', updatedAt: now },
      );
      await appendAudit(
        tx,
        org,
        after.map((row) => ({
          entity: 'commitment',
          entityId: row.id,
          action: 'missed',
          actorId: null,
          at: now,
          before: snapshot(before.find((b) => b.id === row.id)!),
          after: snapshot(row),
        })),
      );
      missed.push(...after);
    }
    return missed;
  });
}

/** A promise the actor may see (with the team it belongs to), or not_found. */
export const readVisibleCommitment = (ctx: ServiceContext, actor: ScopedActor, commitmentId: string) =>
  runSingleWrite(ctx.db, async (db) =>
    visibleRow(actor, await findCommitmentForAccess(db, actor.orgId, commitmentId), 'commitment'),
  );

/**
 * Completes (with an outcome, F4) or waives (with a reason) a promise the actor may see, as one unit of work: a
 * completion emits `commitment.completed`.
 */
export async function settleCommitment(
  ctx: EventContext,
  actor: ScopedActor,
  input: { commitmentId: string; action: 'complete' | 'waive'; outcome?: string; reason?: string },
): Promise<Result<CommitmentRow>> {
  const visible = await readVisibleCommitment(ctx, actor, input.commitmentId);
  if (!visible.success) return visible;
  return runUnitOfWork(ctx, async (tx) => {
    const value = unwrap(await changeCommitment(tx, actor, input));
    const completed = rowEvent(tx, actor, 'commitment.completed', value, value.state, {
      commitmentId: value.id,
      caseId: value.caseId,
      kind: value.kind,
      outcome: value.outcome,
    });
    return { value, events: value.state === 'done' ? [completed] : [] };
  });
}

/** The promises the actor may see, filtered and paged (keyset, soonest due first). */
export const listVisibleCommitments = (ctx: ServiceContext, actor: ScopedActor, filters: CommitmentFilters) =>
  listCommitments(ctx.db, { orgId: actor.orgId, teamOf: actor.scope }, filters);
