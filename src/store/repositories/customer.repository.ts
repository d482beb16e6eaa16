import { and, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { customers } from '../schema/index.ts';
import { containsAny, keyset, toPage } from '../pagination.ts';

export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomer = Omit<typeof customers.$inferInsert, 'orgId' | 'id'>;

/** Inserts a customer for the org. */
export async function insertCustomer(db: Executor, orgId: string, values: NewCustomer): Promise<CustomerRow> {
  const [row] = await db
    .insert(customers)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

/** One customer of the org, or undefined; `lock` takes the row for update until the transaction ends. */
export async function findCustomer(
  db: Executor,
  orgId: string,
  id: string,
  lock = false,
): Promise<CustomerRow | undefined> {
  const query = db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Changes a customer's details; returns the row as it now is (undefined for an unknown id or another org's). */
export async function updateCustomer(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Omit<NewCustomer, 'createdAt'>>,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .update(customers)
    .set(patch)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)))
    .returning();
  return row;
}

// Customer search with keyset pagination by name.
export async function searchCustomers(
  db: Executor,
  orgId: string,
  f: { q?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const page = keyset({ key: customers.name, id: customers.id, direction: 'asc', kind: 'text' }, f.cursor);
  const where = [
    eq(customers.orgId, orgId),
    containsAny(f.q, [customers.name, customers.email, customers.phone, customers.externalRef]),
    page.after,
  ];
  const rows = await db
    .select()
    .from(customers)
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (row) => [row.name, row.id]);
}
