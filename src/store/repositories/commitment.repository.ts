import { and, asc, eq, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { commitments, cases, users } from '../schema/index.ts';
import { keyset, pageRows, statementName, toPage } from '../pagination.ts';
import { type TeamScope, visibleTo } from '../visibility.ts';

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

// Commitment listing: mine, state, due before, overdue; agents see their team's; keyset pagination by due time.
export interface CommitmentFilters {
  ownerId?: string | undefined;
  state?: (typeof commitments.$inferSelect)['state'] | undefined;
  dueBefore?: Date | undefined;
  overdueAt?: Date | undefined;
  caseId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The commitment with the team it belongs to (its case's team, else its owner's), for row-level scoping. */
const teamOfCommitment = sql<string | null>`coalesce(${cases.teamId}, ${users.teamId})`;

export async function listCommitments(
  db: Executor,
  scope: { orgId: string; teamOf?: TeamScope | undefined },
  f: CommitmentFilters,
) {
  const page = keyset({ key: commitments.dueAt, id: commitments.id, direction: 'asc', kind: 'time' }, f.cursor);
  const where: Array<SQL | undefined> = [
    eq(commitments.orgId, scope.orgId),
    visibleTo(scope.teamOf, commitments.ownerId, teamOfCommitment),
    page.after,
  ];
  if (f.ownerId) where.push(eq(commitments.ownerId, f.ownerId));
  if (f.state) where.push(eq(commitments.state, f.state));
  if (f.caseId) where.push(eq(commitments.caseId, f.caseId));
  if (f.dueBefore) where.push(lt(commitments.dueAt, f.dueBefore));
  if (f.overdueAt) where.push(and(eq(commitments.state, 'open'), lt(commitments.dueAt, f.overdueAt))!);
  const query = db
    .select({ commitment: commitments, teamId: teamOfCommitment })
    .from(commitments)
    .leftJoin(cases, and(eq(cases.orgId, commitments.orgId), eq(cases.id, commitments.caseId)))
    .leftJoin(users, and(eq(users.orgId, commitments.orgId), eq(users.id, commitments.ownerId)))
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(pageRows(f.limit));
  // Prepared by name, one per filter shape and page size (see listCases).
  const rows = await query.prepare(statementName('list_commitments', query.toSQL().sql)).execute();
  return toPage(
    rows.map((r) => r.commitment),
    f.limit,
    (row) => [row.dueAt, row.id],
  );
}

/** One commitment with its team, for visibility checks. */
export async function findCommitmentForAccess(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select({ commitment: commitments, teamId: teamOfCommitment })
    .from(commitments)
    .leftJoin(cases, and(eq(cases.orgId, commitments.orgId), eq(cases.id, commitments.caseId)))
    .leftJoin(users, and(eq(users.orgId, commitments.orgId), eq(users.id, commitments.ownerId)))
    .where(and(eq(commitments.orgId, orgId), eq(commitments.id, id)));
  return row ? { ...row.commitment, teamId: row.teamId } : undefined;
}

/** Open promises on a case owned by one person, locked: what a reassignment of the case hands over. */
export const listOpenCaseCommitmentsOwnedBy = (db: Executor, orgId: string, caseId: string, ownerId: string) =>
  db
    .select()
    .from(commitments)
    .where(
      and(
        eq(commitments.orgId, orgId),
        eq(commitments.caseId, caseId),
        eq(commitments.ownerId, ownerId),
        eq(commitments.state, 'open'),
      ),
    )
    .orderBy(asc(commitments.dueAt))
    .for('update');

/** Gives several open promises of the org to a new owner; returns the changed rows. */
export async function setCommitmentOwner(
  db: Executor,
  orgId: string,
  ids: string[],
  ownerId: string,
  now: Date,
): Promise<CommitmentRow[]> {
  if (ids.length === 0) return [];
  return db
    .update(commitments)
    .set({ ownerId, updatedAt: now })
    .where(and(eq(commitments.orgId, orgId), inArray(commitments.id, ids), eq(commitments.state, 'open')))
    .returning();
}
