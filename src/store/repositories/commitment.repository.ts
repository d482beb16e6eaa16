import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { commitments } from '../schema/index.ts';

export type CommitmentRow = typeof commitments.$inferSelect;
export type NewCommitment = Omit<typeof commitments.$inferInsert, 'orgId' | 'id'>;
export type CommitmentPatch = Partial<
  Pick<CommitmentRow, 'state' | 'outcome' | 'waiveReason' | 'completedAt' | 'updatedAt'>
>;

/** Inserts promises for the org. */
export async function insertCommitments(
  db: Executor,
  orgId: string,
  values: NewCommitment[],
): Promise<CommitmentRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(commitments)
    .values(values.map((v) => ({ ...v, orgId })))
    .returning();
}

/** One promise of the org, optionally locked for update. */
export async function findCommitment(
  db: Executor,
  orgId: string,
  id: string,
  lock = false,
): Promise<CommitmentRow | undefined> {
  const query = db
    .select()
    .from(commitments)
    .where(and(eq(commitments.orgId, orgId), eq(commitments.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Every promise on a case, earliest due first. */
export const listCaseCommitments = (db: Executor, orgId: string, caseId: string) =>
  db
    .select()
    .from(commitments)
    .where(and(eq(commitments.orgId, orgId), eq(commitments.caseId, caseId)))
    .orderBy(asc(commitments.dueAt), asc(commitments.createdAt));

/** Open promises on a case, locked so a close and a completion cannot cross. */
export const listOpenCaseCommitments = (db: Executor, orgId: string, caseId: string) =>
  db
    .select()
    .from(commitments)
    .where(and(eq(commitments.orgId, orgId), eq(commitments.caseId, caseId), eq(commitments.state, 'open')))
    .orderBy(asc(commitments.dueAt))
    .for('update');

/** Open promises due before `before`, of one org or (null) of every org, earliest first, locked for update. */
export const listOverdueCommitments = (db: Executor, orgId: string | null, before: Date, limit = 500) =>
  db
    .select()
    .from(commitments)
    .where(
      and(
        orgId === null ? undefined : eq(commitments.orgId, orgId),
        eq(commitments.state, 'open'),
        lt(commitments.dueAt, before),
      ),
    )
    .orderBy(asc(commitments.dueAt))
    .limit(limit)
    .for('update', { skipLocked: true });

/**
 * Links a conversation's promises that belong to no case yet (its Chaser) to the case opened from it; returns
 * the linked rows.
 */
export const linkConversationCommitments = (
  db: Executor,
  orgId: string,
  conversationId: string,
  caseId: string,
  now: Date,
) =>
  db
    .update(commitments)
    .set({ caseId, updatedAt: now })
    .where(
      and(eq(commitments.orgId, orgId), eq(commitments.conversationId, conversationId), isNull(commitments.caseId)),
    )
    .returning();

/** Applies one patch to several promises of the org. */
export async function updateCommitments(
  db: Executor,
  orgId: string,
  ids: string[],
  patch: CommitmentPatch,
): Promise<CommitmentRow[]> {
  if (ids.length === 0) return [];
  return db
    .update(commitments)
    .set(patch)
    .where(and(eq(commitments.orgId, orgId), inArray(commitments.id, ids)))
    .returning();
}
