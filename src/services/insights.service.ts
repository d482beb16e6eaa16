import { findRootCauseSpikes, weekStart, SPIKE_RULE, type RootCauseSpike } from '../core/cases/recurrence.ts';
import type { Result } from '../core/errors.ts';
import { countCasesByRootCauseWeek } from '../store/repositories/case.repository.ts';
import { requirePolicy, runInTransaction, type ServiceContext } from './context.ts';

const WEEK = 7 * 86_400_000;

/** P3: root causes whose count this week jumped against the weeks before. */
export async function findRootCauseSpikesForOrg(ctx: ServiceContext, orgId: string): Promise<Result<RootCauseSpike[]>> {
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    await requirePolicy(tx, orgId);
    const since = new Date(weekStart(now).getTime() - SPIKE_RULE.baselineWeeks * WEEK);
    return findRootCauseSpikes(await countCasesByRootCauseWeek(tx, orgId, since), now);
  });
}
