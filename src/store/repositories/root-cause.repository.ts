import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { cases, processFixes, rootCauses } from '../schema/index.ts';

export type RootCauseRow = typeof rootCauses.$inferSelect;
export type ProcessFixRow = typeof processFixes.$inferSelect;

/** Inserts a root cause for the org (P3). */
export async function insertRootCause(
  db: Executor,
  orgId: string,
  values: { name: string; description?: string | null; createdAt: Date; updatedAt: Date },
) {
  const [row] = await db
    .insert(rootCauses)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

/** The org's root causes by name. */
export const listRootCauses = (db: Executor, orgId: string) =>
  db.select().from(rootCauses).where(eq(rootCauses.orgId, orgId)).orderBy(asc(rootCauses.name));

/** Inserts a process fix against a root cause (P2). */
export async function insertProcessFix(
  db: Executor,
  orgId: string,
  values: Omit<typeof processFixes.$inferInsert, 'orgId' | 'id'>,
) {
  const [row] = await db
    .insert(processFixes)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

/** The fixes recorded against one root cause. */
export const listProcessFixes = (db: Executor, orgId: string, rootCauseId: string) =>
  db
    .select()
    .from(processFixes)
    .where(and(eq(processFixes.orgId, orgId), eq(processFixes.rootCauseId, rootCauseId)))
    .orderBy(asc(processFixes.createdAt));

/** One root cause of the org (locked for update when asked), or undefined. */
export async function findRootCause(db: Executor, orgId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(rootCauses)
    .where(and(eq(rootCauses.orgId, orgId), eq(rootCauses.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row as RootCauseRow | undefined;
}

/** Renames or re-describes a root cause. */
export async function updateRootCause(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Pick<RootCauseRow, 'name' | 'description' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(rootCauses)
    .set(patch)
    .where(and(eq(rootCauses.orgId, orgId), eq(rootCauses.id, id)))
    .returning();
  return row;
}

/** One process fix of a root cause (locked for update), or undefined. */
export async function findProcessFix(db: Executor, orgId: string, rootCauseId: string, id: string) {
  const [row] = await db
    .select()
    .from(processFixes)
    .where(and(eq(processFixes.orgId, orgId), eq(processFixes.rootCauseId, rootCauseId), eq(processFixes.id, id)))
    .for('update');
  return row as ProcessFixRow | undefined;
}

/** Changes a process fix's title, description, owner, due time or status (planned → in progress → done). */
export async function updateProcessFix(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Omit<ProcessFixRow, 'orgId' | 'id' | 'rootCauseId' | 'createdAt'>>,
) {
  const [row] = await db
    .update(processFixes)
    .set(patch)
    .where(and(eq(processFixes.orgId, orgId), eq(processFixes.id, id)))
    .returning();
  return row!;
}

/** Every process fix of the org, by root cause then age. */
export const listOrgProcessFixes = (db: Executor, orgId: string) =>
  db
    .select()
    .from(processFixes)
    .where(eq(processFixes.orgId, orgId))
    .orderBy(asc(processFixes.rootCauseId), asc(processFixes.createdAt), asc(processFixes.id));

/** How many cases name each root cause (all time, any state). */
export async function countCasesByRootCause(db: Executor, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: cases.rootCauseId, count: sql<number>`count(*)`.mapWith(Number) })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), isNotNull(cases.rootCauseId)))
    .groupBy(cases.rootCauseId);
  return new Map(rows.map((r) => [r.id!, r.count]));
}
