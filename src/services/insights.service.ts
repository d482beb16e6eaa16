import { findRootCauseSpikes, weekStart, SPIKE_RULE, type RootCauseSpike } from '../core/cases/recurrence.ts';
import type { Result } from '../core/errors.ts';
import { countCasesByRootCauseWeek } from '../store/repositories/case.repository.ts';
import { listConversationQa } from '../store/repositories/conversation.repository.ts';
import * as facts from '../store/repositories/insights.repository.ts';
import { findOrgPolicy } from '../store/repositories/organization.repository.ts';
import type { TeamScope } from '../store/visibility.ts';
import { type Actor, requirePolicy, runInTransaction, type ServiceContext } from './context.ts';

const WEEK = 7 * 86_400_000;

/** P3: root causes whose count this week jumped against the weeks before. */
export async function findRootCauseSpikesForOrg(
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
): Promise<Result<RootCauseSpike[]>> {
  const { orgId } = actor;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    await requirePolicy(tx, orgId);
    const since = new Date(weekStart(now).getTime() - SPIKE_RULE.baselineWeeks * WEEK);
    return findRootCauseSpikes(await countCasesByRootCauseWeek(tx, orgId, since), now);
  });
}

type OrgActor = Pick<Actor, 'orgId'>;

/** P3: the org's cases since `since` with its root causes' names, for the root-cause summary. */
export async function rootCauseFacts(ctx: ServiceContext, actor: OrgActor, since: Date) {
  const [rows, names] = await Promise.all([
    facts.listCaseFacts(ctx.db, actor.orgId, since),
    facts.rootCauseNames(ctx.db, actor.orgId),
  ]);
  return { rows, names };
}

/** P2: the org's cases since `since` and its recurrence window (90 days when it has no policy). */
export async function recurrenceFacts(ctx: ServiceContext, actor: OrgActor, since: Date) {
  const [policy, rows] = await Promise.all([
    findOrgPolicy(ctx.db, actor.orgId),
    facts.listCaseFacts(ctx.db, actor.orgId, since),
  ]);
  return { rows, recurrenceWindowDays: policy?.recurrenceWindowDays ?? 90 };
}

/** F4: the org's promises since `since` counted by kind and how they ended. */
export const promiseFacts = (ctx: ServiceContext, actor: OrgActor, since: Date) =>
  facts.countPromisesByKind(ctx.db, actor.orgId, since, ctx.now());

/** The analyses of the org's conversations since `since` (anger start versus end). */
export const analysisFacts = (ctx: ServiceContext, actor: OrgActor, since: Date) =>
  facts.listAnalyses(ctx.db, actor.orgId, since);

/** The QA rubric of each conversation since `since` in the scope the door allows (undefined: the whole org). */
export const qaFacts = (ctx: ServiceContext, actor: OrgActor, input: { since: Date; scope: TeamScope | undefined }) =>
  listConversationQa(ctx.db, { orgId: actor.orgId, teamOf: input.scope }, input.since);
