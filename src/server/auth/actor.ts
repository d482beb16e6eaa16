/** The edge's side of row scoping: who a request's caller is to the services, with the rows their role lets them see. */
import { readVisibleCase } from '../../services/case.service.ts';
import type { ScopedActor, ServiceContext } from '../../services/context.ts';
import type { TeamScope } from '../../store/visibility.ts';
import { orThrow } from '../http/result.ts';
import { can } from './permissions.ts';
import type { Principal } from './principal.ts';

/** The row scope a caller has: none for supervisors and admins, the caller's team and own rows for agents. */
export const teamScope = (principal: Principal): TeamScope | undefined =>
  can(principal.role, 'case:read-all-teams') ? undefined : { teamId: principal.teamId, userId: principal.userId };

/** The caller as the services' actor: the user, their team, how they authenticated and their row scope. */
export const actorOf = (principal: Principal): ScopedActor => ({
  orgId: principal.orgId,
  userId: principal.userId,
  teamId: principal.teamId,
  via: principal.via,
  ...(principal.tokenId === undefined ? {} : { tokenId: principal.tokenId }),
  scope: teamScope(principal),
});

/** Loads a case the caller may see, or answers not_found (other orgs' and other teams' cases look absent). */
export const loadVisibleCase = async (ctx: ServiceContext, principal: Principal, caseId: string) =>
  orThrow(await readVisibleCase(ctx, actorOf(principal), caseId));
