/** Row-level scoping beyond the org: who is team-scoped (agents), applying the store's one visibility rule. */
import { AppError } from '../../core/errors.ts';
import { isVisibleTo, type TeamScope } from '../../store/visibility.ts';
import { can } from '../auth/permissions.ts';
import type { Principal } from '../auth/principal.ts';

/** The row scope a caller has: none for supervisors and admins, the caller's team and own rows for agents. */
export const teamScope = (principal: Principal): TeamScope | undefined =>
  can(principal.role, 'case:read-all-teams') ? undefined : { teamId: principal.teamId, userId: principal.userId };

/** True when the caller may see a row owned by `ownerId` in team `teamId`. */
export const isVisible = (principal: Principal, row: { teamId: string | null; ownerId: string | null }): boolean =>
  isVisibleTo(teamScope(principal), row);

/** Throws not_found (never forbidden, which would confirm the row exists) when the caller may not see it. */
export function assertVisible<T extends { teamId: string | null; ownerId: string | null }>(
  principal: Principal,
  row: T | undefined,
  what: string,
): T {
  if (!row || !isVisible(principal, row)) throw new AppError('not_found', `no ${what} with that id`);
  return row;
}
