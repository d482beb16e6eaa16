/** R3 routing rules as an admin edits them: each rule's team must be one of the organization's. */
import type { RoutingRule } from '../core/cases/routing.ts';
import { AppError, fail, ok, type Result } from '../core/errors.ts';
import { listTeamIds } from '../store/repositories/organization.repository.ts';
import type { Actor, ServiceContext } from './context.ts';

/** Checks rules before they are stored: unique names, and teams of this organization (named by index). */
export async function checkRoutingRules(
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  rules: readonly RoutingRule[],
): Promise<Result<RoutingRule[]>> {
  const teams = await listTeamIds(ctx.db, actor.orgId);
  const seen = new Set<string>();
  for (const [i, rule] of rules.entries()) {
    const key = rule.name.trim().toLowerCase();
    if (seen.has(key))
      return fail(new AppError('invalid_input', `two rules are named "${rule.name}"`, `routingRules[${i}].name`));
    seen.add(key);
    if (rule.assign.teamId !== undefined && !teams.has(rule.assign.teamId))
      return fail(
        new AppError('not_found', 'no team with that id in this organization', `routingRules[${i}].assign.teamId`),
      );
  }
  return ok([...rules]);
}
