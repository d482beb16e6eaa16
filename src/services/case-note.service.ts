/** Case notes: add one (audited), in one transaction. */
import type { Result } from '../core/errors.ts';
import { appendAudit, type AuditActor } from '../store/repositories/audit.repository.ts';
import { findCase } from '../store/repositories/case.repository.ts';
import { insertCaseNote, type CaseNoteRow } from '../store/repositories/case-note.repository.ts';
import { found, runInTransaction, type ServiceContext } from './context.ts';

/**
 * Adds a note to a case and audits it (`entity: 'case_note'`, `action: 'created'`, after: case and body) in one
 * transaction. The author is the actor, who must be a user. Another org's case is `not_found`.
 */
export function addCaseNote(
  ctx: ServiceContext,
  orgId: string,
  actor: AuditActor & { actorId: string },
  caseId: string,
  body: string,
): Promise<Result<CaseNoteRow>> {
  return runInTransaction(ctx.db, async (tx) => {
    found(await findCase(tx, orgId, caseId), 'case', 'id');
    const now = ctx.now();
    const note = await insertCaseNote(tx, orgId, { caseId, authorId: actor.actorId, body, now });
    await appendAudit(tx, orgId, [
      { entity: 'case_note', entityId: note.id, action: 'created', ...actor, at: now, after: { caseId, body } },
    ]);
    return note;
  });
}
