/** Root causes (P3) and their process fixes (P2): create, rename, describe, add or move a fix; every write audited. */
import type { ProcessFixStatus } from '../core/cases/types.ts';
import { AppError, type Result } from '../core/errors.ts';
import {
  appendAudit,
  changedFields,
  snapshot,
  type AuditActor,
  type AuditEntry,
} from '../store/repositories/audit.repository.ts';
import { findMember } from '../store/repositories/organization.repository.ts';
import {
  countCasesByRootCause,
  findProcessFix,
  findRootCause,
  insertProcessFix,
  insertRootCause,
  listOrgProcessFixes,
  listProcessFixes,
  listRootCauses,
  updateProcessFix,
  updateRootCause,
  type ProcessFixRow,
  type RootCauseRow,
} from '../store/repositories/root-cause.repository.ts';
import type { Executor } from '../store/database.ts';
import { type Actor, auditActorOf, found, runInTransaction, type ServiceContext } from './context.ts';

export interface ProcessFixInput {
  /** Set to change an existing fix of this root cause; left out to add a new one. */
  id?: string | undefined;
  title?: string | undefined;
  description?: string | null | undefined;
  ownerId?: string | null | undefined;
  dueAt?: Date | null | undefined;
  status?: ProcessFixStatus | undefined;
}

export interface RootCauseInput {
  name?: string | undefined;
  description?: string | null | undefined;
  processFix?: ProcessFixInput | undefined;
}

export interface RootCauseWithFixes extends RootCauseRow {
  processFixes: ProcessFixRow[];
}

const fixFields = (row: ProcessFixRow) => ({
  title: row.title,
  description: row.description,
  ownerId: row.ownerId,
  status: row.status,
  dueAt: row.dueAt,
  doneAt: row.doneAt,
});

const nameTaken = (name: string) =>
  new AppError('conflict', `a root cause named "${name}" already exists in this organization`, 'name');

/** A fix's owner must be a user of the org. */
async function checkOwner(db: Executor, orgId: string, ownerId: string | null | undefined) {
  if (ownerId) found(await findMember(db, orgId, ownerId), 'user', 'processFix.ownerId');
}

/** Adds a new fix, or changes the fix named by `input.id`; returns its audit entry. */
async function writeFix(
  tx: Executor,
  orgId: string,
  rootCauseId: string,
  input: ProcessFixInput,
  actor: AuditActor,
  now: Date,
): Promise<AuditEntry | null> {
  await checkOwner(tx, orgId, input.ownerId);
  const doneAt = input.status === 'done' ? now : input.status ? null : undefined;
  if (!input.id) {
    if (!input.title)
      throw new AppError(
        'invalid_input',
        'a new process fix needs a title (or an id to change one)',
        'processFix.title',
      );
    const row = await insertProcessFix(tx, orgId, {
      rootCauseId,
      title: input.title,
      description: input.description ?? null,
      ownerId: input.ownerId ?? null,
      dueAt: input.dueAt ?? null,
      status: input.status ?? 'planned',
      doneAt: doneAt ?? null,
      createdAt: now,
      updatedAt: now,
    });
    return {
      entity: 'process_fix',
      entityId: row.id,
      action: 'created',
      ...actor,
      at: now,
      after: { rootCauseId, ...snapshot(fixFields(row)) },
    };
  }
  const before = found(
    await findProcessFix(tx, orgId, rootCauseId, input.id),
    'process fix of this root cause',
    'processFix.id',
  );
  const { id: _id, ...fields } = input;
  const patch = Object.fromEntries(Object.entries({ ...fields, doneAt }).filter(([, v]) => v !== undefined));
  // A fix already done keeps its completion time when only its wording changes.
  if (input.status === 'done' && before.status === 'done') delete patch.doneAt;
  const after = await updateProcessFix(tx, orgId, before.id, { ...patch, updatedAt: now });
  const diff = changedFields(fixFields(before), fixFields(after));
  return diff ? { entity: 'process_fix', entityId: before.id, action: 'updated', ...actor, at: now, ...diff } : null;
}

