/** Rows the insights aggregate, for one org and period. */
import { and, eq, gte, sql } from 'drizzle-orm';
import type { CommitmentKind } from '../../core/cases/types.ts';
import type { PromiseCounts } from '../../core/insights/promises.ts';
import type { Executor } from '../database.ts';
import { cases, commitments, conversations, rootCauses } from '../schema/index.ts';

export const listCaseFacts = (db: Executor, orgId: string, since: Date) =>
  db
    .select({ customerId: cases.customerId, receivedAt: cases.receivedAt, rootCauseId: cases.rootCauseId })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), gte(cases.receivedAt, since)));

export async function rootCauseNames(db: Executor, orgId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: rootCauses.id, name: rootCauses.name })
    .from(rootCauses)
    .where(eq(rootCauses.orgId, orgId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * F4 in one aggregate: the org's promises due since `since` that came due by `now` (or were settled early), counted
 * per kind by outcome — the rule of core/insights summarizePromises, in SQL. Two index ranges: everything due in
 * (since, now] (commitments_org_due_id_idx), and settled promises due after now (commitments_org_settled_due_idx),
 * so open promises due in the future are never read.
 */
export async function countPromisesByKind(
  db: Executor,
  orgId: string,
  since: Date,
  now: Date,
): Promise<PromiseCounts[]> {
  const result = (await db.execute(promiseCountsStatement(orgId, since, now))) as unknown as {
    rows: Array<{
      kind: CommitmentKind;
      due: number;
      kept_on_time: number;
      kept_late: number;
      broken: number;
      waived: number;
    }>;
  };
  return result.rows.map((r) => ({
    kind: r.kind,
    due: Number(r.due),
    keptOnTime: Number(r.kept_on_time),
    keptLate: Number(r.kept_late),
    broken: Number(r.broken),
    waived: Number(r.waived),
  }));
}

/** The one statement countPromisesByKind sends (bench/load EXPLAINs exactly this). */
export function promiseCountsStatement(orgId: string, since: Date, now: Date) {
  const c = commitments;
  const columns = sql`${c.kind} as kind, ${c.state} as state, ${c.dueAt} as due_at, ${c.completedAt} as completed_at`;
  return sql`
    select kind,
           count(*)::int as due,
           (count(*) filter (where state = 'done' and completed_at <= due_at))::int as kept_on_time,
           (count(*) filter (where state = 'done' and (completed_at is null or completed_at > due_at)))::int as kept_late,
           (count(*) filter (where state not in ('done', 'waived')))::int as broken,
           (count(*) filter (where state = 'waived'))::int as waived
    from (
      select ${columns} from ${c}
      where ${c.orgId} = ${orgId} and ${c.dueAt} >= ${since} and ${c.dueAt} <= ${now}
      union all
      select ${columns} from ${c}
      where ${c.orgId} = ${orgId} and ${c.dueAt} > ${now} and ${c.dueAt} >= ${since} and ${c.state} <> 'open'
    ) due
    group by kind`;
}

export const listAnalyses = (db: Executor, orgId: string, since: Date) =>
  db
    .select({ analysis: conversations.analysis })
    .from(conversations)
    .where(and(eq(conversations.orgId, orgId), gte(conversations.createdAt, since)));
