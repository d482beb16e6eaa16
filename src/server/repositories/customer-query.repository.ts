/** Customer search with keyset pagination by name. */
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { AppError } from '../../core/errors.ts';
import type { Executor } from '../../store/database.ts';
import { customers } from '../../store/schema/index.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function decode(cursor: string): [string, string] {
  try {
    const [name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    if (typeof name !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad');
    return [name, id];
  } catch {
    throw new AppError('invalid_input', 'is not a cursor this API returned', 'query.cursor');
  }
}

export async function searchCustomers(
  db: Executor,
  orgId: string,
  f: { q?: string | undefined; cursor?: string | undefined; limit: number },
) {
  const where: SQL[] = [eq(customers.orgId, orgId)];
  if (f.q) {
    const p = `%${escapeLike(f.q)}%`;
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
    const [name, id] = decode(f.cursor);
    where.push(sql`(${customers.name}, ${customers.id}) > (${name}, ${id}::uuid)`);
  }
  const rows = await db
    .select()
    .from(customers)
    .where(and(...where))
    .orderBy(asc(customers.name), asc(customers.id))
    .limit(f.limit + 1);
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > f.limit && last ? Buffer.from(JSON.stringify([last.name, last.id])).toString('base64url') : null,
  };
}
