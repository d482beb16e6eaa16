import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { ConcessionStatus } from '../../core/cases/types.ts';
import { keyset, toPage } from '../pagination.ts';
import type { Executor } from '../database.ts';
import { concessions } from '../schema/index.ts';

export type ConcessionRow = typeof concessions.$inferSelect;
export type NewConcession = Omit<typeof concessions.$inferInsert, 'orgId' | 'id'>;

/** Inserts a concession for the org. */
export async function insertConcession(db: Executor, orgId: string, values: NewConcession): Promise<ConcessionRow> {
  const [row] = await db
    .insert(concessions)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

/** One concession of the org, optionally locked for update. */
export async function findConcession(
  db: Executor,
  orgId: string,
  id: string,
  lock = false,
): Promise<ConcessionRow | undefined> {
  const query = db
    .select()
    .from(concessions)
    .where(and(eq(concessions.orgId, orgId), eq(concessions.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Sets a concession's decision. */
export async function updateConcession(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Pick<ConcessionRow, 'status' | 'approvedBy' | 'decidedAt' | 'updatedAt'>>,
): Promise<ConcessionRow> {
  const [row] = await db
    .update(concessions)
    .set(patch)
    .where(and(eq(concessions.orgId, orgId), eq(concessions.id, id)))
    .returning();
  return row!;
}

/** Concessions approved or granted to a customer since `since` (R5: expectation inflation). */
export async function countCustomerConcessionsSince(
  db: Executor,
  orgId: string,
  customerId: string,
  since: Date,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(concessions)
    .where(
      and(
        eq(concessions.orgId, orgId),
        eq(concessions.customerId, customerId),
        gte(concessions.createdAt, since),
        inArray(concessions.status, ['approved', 'granted']),
        inArray(concessions.kind, ['service_credit', 'refund', 'goodwill']),
      ),
    );
  return Number(row?.n ?? 0);
}

/** Every concession on a case, oldest first. */
export const listCaseConcessions = (db: Executor, orgId: string, caseId: string) =>
  db
    .select()
    .from(concessions)
    .where(and(eq(concessions.orgId, orgId), eq(concessions.caseId, caseId)))
    .orderBy(asc(concessions.createdAt));

/** What is already on a case (R5: the approval threshold is per case): approved or granted, and waiting. */
export async function sumCaseConcessions(
  db: Executor,
  orgId: string,
  caseId: string,
): Promise<{ approvedCents: number; pendingCents: number }> {
  const [row] = await db
    .select({
      approved: sql<string>`coalesce(sum(${concessions.amountCents}) filter (where ${concessions.status} in ('approved', 'granted')), 0)`,
      pending: sql<string>`coalesce(sum(${concessions.amountCents}) filter (where ${concessions.status} = 'proposed'), 0)`,
    })
    .from(concessions)
    .where(and(eq(concessions.orgId, orgId), eq(concessions.caseId, caseId)));
  return { approvedCents: Number(row?.approved ?? 0), pendingCents: Number(row?.pending ?? 0) };
}

/** The org's concessions in one status, oldest first (the approval queue), one keyset page at a time. */
export async function listConcessionsByStatus(
  db: Executor,
  orgId: string,
  status: ConcessionStatus,
  page: { cursor?: string | undefined; limit: number },
) {
  const order = keyset({ key: concessions.createdAt, id: concessions.id, direction: 'asc', kind: 'time' }, page.cursor);
  const where = [eq(concessions.orgId, orgId), eq(concessions.status, status), order.after];
  const rows = await db
    .select()
    .from(concessions)
    .where(and(...where))
    .orderBy(...order.orderBy)
    .limit(page.limit + 1);
  return toPage(rows, page.limit, (row) => [row.createdAt, row.id]);
}
