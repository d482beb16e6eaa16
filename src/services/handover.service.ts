/**
 * Who keeps a promise: handing one open promise to a colleague with a note, and a case's reassignment carrying
 * the old owner's open promises on that case to the new owner. Each is one unit of work: the rows, their audit
 * entries (`entity: commitment`, `action: handed_over`) and the `commitment.handed_over` events commit together.
 */
import type { UserRole } from '../core/cases/types.ts';
import { AppError, type Result } from '../core/errors.ts';
import type { DomainEvent } from './domain-events.ts';
import type { Executor } from '../store/database.ts';
import { appendAudit } from '../store/repositories/audit.repository.ts';
import { findCase, type CaseRow } from '../store/repositories/case.repository.ts';
import {
  findCommitment,
  listOpenCaseCommitmentsOwnedBy,
  setCommitmentOwner,
  type CommitmentRow,
} from '../store/repositories/commitment.repository.ts';
import { findMember } from '../store/repositories/organization.repository.ts';
import { type CaseDetailsChange, updateCaseDetails } from './case.service.ts';
import {
  type EventContext,
  found,
  requireActor,
  rowEvent,
  runUnitOfWork,
  type ServiceContext,
  unwrap,
} from './context.ts';

/** The person acting, as the edge authenticated them. */
export interface HandoverActor {
  orgId: string;
  userId: string;
  role: UserRole;
  teamId: string | null;
}

/** One promise that changed hands, and from whom. */
export interface HandedOver {
  commitment: CommitmentRow;
  fromUserId: string | null;
  note: string | null;
  reason: 'handover' | 'case_reassigned';
}

/**
 * Gives the case's open promises owned by `fromUserId` to `toUserId`, audited, in the caller's transaction. Promises
 * of other people on the case (a colleague's corrective step, a supervisor's F6 follow-up) stay with them.
 */
async function carryCasePromises(
  tx: Executor,
  orgId: string,
  actorId: string | null,
  caseId: string,
  fromUserId: string,
  toUserId: string,
  now: Date,
): Promise<HandedOver[]> {
  const open = await listOpenCaseCommitmentsOwnedBy(tx, orgId, caseId, fromUserId);
  const moved = await setCommitmentOwner(
    tx,
    orgId,
    open.map((c) => c.id),
    toUserId,
    now,
  );
  await appendAudit(
    tx,
    orgId,
    moved.map((c) => ({
      entity: 'commitment',
      entityId: c.id,
      action: 'handed_over',
      actorId,
      at: now,
      before: { ownerId: fromUserId },
      after: { ownerId: toUserId, caseId, kind: c.kind, reason: 'case_reassigned' },
    })),
  );
  return moved.map((commitment) => ({ commitment, fromUserId, note: null, reason: 'case_reassigned' as const }));
}

/** The `commitment.handed_over` event of one hand-over, routed to the promise's team. */
const handoverEvent = (ctx: ServiceContext, actor: HandoverActor, h: HandedOver, teamId: string | null) =>
  rowEvent(ctx, actor, 'commitment.handed_over', { id: h.commitment.id, teamId }, h.commitment.updatedAt.getTime(), {
    commitmentId: h.commitment.id,
    caseId: h.commitment.caseId,
    kind: h.commitment.kind,
    fromUserId: h.fromUserId,
    toUserId: h.commitment.ownerId,
    note: h.note,
    reason: h.reason,
  });

/**
 * Changes a case's details (PATCH /cases/:id) and emits `case.updated`. When the owner changes from one person to
 * another, the old owner's open promises on the case go to the new owner in the same transaction (each emitting
 * `commitment.handed_over`); moved back to the queue (ownerId null), they stay with the old owner until someone
 * takes the case, so none is left without an owner.
 */
