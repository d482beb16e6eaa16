import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps } from './columns.ts';
import { organizations } from './organizations.ts';

/** A customer and what keeping them is worth (V1); amounts are in minor units of the org's currency. */
export const customers = pgTable(
  'customers',
  {
    orgId: orgIdColumn().references(() => organizations.id),
    id: idColumn(),
    /** The id in the help desk or CRM this customer came from. */
    externalRef: text('external_ref'),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    plan: text('plan'),
    lifetimeRevenueCents: bigint('lifetime_revenue_cents', { mode: 'number' }).notNull().default(0),
    monthlyRevenueCents: bigint('monthly_revenue_cents', { mode: 'number' }).notNull().default(0),
    /** Tenure is measured from this date. */
    customerSince: date('customer_since', { mode: 'string' }),
    contractEndsOn: date('contract_ends_on', { mode: 'string' }),
    /** History imported from before defuse; complaints and concessions recorded here are added on top. */
    priorComplaints: integer('prior_complaints').notNull().default(0),
    priorConcessionsCents: bigint('prior_concessions_cents', { mode: 'number' }).notNull().default(0),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex('customers_org_external_ref_unique').on(t.orgId, t.externalRef),
    index('customers_org_email_idx').on(t.orgId, t.email),
    // Keyset pages of GET /customers (by name).
    index('customers_org_name_id_idx').on(t.orgId, t.name, t.id),
  ],
);
