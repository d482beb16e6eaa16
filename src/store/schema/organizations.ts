import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { OrgPolicy } from '../../core/cases/types.ts';
import { idColumn, orgIdColumn, timestamps } from './columns.ts';
import { userRole } from './enums.ts';

/** A tenant; `settings` holds its policy (Chaser minutes, approval threshold, regulatory preset…). */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  settings: jsonb('settings').$type<Partial<OrgPolicy>>().notNull().default({}),
  ...timestamps(),
});

export const teams = pgTable(
  'teams',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    name: text('name').notNull(),
    /** Categories this team handles, for routing (R3). */
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), uniqueIndex('teams_org_name_unique').on(t.orgId, t.name)],
);

export const users = pgTable(
  'users',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: userRole('role').notNull().default('agent'),
    teamId: uuid('team_id'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    phone: text('phone'),
    /** scrypt hash written by the server; null for users who cannot log in. */
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    /**
     * May create organizations on this instance (`POST /api/v1/orgs`); granted only explicitly, by
     * `defuse org|user create --instance-admin`, never by being an org's first admin.
     */
    instanceAdmin: boolean('instance_admin').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    // An address is unique within an organization; the same person may have accounts in several (log-in then
    // tells them apart by password, or by the organization named).
    uniqueIndex('users_org_email_unique').on(t.orgId, sql`lower(${t.email})`),
    index('users_email_idx').on(sql`lower(${t.email})`),
    foreignKey({ columns: [t.orgId, t.teamId], foreignColumns: [teams.orgId, teams.id] }).onDelete('no action'),
  ],
);
