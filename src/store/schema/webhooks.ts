import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, idColumn, orgIdColumn, timestamps } from './columns.ts';
import { deliveryStatus } from './enums.ts';
import { organizations } from './organizations.ts';

/** An integrator's endpoint; payloads are signed with `secret`. */
export const webhooks = pgTable(
  'webhooks',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    url: text('url').notNull(),
    secret: text('secret').notNull(),
    eventTypes: text('event_types').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

/** One attempt record per try, kept in `attempts`. */
export interface DeliveryAttempt {
  at: string;
  responseCode: number | null;
  error: string | null;
  durationMs: number;
}

/** One event owed to one webhook; the idempotency key makes enqueueing safe to repeat. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    webhookId: uuid('webhook_id').notNull(),
    event: text('event').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    /**
     * The case the event concerns (`data.caseId`), or null. Deliveries of one case to one webhook go out in the
     * order the events occurred: one is not attempted while an earlier one is pending (migration 0014).
     */
    caseId: uuid('case_id'),
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: at('next_attempt_at'),
    status: deliveryStatus('status').notNull().default('pending'),
    responseCode: integer('response_code'),
    error: text('error'),
    attempts: jsonb('attempts').$type<DeliveryAttempt[]>().notNull().default([]),
    deliveredAt: at('delivered_at'),
    /**
     * Set when the claim found this delivery due but held behind an earlier pending one of its case (it is parked:
     * the claim no longer scans it); cleared when that earlier one stops being pending (migration 0018). Null for
     * every delivery that is not waiting on another.
     */
    heldSince: at('held_since'),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.webhookId], foreignColumns: [webhooks.orgId, webhooks.id] }).onDelete('cascade'),
    // Led by org_id like every unique index (a distributed table's unique keys must contain its distribution column).
    uniqueIndex('webhook_deliveries_org_idempotency_key_unique').on(t.orgId, t.idempotencyKey),
    // The claim's scan: pending deliveries not parked behind an earlier one of their case, by when they are due.
    index('webhook_deliveries_claimable_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending' and ${t.heldSince} is null`),
    // The claim's "no earlier pending delivery of this case to this webhook" probe: one index lookup per candidate.
    index('webhook_deliveries_case_pending_idx')
      .on(t.orgId, t.webhookId, t.caseId, t.createdAt, t.id)
      .where(sql`${t.status} = 'pending' and ${t.caseId} is not null`),
  ],
);
