// Citus readiness, checked on the migrated schema itself: with org_id as the distribution column, every unique
// index and primary key of a tenant table must contain it (we require it to lead, so per-org lookups stay one
// shard's index range), and every foreign key between tenant tables must join on it (no cross-org join).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { backends } from './harness.ts';

/**
 * Tables that are not distributed by org_id, and why. In Citus they become reference tables (copied to every
 * node) or stay on the coordinator; each is small or short-lived.
 */
const NOT_DISTRIBUTED: Record<string, string> = {
  organizations: 'the tenant table itself: its id is the org_id (reference table)',
  login_attempts: 'throttling by e-mail and IP before any org is known; rows expire (coordinator-local)',
};

/** Unique keys looked up before the caller's org is known, allowed on tenant tables with the reason. */
const GLOBAL_LOOKUPS: Record<string, string> = {
  api_tokens_token_hash_unique: 'a bearer token is resolved to its org by hash (Citus: reference table)',
  sessions_session_hash_unique: 'a session cookie is resolved to its org by hash (Citus: reference table)',
};

const pglite = (await backends()).find((b) => b.name === 'pglite')!;

test('every unique index is led by org_id and every foreign key joins within one org', async (t) => {
  const store = await pglite.open();
  t.after(() => store.close());
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await store.db.execute(query)) as unknown as { rows: T[] }).rows;

  const tables = await rows<{ table: string }>(
    sql`select table_name as "table" from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const tenantTables = tables.map((r) => r.table).filter((name) => !(name in NOT_DISTRIBUTED));
  assert.ok(tenantTables.includes('cases') && tenantTables.length >= 15, `tenant tables: ${tenantTables.join(', ')}`);

  const uniques = await rows<{ table: string; index: string; primary: boolean; columns: string[] }>(sql`
    select c.relname as "table", i.relname as "index", x.indisprimary as "primary",
           array(select a.attname from unnest(x.indkey) with ordinality k(attnum, n)
                 left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum order by k.n) as columns
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
    join pg_namespace ns on ns.oid = c.relnamespace
    where ns.nspname = 'public' and x.indisunique`);
  const problems: string[] = [];
  for (const u of uniques) {
    if (u.table in NOT_DISTRIBUTED || u.index in GLOBAL_LOOKUPS) continue;
    const columns = u.columns.map((c) => c ?? '(expression)');
    if (columns[0] !== 'org_id') problems.push(`${u.table}.${u.index} (${columns.join(', ')}) is not led by org_id`);
  }
  for (const table of tenantTables)
    if (!uniques.some((u) => u.table === table && u.primary && u.columns[0] === 'org_id'))
      problems.push(`${table}: its primary key is not led by org_id`);

  const foreignKeys = await rows<{ table: string; name: string; target: string; columns: string[] }>(sql`
    select c.relname as "table", con.conname as name, t.relname as target,
           array(select a.attname from unnest(con.conkey) k(attnum)
                 join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as columns
    from pg_constraint con join pg_class c on c.oid = con.conrelid join pg_class t on t.oid = con.confrelid
    join pg_namespace ns on ns.oid = c.relnamespace
    where ns.nspname = 'public' and con.contype = 'f'`);
  for (const fk of foreignKeys) {
    if (fk.table in NOT_DISTRIBUTED || fk.target in NOT_DISTRIBUTED) continue;
    if (!fk.columns.includes('org_id'))
      problems.push(`${fk.table}.${fk.name} -> ${fk.target} (${fk.columns.join(', ')}) does not join on org_id`);
  }
  assert.deepEqual(problems, []);
  // The exemptions are real: each names an index that exists (so a rename cannot silently widen them).
  for (const name of Object.keys(GLOBAL_LOOKUPS))
    assert.ok(
      uniques.some((u) => u.index === name),
      `${name} exists`,
    );
});
