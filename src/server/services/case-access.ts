/** Loads a case the caller may see, or answers not_found (other orgs' and other teams' cases look absent). */
import { findCase } from '../../store/repositories/case.repository.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';
import { assertVisible } from './visibility.ts';

export async function loadVisibleCase(ctx: ServerContext, principal: Principal, caseId: string) {
  return assertVisible(principal, await findCase(ctx.db, principal.orgId, caseId), 'case');
}
