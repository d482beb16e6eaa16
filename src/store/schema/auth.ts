import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, idColumn, orgIdColumn } from './columns.ts';
import { organizations, users } from './organizations.ts';

/** API tokens: only a hash is stored; `revoked_at` set means the token no longer works. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
    /** After this the token no longer works (401 saying so); null: until revoked. */
    expiresAt: at('expires_at'),
    /** Requests per minute this token may make (an admin sets it for an integration); null: the server default. */
    rateLimitPerMinute: integer('rate_limit_per_minute'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }),
    check(
      'api_tokens_rate_limit_positive',
      sql`${t.rateLimitPerMinute} is null or ${t.rateLimitPerMinute} between 1 and 1000000`,
    ),
  ],
);

/** Browser sessions: the cookie carries the id, the table only its hash. */
export const sessions = pgTable(
  'sessions',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    userId: uuid('user_id').notNull(),
    sessionHash: text('session_hash').notNull().unique(),
    expiresAt: at('expires_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id] }).onDelete('cascade'),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
);

/** Log-in attempts for throttling; org_id is null when the e-mail names no known user. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: idColumn().primaryKey(),
    orgId: uuid('org_id').references(() => organizations.id),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    ok: boolean('ok').notNull(),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_at_idx').on(t.email, t.at), index('login_attempts_ip_at_idx').on(t.ip, t.at)],
);