async function withFixes(tx: Executor, orgId: string, row: RootCauseRow): Promise<RootCauseWithFixes> {
  return { ...row, processFixes: await listProcessFixes(tx, orgId, row.id) };
}

/** Creates a root cause (and optionally its first process fix), audited, in one transaction. */
export function createRootCause(
  ctx: ServiceContext,
  by: Actor,
  input: RootCauseInput & { name: string },
): Promise<Result<RootCauseWithFixes>> {
  const { orgId } = by;
  const actor = auditActorOf(by);
  return runInTransaction(ctx.db, async (tx) => {
    const now = ctx.now();
    const row = await insertRootCause(tx, orgId, {
      name: input.name,
      description: input.description ?? null,
      createdAt: now,
      updatedAt: now,
    }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? nameTaken(input.name) : error;
    });
    const entries: AuditEntry[] = [
      {
        entity: 'root_cause',
        entityId: row.id,
        action: 'created',
        ...actor,
        at: now,
        after: { name: row.name, description: row.description },
      },
    ];
    if (input.processFix) {
      if (input.processFix.id)
        throw new AppError(
          'invalid_input',
          'a new root cause has no fixes to change yet: leave out the id',
          'processFix.id',
        );
      const entry = await writeFix(tx, orgId, row.id, input.processFix, actor, now);
      if (entry) entries.push(entry);
    }
    await appendAudit(tx, orgId, entries);
    return withFixes(tx, orgId, row);
  });
}

/**
 * Renames or re-describes a root cause and adds or changes one of its process fixes, in one transaction with one
 * audit entry per changed thing (before/after of the changed fields). Unknown ids are `not_found`; a name another
 * root cause has is `conflict`.
 */
export function changeRootCause(
  ctx: ServiceContext,
  by: Actor,
  input: RootCauseInput & { rootCauseId: string },
): Promise<Result<RootCauseWithFixes>> {
  const { orgId } = by;
  const actor = auditActorOf(by);
  const { rootCauseId: id } = input;
  return runInTransaction(ctx.db, async (tx) => {
    const now = ctx.now();
    const before = found(await findRootCause(tx, orgId, id, true), 'root cause', 'id');
    const fields = Object.fromEntries(
      Object.entries({ name: input.name, description: input.description }).filter(([, v]) => v !== undefined),
    );
    const pick = (r: RootCauseRow) => ({ name: r.name, description: r.description });
    const diff = changedFields(pick(before), { ...pick(before), ...fields });
    let row = before;
    const entries: AuditEntry[] = [];
    if (diff) {
      row = (await updateRootCause(tx, orgId, id, { ...fields, updatedAt: now }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? nameTaken(String(input.name)) : error;
      }))!;
      entries.push({ entity: 'root_cause', entityId: id, action: 'updated', ...actor, at: now, ...diff });
    }
    if (input.processFix) {
      const entry = await writeFix(tx, orgId, id, input.processFix, actor, now);
      if (entry) entries.push(entry);
    }
    await appendAudit(tx, orgId, entries);
    return withFixes(tx, orgId, row);
  });
}

const isUniqueViolation = (error: unknown): boolean => {
  const source = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
  return (source as { code?: string }).code === '23505';
};

/** The org's root causes by name, with their process fixes and how many cases name each. */
export async function listRootCausesWithFixes(ctx: ServiceContext, actor: Pick<Actor, 'orgId'>) {
  const [rows, fixes, counts] = await Promise.all([
    listRootCauses(ctx.db, actor.orgId),
    listOrgProcessFixes(ctx.db, actor.orgId),
    countCasesByRootCause(ctx.db, actor.orgId),
  ]);
  return { rows, fixes, counts };
}

/** How many of the org's cases name each root cause, by root cause id. */
export const countCasesPerRootCause = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>) =>
  countCasesByRootCause(ctx.db, actor.orgId);
