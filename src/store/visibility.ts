/**
 * The team-visibility rule, once, in both forms: an agent sees the rows they own and their team's rows;
 * supervisors and admins have no scope (the server decides who is scoped, from the role's permissions).
 */
import { eq, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** Whose rows an agent sees: their own (`userId`) and their team's (`teamId`, none when they have no team). */
export interface TeamScope {
  teamId: string | null;
  userId: string;
}

/** The rule on a loaded row. */
export function isVisibleTo(scope: TeamScope | undefined, row: { ownerId: string | null; teamId: string | null }) {
  if (!scope) return true;
  return row.ownerId === scope.userId || (row.teamId !== null && row.teamId === scope.teamId);
}

/** The rule as a WHERE condition over a list's owner column and team column (or expression). */
export function visibleTo(scope: TeamScope | undefined, owner: PgColumn, team: PgColumn | SQL): SQL | undefined {
  if (!scope) return undefined;
  const own = eq(owner, scope.userId);
  return scope.teamId ? or(own, sql`${team} = ${scope.teamId}`) : own;
}
