import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { auditEvents } from '../schema/index.ts';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  actorId: string | null;
  at: Date;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** JSON-safe snapshot of a row: dates become ISO strings so before/after compare as stored. */
export const snapshot = (row: object): Record<string, unknown> => JSON.parse(JSON.stringify(row)) as Record<string, unknown>;

// Append-only by design: this module offers no update or delete, and a trigger refuses both.
/** Audit entries as audit_events rows of the org. */
export const auditRows = (orgId: string, entries: AuditEntry[]) =>
  entries.map((e) => ({
    orgId,
    entity: e.entity,
    entityId: e.entityId,
    action: e.action,
    actorId: e.actorId,
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
