import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { AppError } from '../../core/errors.ts';
import type { Executor } from '../database.ts';
import { decodeTextCursor, toPage } from '../pagination.ts';
import { auditEvents } from '../schema/index.ts';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  actorId: string | null;
  /** `session`, `token`, `cli` or `system`; left out by the case/promise services (their actor is `actorId`). */
  actorVia?: AuditActorVia | null;
  actorTokenId?: string | null;
  at: Date;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export type AuditActorVia = 'session' | 'token' | 'cli' | 'system';

/** Who made an admin change: a user (through a session or an API token), the CLI, or the system (demo seed). */
export interface AuditActor {
  actorId: string | null;
  actorVia: AuditActorVia;
  actorTokenId?: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { actorId: null, actorVia: 'system' };

/**
 * The fields of `after` whose values differ from `before` (compared as JSON), as a before/after pair holding
 * only those fields; null when nothing changed. Callers pass only public fields: never secrets or hashes.
 */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const was = snapshot(before);
  const now = snapshot(after);
  const keys = Object.keys(now).filter((k) => JSON.stringify(was[k] ?? null) !== JSON.stringify(now[k] ?? null));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((k) => [k, was[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, now[k] ?? null])),
  };
}

/** JSON-safe snapshot of a row: dates become ISO strings so before/after compare as stored. */
export const snapshot = (row: object): Record<string, unknown> =>
  JSON.parse(JSON.stringify(row)) as Record<string, unknown>;

// Append-only by design: this module offers no update or delete, and a trigger refuses both.
/** Audit entries as audit_events rows of the org. */
export const auditRows = (orgId: string, entries: AuditEntry[]) =>
  entries.map((e) => ({
    orgId,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    actorId: e.actorId,
    actorVia: e.actorVia ?? null,
    actorTokenId: e.actorTokenId ?? null,
    at: e.at,
    before: e.before ?? null,
    after: e.after ?? null,
  }));

/** Appends audit entries for state changes made in the same transaction. */
export async function appendAudit(db: Executor, orgId: string, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditEvents).values(auditRows(orgId, entries));
}

/** The history of one entity, oldest first. */
export const listAuditFor = (db: Executor, orgId: string, entity: string, entityId: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.entity, entity), eq(auditEvents.entityId, entityId)))
    .orderBy(asc(auditEvents.seq));

/** What the audit-trail read filters on; every field narrows, and `entities` limits what the caller may see. */
export interface AuditTrailFilters {
  actorId?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  /** Entries at or after this time. */
  from?: Date | undefined;
  /** Entries strictly before this time. */
  to?: Date | undefined;
  /** Only these entities (a supervisor's case-domain view); undefined: all. */
  entities?: readonly string[] | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** A cursor's insertion number: the sort key of the audit trail (newest first). */
function cursorSeq(cursor: string): number {
  const [key] = decodeTextCursor(cursor);
  const seq = Number(key);
  if (!Number.isSafeInteger(seq) || seq < 0)
    throw new AppError('invalid_input', 'is not a cursor this API returned', 'query.cursor');
  return seq;
}

/** The org's audit trail, newest first, keyset-paginated on the insertion order (stable under new entries). */
export async function listAuditTrail(db: Executor, orgId: string, f: AuditTrailFilters) {
  const where: SQL[] = [eq(auditEvents.orgId, orgId)];
  if (f.entities) where.push(inArray(auditEvents.entity, [...f.entities]));
  if (f.actorId) where.push(eq(auditEvents.actorId, f.actorId));
  if (f.entity) where.push(eq(auditEvents.entity, f.entity));
  if (f.entityId) where.push(eq(auditEvents.entityId, f.entityId));
  if (f.action) where.push(eq(auditEvents.action, f.action));
  if (f.from) where.push(gte(auditEvents.at, f.from));
  if (f.to) where.push(lt(auditEvents.at, f.to));
  if (f.cursor) where.push(lt(auditEvents.seq, cursorSeq(f.cursor)));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.seq))
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (row) => [String(row.seq), row.id]);
}
