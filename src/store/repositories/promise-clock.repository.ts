/** The promise clocks' reads and marks: which open promises owe a reminder or an escalation, and what was sent. */
import { and, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { cases, commitmentNotices, commitments, users } from '../schema/index.ts';

export type NoticeKind = 'reminder' | 'escalation';

/** True when no `kind` notice was sent for this commitment at its current due time. */
const notSent = (kind: NoticeKind) => sql`not exists (
  select 1 from ${commitmentNotices} n where n.org_id = ${commitments.orgId}
  and n.commitment_id = ${commitments.id} and n.kind = ${kind} and n.due_at = ${commitments.dueAt})`;

/**
 * Open promises (every org) that owe a reminder (due before `horizon`) or an escalation (due by `now`) not yet
 * sent for their current due time, earliest first, with the team the notice goes to (the case's, else the owner's).
 */
export function listPromisesOwingNotice(db: Executor, now: Date, horizon: Date, limit: number) {
  return db
    .select({
      commitment: commitments,
      teamId: sql<string | null>`coalesce(${cases.teamId}, ${users.teamId})`,
      needsReminder: sql<boolean>`${notSent('reminder')}`,
      needsEscalation: sql<boolean>`(${commitments.dueAt} <= ${now} and ${notSent('escalation')})`,
    })
    .from(commitments)
    .leftJoin(cases, and(eq(cases.orgId, commitments.orgId), eq(cases.id, commitments.caseId)))
    .leftJoin(users, and(eq(users.orgId, commitments.orgId), eq(users.id, commitments.ownerId)))
    .where(
      and(
        eq(commitments.state, 'open'),
        lte(commitments.dueAt, horizon),
        sql`(${notSent('reminder')} or (${commitments.dueAt} <= ${now} and ${notSent('escalation')}))`,
      ),
    )
    .orderBy(commitments.dueAt)
    .limit(limit);
}

/** Records that a notice went out for the promise at this due time (a repeat adds nothing). */
export async function markNoticeSent(
  db: Executor,
  notice: { orgId: string; commitmentId: string; kind: NoticeKind; dueAt: Date; sentAt: Date },
): Promise<void> {
  await db.insert(commitmentNotices).values(notice).onConflictDoNothing();
}

/** Holds a transaction-level advisory lock: serialises one sweep across every process on the database. */
export async function lockForTransaction(db: Executor, key: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${key})`);
}
