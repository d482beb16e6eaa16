// The embedded database's named statements (src/store/pglite-statements.ts) answer exactly as PGlite's unnamed ones.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { sql } from 'drizzle-orm';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.ts';
import { STATEMENT_CACHE_SIZE, withNamedStatements } from '../../src/store/pglite-statements.ts';

const rowsOf = async <T>(db: OpenedDatabase['db'], query: ReturnType<typeof sql>) =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

const planCounts = async (pg: PGlite, text: string) =>
  (
    await pg.query<{ generic: number; custom: number }>(
      'select generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement = $1',
      [text],
    )
  ).rows[0];

describe('PGlite named statements', () => {
  let raw: PGlite;
  let named: PGlite;
  let declare: (text: string) => void;
  before(async () => {
    raw = new PGlite('memory://');
    ({ client: named, declare } = withNamedStatements(raw));
    await raw.exec(`create table t (id int primary key, at timestamptz, doc jsonb, tags text[], n numeric, note text)`);
    await raw.exec(`insert into t values (1, '2026-12-07T10:00:00Z', '{"a":[1,2]}', '{x,y}', 1.50, null)`);
  });
  after(() => raw.close());

  it('returns the same rows, fields and types as an unnamed statement, every time it runs', async () => {
    const text = 'select id, at, doc, tags, n, note from t where id = $1 and at < $2';
    const params = [1, new Date('2027-01-01T00:00:00Z')];
    const expected = await raw.query(text, params);
    for (let i = 0; i < 3; i++) assert.deepEqual(await named.query(text, params), expected);
    declare(text);
    for (let i = 0; i < 3; i++) assert.deepEqual(await named.query(text, params), expected);
    const open = await raw.query<{ statement: string }>('select statement from pg_prepared_statements');
    assert.equal(open.rows.filter((r) => r.statement === text).length, 1, 'once declared, prepared once, by name');
    const arrays = await named.query(text, params, { rowMode: 'array' });
    assert.deepEqual(arrays, await raw.query(text, params, { rowMode: 'array' }));
    assert.deepEqual(arrays.rows, [[1, new Date('2026-12-07T10:00:00Z'), { a: [1, 2] }, ['x', 'y'], '1.50', null]]);
    const asText = { parsers: { 1184: (value: string) => value } };
    assert.deepEqual(await named.query(text, params, asText), await raw.query(text, params, asText));
  });

  it('answers writes, empty results and multi-byte text as PGlite does', async () => {
    const note = 'naïve café – 東京 😀';
    const run = async (client: PGlite, id: number) => [
      await client.query('insert into t (id, note) values ($1, $2)', [id, note]),
      await client.query('update t set note = note || $2 where id = $1 returning note', [id, ' ✓']),
      await client.query('select note, n from t where id = $1', [id]),
      await client.query('select id from t where id = $1', [-1]),
      await client.query('delete from t where id = $1', [id]),
    ];
    const got = await run(named, 100);
    assert.deepEqual(got, await run(raw, 200));
    assert.deepEqual(got[2]?.rows, [{ note: `${note} ✓`, n: null }]);
  });

  it('reports a failed statement as PGlite does, and the statement still runs afterwards', async () => {
    const insert = 'insert into t (id, note) values ($1, $2) returning id';
    assert.deepEqual((await named.query(insert, [2, 'two'])).rows, [{ id: 2 }]);
    await assert.rejects(named.query(insert, [2, 'again']), (error: Error & { code?: string; query?: string }) => {
      assert.equal(error.code, '23505');
      assert.equal(error.query, insert);
      return true;
    });
    assert.equal((await named.query(insert, [3, null])).affectedRows, 1);
  });

  it('runs inside a transaction, and a rollback undoes it', async () => {
    const insert = 'insert into t (id) values ($1)';
    await assert.rejects(
      named.transaction(async (tx) => {
        await tx.query(insert, [10]);
        assert.equal((await tx.query('select count(*)::int as n from t where id = $1', [10])).rows.length, 1);
        throw new Error('roll back');
      }),
      /roll back/,
    );
    assert.deepEqual((await named.query('select id from t where id = $1', [10])).rows, []);
  });

  it('never runs inside another caller’s open transaction', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: () => void = () => {};
    const insertedYet = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const open = named.transaction(async (tx) => {
      await tx.query('insert into t (id) values ($1)', [20]);
      inserted();
      await held;
      await tx.rollback();
    });
    await insertedYet;
    const outside = named.query<{ id: number }>('select id from t where id = $1', [20]);
    release();
    await open;
    assert.deepEqual((await outside).rows, []);
  });

  it(`keeps at most ${STATEMENT_CACHE_SIZE} statements and still answers past that`, async () => {
    for (let i = 0; i < STATEMENT_CACHE_SIZE + 20; i++) {
      const { rows } = await named.query<{ v: number }>(`select $1::int + ${i} as v`, [1]);
      assert.equal(rows[0]?.v, i + 1);
    }
    const open = await raw.query<{ n: number }>('select count(*)::int as n from pg_prepared_statements');
    assert.ok((open.rows[0]?.n ?? 0) <= STATEMENT_CACHE_SIZE);
  });

  it('prepares a statement afresh when a table change alters its result', async () => {
    await raw.exec('create table u (id int)');
    await named.query('insert into u values ($1)', [1]);
    declare('select * from u where id = $1');
    for (const text of ['select * from u', 'select * from u where id = $1']) {
      const params = text.includes('$1') ? [1] : [];
      assert.deepEqual((await named.query(text, params)).rows, [{ id: 1 }]);
    }
    await raw.exec('alter table u add column note text');
    await raw.exec('alter table u alter column id type numeric');
    for (const text of ['select * from u', 'select * from u where id = $1']) {
      const params = text.includes('$1') ? [1] : [];
      await named.query(text, params).catch(() => undefined);
      assert.deepEqual((await named.query(text, params)).rows, [{ id: '1', note: null }], text);
    }
    // A statement that is not prepared by name reads the new columns at once (its rows are described each call).
    await raw.exec('alter table u add column n int');
    assert.deepEqual((await named.query('select * from u')).rows, [{ id: '1', note: null, n: null }]);
  });

  it('plans a statement for its own values each call, and one the code prepares by name by the default rules', async () => {
    const own = 'select id from t where id = $1 and 1 = 1';
    const declaredText = 'select id from t where id = $1 and 2 = 2';
    declare(declaredText);
    for (let i = 0; i < 8; i++) {
      assert.deepEqual((await named.query(own, [1])).rows, [{ id: 1 }]);
      assert.deepEqual((await named.query(declaredText, [1])).rows, [{ id: 1 }]);
    }
    // Not kept under a name: each call parses it unnamed with its Bind, so no generic plan can be kept for it.
    assert.equal(await planCounts(raw, own), undefined);
    assert.ok(
      (await planCounts(raw, declaredText))!.generic >= 3,
      'a generic plan once five custom ones were no cheaper',
    );
    // Nothing is SET around a statement: the session keeps PostgreSQL's default.
    assert.deepEqual((await raw.query('show plan_cache_mode')).rows, [{ plan_cache_mode: 'auto' }]);
  });

  it('a statement the code prepares by name that fails inside a transaction rolls it back and runs afterwards', async () => {
    const insert = 'insert into t (id) values ($1)';
    declare(insert);
    await assert.rejects(
      named.transaction(async (tx) => {
        await tx.query(insert, [30]);
        await tx.query(insert, [30]);
      }),
      (error: Error & { code?: string }) => error.code === '23505',
    );
    assert.deepEqual((await named.query('select id from t where id = $1', [30])).rows, []);
    assert.equal((await named.query(insert, [31])).affectedRows, 1);
    assert.deepEqual((await raw.query('show plan_cache_mode')).rows, [{ plan_cache_mode: 'auto' }]);
  });

  it('answers a statement that returns no rows, run unnamed or by name, as PGlite does', async () => {
    const text = 'update t set note = $2 where id = $1';
    const expected = await raw.query(text, [1, 'x']);
    assert.deepEqual(await named.query(text, [1, 'x']), expected);
    declare(text);
    assert.deepEqual(await named.query(text, [1, 'x']), expected);
    assert.deepEqual(await named.query(text, [1, 'x']), expected);
  });

  it('runs DDL and session commands unnamed', async () => {
    await named.query('create table v (id int)');
    await named.query('set application_name = $$x$$');
    const open = await raw.query<{ statement: string }>('select statement from pg_prepared_statements');
    assert.ok(open.rows.every((r) => !/create table v|application_name/.test(r.statement)));
  });

  it('works under drizzle', async () => {
    const db = drizzle({ client: named });
    assert.deepEqual(await db.execute(sql`select ${5}::int as five`).then((r) => r.rows), [{ five: 5 }]);
  });
});

describe('openDatabase (PGlite)', () => {
  it('plans statements for their own values, except those the code prepares by name (`.prepare(name)`)', async () => {
    const store = await openDatabase({ dataDir: 'memory://' });
    try {
      const [row] = await rowsOf<{ plan_cache_mode: string }>(store.db, sql`show plan_cache_mode`);
      assert.equal(row?.plan_cache_mode, 'auto');
      const text = 'select id from organizations where id = $1';
      const id = '00000000-0000-4000-8000-000000000000';
      for (let i = 0; i < 8; i++)
        await store.db._.session.prepareQuery({ sql: text, params: [id] }, undefined, 'org', false).execute();
      const [counts] = await rowsOf<{ generic: number }>(
        store.db,
        sql`select generic_plans::int as generic from pg_prepared_statements where statement = ${text}`,
      );
      assert.ok((counts?.generic ?? 0) >= 3);
    } finally {
      await store.close();
    }
  });
});
