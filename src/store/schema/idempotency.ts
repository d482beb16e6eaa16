import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { at, orgIdColumn } from './columns.ts';
import { organizations } from './organizations.ts';

/**
 * `Idempotency-Key` headers seen on POSTs, per org and caller (`user:<id>` or `token:<id>`): the request's
 * fingerprint and, once it succeeded, the response to replay. `status` is null while the first request runs.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of method, path and the canonical JSON body. */
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    responseBody: text('response_body'),
    createdAt: at('created_at').notNull(),
    /** 24 h after the first request: an expired key is free again. */
    expiresAt: at('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.scope, t.key] }), index('idempotency_keys_expires_idx').on(t.expiresAt)],
);
