/** Case listing: filters, full-text-ish search, team scoping and keyset (cursor) pagination. */
import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { containsPattern, decodeTimeCursor, toPage } from '../../store/pagination.ts';
import { cases } from '../../store/schema/index.ts';

export interface CaseFilters {
  state?: (typeof cases.$inferSelect)['state'] | undefined;
  severity?: (typeof cases.$inferSelect)['severity'] | undefined;
  customerId?: string | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  rootCauseId?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Agents are limited to their team's and their own cases. */
export interface CaseScope {
  orgId: string;
  teamOf?: { teamId: string | null; userId: string } | undefined;
}

export async function listCases(db: Executor, scope: CaseScope, filters: CaseFilters) {
  const where: SQL[] = [eq(cases.orgId, scope.orgId)];
  if (scope.teamOf) {
    const own = eq(cases.ownerId, scope.teamOf.userId);
    where.push(scope.teamOf.teamId ? or(own, eq(cases.teamId, scope.teamOf.teamId))! : own);
  }
  if (filters.state) where.push(eq(cases.state, filters.state));
  if (filters.severity) where.push(eq(cases.severity, filters.severity));
  if (filters.customerId) where.push(eq(cases.customerId, filters.customerId));
  if (filters.ownerId) where.push(eq(cases.ownerId, filters.ownerId));
  if (filters.teamId) where.push(eq(cases.teamId, filters.teamId));
  if (filters.rootCauseId) where.push(eq(cases.rootCauseId, filters.rootCauseId));
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    where.push(
      or(ilike(cases.presentingIssue, pattern), ilike(cases.underlyingIssue, pattern), ilike(cases.category, pattern))!,
    );
  }
  if (filters.cursor) {
    const [at, id] = decodeTimeCursor(filters.cursor);
    where.push(sql`(${cases.receivedAt}, ${cases.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db
    .select()
    .from(cases)
    .where(and(...where))
    .orderBy(desc(cases.receivedAt), desc(cases.id))
    .limit(filters.limit + 1);
  return toPage(rows, filters.limit, (row) => [row.receivedAt, row.id]);
}
