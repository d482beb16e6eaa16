/** Notes on a case, with their authors' names. */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { caseNotes, users } from '../schema/index.ts';

export type CaseNoteRow = typeof caseNotes.$inferSelect;

/** Inserts a note on a case of the org. */
export async function insertCaseNote(
  db: Executor,
  orgId: string,
  values: { caseId: string; authorId: string; body: string; now: Date },
): Promise<CaseNoteRow> {
  const [row] = await db
    .insert(caseNotes)
    .values({
      orgId,
      caseId: values.caseId,
      authorId: values.authorId,
      body: values.body,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning();
  return row!;
}

/** A case's notes, oldest first, each with its author's name. */
export const listCaseNotes = (db: Executor, orgId: string, caseId: string) =>
  db
    .select({
      id: caseNotes.id,
      caseId: caseNotes.caseId,
      authorId: caseNotes.authorId,
      authorName: users.name,
      body: caseNotes.body,
      createdAt: caseNotes.createdAt,
    })
    .from(caseNotes)
    .innerJoin(users, and(eq(users.orgId, caseNotes.orgId), eq(users.id, caseNotes.authorId)))
    .where(and(eq(caseNotes.orgId, orgId), eq(caseNotes.caseId, caseId)))
    .orderBy(asc(caseNotes.createdAt), asc(caseNotes.id));
