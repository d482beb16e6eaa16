import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { processFixes, rootCauses } from '../schema/index.ts';

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

/** Moves a process fix along (planned → in progress → done). */
export async function updateProcessFix(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Pick<ProcessFixRow, 'status' | 'doneAt' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(processFixes)
    .set(patch)
    .where(and(eq(processFixes.orgId, orgId), eq(processFixes.id, id)))
    .returning();
  return row;
}
