import { sql } from 'drizzle-orm';
import { check, foreignKey, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, orgIdColumn } from './columns.ts';
import { commitments } from './commitments.ts';

/**
 * What the promise clocks have sent: one row per commitment, notice kind and due time, so a reminder or an
 * escalation goes out once per due time (moving the due time owes a new one). The scheduler's idempotency key.
 */
export const commitmentNotices = pgTable(
  'commitment_notices',
  {
    orgId: orgIdColumn(),
    commitmentId: uuid('commitment_id').notNull(),
    /** `reminder` (before the due time) or `escalation` (once overdue). */
    kind: text('kind').$type<'reminder' | 'escalation'>().notNull(),
    dueAt: at('due_at').notNull(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.commitmentId, t.kind, t.dueAt] }),
    foreignKey({
      columns: [t.orgId, t.commitmentId],
      foreignColumns: [commitments.orgId, commitments.id],
    }).onDelete('cascade'),
    check('commitment_notices_kind', sql`${t.kind} in ('reminder', 'escalation')`),
  ],
);
