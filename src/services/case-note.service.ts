/** Case notes: add one (audited), in one transaction; list a case's notes. */
import type { Result } from '../core/errors.ts';
import { appendAudit } from '../store/repositories/audit.repository.ts';
import { findCase } from '../store/repositories/case.repository.ts';
import { insertCaseNote, listCaseNotes, type CaseNoteRow } from '../store/repositories/case-note.repository.ts';
import { type Actor, auditActorOf, found, runInTransaction, type ServiceContext } from './context.ts';

/**
 * Adds a note to a case and audits it (`entity: 'case_note'`, `action: 'created'`, after: case and body) in one
 * transaction. The author is the actor, who must be a user. Another org's case is `not_found`.
 */
export function addCaseNote(
  ctx: ServiceContext,
  actor: Actor,
  input: { caseId: string; body: string },
): Promise<Result<CaseNoteRow>> {
  const { orgId } = actor;
  const { caseId, body } = input;
  return runInTransaction(ctx.db, async (tx) => {
    found(await findCase(tx, orgId, caseId), 'case', 'id');
    const now = ctx.now();
    const note = await insertCaseNote(tx, orgId, { caseId, authorId: actor.userId, body, now });
    await appendAudit(tx, orgId, [
      {
        entity: 'case_note',
        entityId: note.id,
        action: 'created',
        ...auditActorOf(actor),
        at: now,
        after: { caseId, body },
      },
    ]);
    return note;
  });
}

/** A case's notes, oldest first, with their authors (the door has checked the actor may see the case). */
export const listNotes = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>, caseId: string) =>
  listCaseNotes(ctx.db, actor.orgId, caseId);
