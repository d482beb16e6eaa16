import { bigint, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, idColumn, orgIdColumn } from './columns.ts';
import { organizations } from './organizations.ts';

/** Append-only trail of every state change; a trigger (migration 0001) rejects UPDATE and DELETE. */
export const auditEvents = pgTable(
  'audit_events',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    /** Insertion order, so entries written in one transaction (same `at`) read back in order. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    /** Table-level name of what changed: `case`, `commitment`, `concession`, … */
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    /** The user who made the change; null for the system (scheduler, rules). */
    actorId: uuid('actor_id'),
    /** How the actor acted: `session`, `token` (then `actor_token_id`), `cli`, `system`; null on entries from before 0003. */
    actorVia: text('actor_via'),
    /** The API token used, when `actor_via` is `token` (its id, never its hash). */
    actorTokenId: uuid('actor_token_id'),
    at: at('at').notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('audit_events_entity_idx').on(t.orgId, t.entity, t.entityId, t.at),
    /** The audit trail reads an org's entries newest first (keyset on seq). */
    index('audit_events_org_seq_idx').on(t.orgId, t.seq),
  ],
);
