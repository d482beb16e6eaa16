/** Commitment listing: mine, state, due before, overdue; agents see their team's; keyset pagination by due time. */
import { and, asc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { decodeTimeCursor, toPage } from '../../store/pagination.ts';
import { cases, commitments, users } from '../../store/schema/index.ts';

export interface CommitmentFilters {
  ownerId?: string | undefined;
  state?: (typeof commitments.$inferSelect)['state'] | undefined;
  dueBefore?: Date | undefined;
  overdueAt?: Date | undefined;
  caseId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The commitment with the team it belongs to (its case's team, else its owner's), for row-level scoping. */
const teamOfCommitment = sql<string | null>`coalesce(${cases.teamId}, ${users.teamId})`;

export async function listCommitments(
  db: Executor,
  scope: { orgId: string; teamOf?: { teamId: string | null; userId: string } | undefined },
  f: CommitmentFilters,
) {
  const where: SQL[] = [eq(commitments.orgId, scope.orgId)];
  if (scope.teamOf) {
    const own = eq(commitments.ownerId, scope.teamOf.userId);
    where.push(scope.teamOf.teamId ? or(own, sql`${teamOfCommitment} = ${scope.teamOf.teamId}`)! : own);
  }
  if (f.ownerId) where.push(eq(commitments.ownerId, f.ownerId));
  if (f.state) where.push(eq(commitments.state, f.state));
  if (f.caseId) where.push(eq(commitments.caseId, f.caseId));
  if (f.dueBefore) where.push(lt(commitments.dueAt, f.dueBefore));
  if (f.overdueAt) where.push(and(eq(commitments.state, 'open'), lt(commitments.dueAt, f.overdueAt))!);
  if (f.cursor) {
    const [at, id] = decodeTimeCursor(f.cursor);
    where.push(sql`(${commitments.dueAt}, ${commitments.id}) > (${at.toISOString()}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db
    .select({ commitment: commitments, teamId: teamOfCommitment })
    .from(commitments)
    .leftJoin(cases, and(eq(cases.orgId, commitments.orgId), eq(cases.id, commitments.caseId)))
    .leftJoin(users, and(eq(users.orgId, commitments.orgId), eq(users.id, commitments.ownerId)))
    .where(and(...where))
    .orderBy(asc(commitments.dueAt), asc(commitments.id))
    .limit(f.limit + 1);
  return toPage(
    rows.map((r) => r.commitment),
    f.limit,
    (row) => [row.dueAt, row.id],
  );
}

/** One commitment with its team, for visibility checks. */
export async function findCommitmentForAccess(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select({ commitment: commitments, teamId: teamOfCommitment })
    .from(commitments)
    .leftJoin(cases, and(eq(cases.orgId, commitments.orgId), eq(cases.id, commitments.caseId)))
    .leftJoin(users, and(eq(users.orgId, commitments.orgId), eq(users.id, commitments.ownerId)))
    .where(and(eq(commitments.orgId, orgId), eq(commitments.id, id)));
  return row ? { ...row.commitment, teamId: row.teamId } : undefined;
}
