/** Customer search with keyset pagination by name. */
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { containsPattern, decodeTextCursor, toPage } from '../../store/pagination.ts';
import { customers } from '../../store/schema/index.ts';

export async function searchCustomers(
  db: Executor,
  orgId: string,
  f: { q?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const where: SQL[] = [eq(customers.orgId, orgId)];
  if (f.q) {
    const p = containsPattern(f.q);
    where.push(
      or(
        ilike(customers.name, p),
        ilike(customers.email, p),
        ilike(customers.phone, p),
        ilike(customers.externalRef, p),
      )!,
    );
  }
  if (f.cursor) {
    const [name, id] = decodeTextCursor(f.cursor);
    where.push(sql`(${customers.name}, ${customers.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select()
    .from(customers)
    .where(and(...where))
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (row) => [row.name, row.id]);
}