export const changeCase = (
  ctx: EventContext,
  actor: HandoverActor,
  input: CaseDetailsChange,
): Promise<Result<{ case: CaseRow; handedOver: HandedOver[] }>> =>
  runUnitOfWork(ctx, async (tx) => {
    const { caseId, ...patch } = input;
    const before = found(await findCase(tx.db, actor.orgId, caseId, true), 'case', 'caseId');
    const after = unwrap(await updateCaseDetails(tx, actor, input));
    const handedOver =
      before.ownerId && after.ownerId && before.ownerId !== after.ownerId
        ? await carryCasePromises(tx.db, actor.orgId, actor.userId, caseId, before.ownerId, after.ownerId, tx.now())
        : [];
    const events: DomainEvent[] = [
      rowEvent(tx, actor, 'case.updated', after, after.version, {
        caseId: after.id,
        state: after.state,
        ownerId: after.ownerId,
        changed: Object.keys(patch),
      }),
      ...handedOver.map((h) => handoverEvent(tx, actor, h, after.teamId)),
    ];
    return { value: { case: after, handedOver }, events };
  });

/** Why a hand-over is refused, or null when the actor may hand this promise over. */
function handoverRefusal(actor: HandoverActor, promise: CommitmentRow, teamId: string | null): string | null {
  if (actor.role === 'admin' || promise.ownerId === actor.userId) return null;
  if (actor.role === 'supervisor' && (teamId === null || teamId === actor.teamId)) return null;
  return actor.role === 'supervisor'
    ? "supervisors can hand over their own team's promises; ask that team's supervisor or an admin"
    : 'only the promise’s owner, a supervisor of its team or an admin can hand it over';
}

/**
 * Hands one open promise to another active user of the org, with a note for them (F1: someone always owns it).
 * The owner, a supervisor of the promise's team (its case's team, else its owner's) or an admin may.
 */
export const handOverCommitment = (
  ctx: EventContext,
  actor: HandoverActor,
  input: { commitmentId: string; toUserId: string; note: string },
): Promise<Result<HandedOver>> =>
  runUnitOfWork(ctx, async (tx) => {
    const now = tx.now();
    await requireActor(tx.db, actor.orgId, actor.userId);
    const before = found(
      await findCommitment(tx.db, actor.orgId, input.commitmentId, true),
      'commitment',
      'commitmentId',
    );
    if (before.state !== 'open')
      throw new AppError(
        'invalid_transition',
        `only an open promise can be handed over; this one is ${before.state}`,
        'commitmentId',
      );
    const kase = before.caseId ? await findCase(tx.db, actor.orgId, before.caseId) : undefined;
    const owner = before.ownerId ? await findMember(tx.db, actor.orgId, before.ownerId) : undefined;
    const teamId = kase?.teamId ?? owner?.teamId ?? null;
    const refusal = handoverRefusal(actor, before, teamId);
    if (refusal) throw new AppError('forbidden', refusal, 'commitmentId');
    const target = await findMember(tx.db, actor.orgId, input.toUserId);
    if (!target) throw new AppError('not_found', 'no user with that id in this organization', 'toUserId');
    if (!target.active)
      throw new AppError('invalid_input', 'that user is deactivated; choose an active one', 'toUserId');
    if (target.id === before.ownerId)
      throw new AppError('invalid_input', 'that person already owns this promise', 'toUserId');
    const note = input.note.trim();
    const [after] = await setCommitmentOwner(tx.db, actor.orgId, [before.id], target.id, now);
    if (!after) throw new AppError('conflict', 'the promise changed while it was being handed over; try again');
    await appendAudit(tx.db, actor.orgId, [
      {
        entity: 'commitment',
        entityId: before.id,
        action: 'handed_over',
        actorId: actor.userId,
        at: now,
        before: { ownerId: before.ownerId },
        after: { ownerId: target.id, caseId: before.caseId, kind: before.kind, reason: 'handover', note },
      },
    ]);
    const handed: HandedOver = { commitment: after, fromUserId: before.ownerId, note, reason: 'handover' };
    return { value: handed, events: [handoverEvent(tx, actor, handed, teamId)] };
  });
