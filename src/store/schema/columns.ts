import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Row id: a random UUID, unique across tenants; tables key on (org_id, id) so Citus can distribute by org. */
export const idColumn = () => uuid('id').notNull().default(sql`gen_random_uuid()`);

/** The tenant column every row carries. */
export const orgIdColumn = () => uuid('org_id').notNull();

/** A timestamptz read and written as a JS Date. */
export const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** created_at / updated_at, written by the service with its injected clock; defaults guard raw inserts. */
export const timestamps = () => ({
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});
