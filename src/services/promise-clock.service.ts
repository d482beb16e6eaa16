/**
 * Promise clocks: a reminder before a commitment is due, an escalation to supervisors once it is overdue (the
 * scheduler runs them every tick; each notice is marked sent in commitment_notices, its idempotency key).
 */
import type { Config } from '../config.ts';
import type { Result } from '../core/errors.ts';
import type { DomainEvent } from './domain-events.ts';
import type { Transaction } from '../store/database.ts';
import { appendAudit } from '../store/repositories/audit.repository.ts';
import { listTeamSupervisors } from '../store/repositories/organization.repository.ts';
import {
  listPromisesOwingNotice,
  lockForTransaction,
  markNoticeSent,
  type NoticeKind,
} from '../store/repositories/promise-clock.repository.ts';
import { enqueueEvent } from '../store/repositories/outbox.repository.ts';
import { runInTransaction, type ServiceContext, type SYSTEM } from './context.ts';

/** A context that knows how long before a promise is due its owner is reminded. */
export interface PromiseClockContext extends ServiceContext {
  config: Pick<Config, 'DEFUSE_REMINDER_LEAD_MINUTES'>;
}

/**
 * Promises per sweep transaction. Small, so that a tick makes progress in short committed steps (the scheduler sends
 * due webhooks between them) and a process killed mid-sweep loses little work: a kill rolls back one batch.
 */
export const SWEEP_BATCH = 50;
/** Serialises sweeps across processes so check-then-record never runs twice for one commitment. */
const SWEEP_LOCK_KEY = 7_240_181_801;

type Row = Awaited<ReturnType<typeof listPromisesOwingNotice>>[number];

const describe = (c: Row['commitment']) => ({
  commitmentId: c.id,
  caseId: c.caseId,
  conversationId: c.conversationId,
  kind: c.kind,
  ownerId: c.ownerId,
  dueAt: c.dueAt.toISOString(),
  contact: c.contact,
  steps: c.steps,
});

const AUDIT_ACTION = { reminder: 'reminder_sent', escalation: 'overdue_escalated' } as const satisfies Record<
  NoticeKind,
  string
>;

/** Marks the notice sent (the sweep's idempotency key), audits it and puts its event in the outbox. */
async function record(tx: Transaction, row: Row, kind: NoticeKind, event: DomainEvent, now: Date, actorId: null) {
  const c = row.commitment;
  await markNoticeSent(tx, { orgId: c.orgId, commitmentId: c.id, kind, dueAt: c.dueAt, sentAt: now });
  await appendAudit(tx, c.orgId, [
    {
      entity: 'commitment',
      entityId: c.id,
      action: AUDIT_ACTION[kind],
      actorId,
      at: now,
      // The promise is named in the row itself (kind, owner, due time), so the audit trail reads "reminded the owner
      // of the call-back" rather than "of a promise".
      after: {
        kind: c.kind,
        ownerId: c.ownerId,
        dueAt: c.dueAt.toISOString(),
        dueAtMs: c.dueAt.getTime(),
        event: event.type,
        ...(event.data.escalateTo ? { escalateTo: event.data.escalateTo } : {}),
      },
    },
  ]);
  await enqueueEvent(tx, event);
}

/**
 * One sweep batch over every org, as the system: records and enqueues the reminders and escalations now due of at most
 * SWEEP_BATCH promises (earliest first) in one transaction; returns the events for live alerts, and `more` when the
 * batch was full (more may be owed: sweep again).
 */
export async function sweepCommitments(
  ctx: PromiseClockContext,
  actor: typeof SYSTEM,
): Promise<Result<{ events: DomainEvent[]; more: boolean }>> {
  const now = ctx.now();
  const horizon = new Date(now.getTime() + ctx.config.DEFUSE_REMINDER_LEAD_MINUTES * 60_000);
  return runInTransaction(ctx.db, async (tx) => {
    await lockForTransaction(tx, SWEEP_LOCK_KEY);
    const due = await listPromisesOwingNotice(tx, now, horizon, SWEEP_BATCH);
    const events: DomainEvent[] = [];
    for (const row of due) {
      const c = row.commitment;
      const teamId = row.teamId;
      const stamp = c.dueAt.getTime();
      if (row.needsReminder) {
        const event: DomainEvent = {
          orgId: c.orgId,
          type: 'commitment.due',
          key: `commitment.due:${c.id}:${stamp}`,
          teamId,
          data: describe(c),
          occurredAt: now,
        };
        await record(tx, row, 'reminder', event, now, actor.userId);
        events.push(event);
      }
      if (row.needsEscalation) {
        const supervisors = await listTeamSupervisors(tx, c.orgId, teamId);
        const event: DomainEvent = {
          orgId: c.orgId,
          type: 'commitment.overdue',
          key: `commitment.overdue:${c.id}:${stamp}`,
          teamId,
          data: { ...describe(c), escalateTo: supervisors.map((s) => ({ id: s.id, email: s.email, name: s.name })) },
          occurredAt: now,
        };
        await record(tx, row, 'escalation', event, now, actor.userId);
        events.push(event);
      }
    }
    return { events, more: due.length === SWEEP_BATCH };
  });
}
