/** Promise clocks: a reminder before a commitment is due, an escalation to supervisors once it is overdue. */
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Transaction } from '../store/database.ts';
import { auditEvents, cases, commitments, users } from '../store/schema/index.ts';
import { listTeamSupervisors } from '../server/repositories/tenant.repository.ts';
import type { DomainEvent } from './event-types.ts';
import type { JobContext } from './job-context.ts';
import { enqueueEvent } from './outbox.ts';

const BATCH = 200;
/** Serialises sweeps across processes so check-then-record never runs twice for one commitment. */
const SWEEP_LOCK_KEY = 7_240_181_801;

/** True when the audit trail has no `action` for this commitment at its current due time. */
const notYet = (action: string) => sql`not exists (
  select 1 from ${auditEvents} a where a.org_id = ${commitments.orgId} and a.entity = 'commitment'
  and a.entity_id = ${commitments.id} and a.action = ${action}
  and (a.after->>'dueAtMs')::bigint = (extract(epoch from ${commitments.dueAt}) * 1000)::bigint)`;

type Row = Awaited<ReturnType<typeof findDue>>[number];

function findDue(tx: Transaction, now: Date, leadMinutes: number) {
  const horizon = new Date(now.getTime() + leadMinutes * 60_000);
  return tx
    .select({
      commitment: commitments,
      caseTeamId: cases.teamId,
      ownerTeamId: users.teamId,
      needsReminder: sql<boolean>`${notYet('reminder_sent')}`,
      needsEscalation: sql<boolean>`(${commitments.dueAt} <= ${now} and ${notYet('overdue_escalated')})`,
    })
    .from(commitments)
    .leftJoin(cases, and(eq(cases.orgId, commitments.orgId), eq(cases.id, commitments.caseId)))
    .leftJoin(users, and(eq(users.orgId, commitments.orgId), eq(users.id, commitments.ownerId)))
    .where(
      and(
        eq(commitments.state, 'open'),
        lte(commitments.dueAt, horizon),
        sql`(${notYet('reminder_sent')} or (${commitments.dueAt} <= ${now} and ${notYet('overdue_escalated')}))`,
      ),
    )
    .orderBy(commitments.dueAt)
    .limit(BATCH);
}

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

async function record(
  tx: Transaction,
  row: Row,
  action: 'reminder_sent' | 'overdue_escalated',
  event: DomainEvent,
  now: Date,
) {
  const c = row.commitment;
  await tx.insert(auditEvents).values({
    orgId: c.orgId,
    entity: 'commitment',
    entityId: c.id,
    action,
    actorId: null,
    at: now,
    after: {
      dueAtMs: c.dueAt.getTime(),
      event: event.type,
      ...(event.data.escalateTo ? { escalateTo: event.data.escalateTo } : {}),
    },
  });
  await enqueueEvent(tx, event);
}

/** One sweep: records and enqueues every reminder and escalation now due; returns the events for live alerts. */
export async function sweepCommitments(ctx: JobContext): Promise<DomainEvent[]> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SWEEP_LOCK_KEY})`);
    const due = await findDue(tx, now, ctx.config.DEFUSE_REMINDER_LEAD_MINUTES);
    const events: DomainEvent[] = [];
    for (const row of due) {
      const c = row.commitment;
      const teamId = row.caseTeamId ?? row.ownerTeamId ?? null;
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
        await record(tx, row, 'reminder_sent', event, now);
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
        await record(tx, row, 'overdue_escalated', event, now);
        events.push(event);
      }
    }
    return events;
  });
}
