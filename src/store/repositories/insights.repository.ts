/** Rows the insights aggregate, for one org and period. */
import { and, eq, gte } from 'drizzle-orm';
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

export const listPromiseFacts = (db: Executor, orgId: string, since: Date) =>
  db
    .select({
      kind: commitments.kind,
      state: commitments.state,
      dueAt: commitments.dueAt,
      completedAt: commitments.completedAt,
    })
    .from(commitments)
    .where(and(eq(commitments.orgId, orgId), gte(commitments.dueAt, since)));

export const listAnalyses = (db: Executor, orgId: string, since: Date) =>
  db
    .select({ analysis: conversations.analysis })
    .from(conversations)
    .where(and(eq(conversations.orgId, orgId), gte(conversations.createdAt, since)));
