/** Row-level scoping beyond the org: agents see their team's (and their own) cases and conversations. */
import { AppError } from '../../core/errors.ts';
import { can } from '../auth/permissions.ts';
import type { Principal } from '../auth/principal.ts';

/** True when the caller may see a row owned by `ownerId` in team `teamId`. */
export function isVisible(principal: Principal, row: { teamId: string | null; ownerId: string | null }): boolean {
  if (can(principal.role, 'case:read-all-teams')) return true;
  return row.ownerId === principal.userId || (row.teamId !== null && row.teamId === principal.teamId);
}

/** Throws not_found (never forbidden, which would confirm the row exists) when the caller may not see it. */
export function assertVisible<T extends { teamId: string | null; ownerId: string | null }>(
  principal: Principal,
  row: T | undefined,
  what: string,
): T {
  if (!row || !isVisible(principal, row)) throw new AppError('not_found', `no ${what} with that id`);
  return row;
}

/** The row scope a list query applies: none for supervisors and admins, the caller's team and own rows for agents. */
export const teamScope = (principal: Principal): { teamId: string | null; userId: string } | undefined =>
  can(principal.role, 'case:read-all-teams') ? undefined : { teamId: principal.teamId, userId: principal.userId };
