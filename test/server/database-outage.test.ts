// A database outage answers 503 with Retry-After (never 500 `internal`, never a hang), /healthz included; a bad
// query is still a 500 or a 4xx. Uses real connection failures: a closed port, a terminated backend, a pool timeout.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { buildApp } from '../../src/server/app.ts';
import { toErrorResponse } from '../../src/server/http/error-handler.ts';
import { createServerContext } from '../../src/server/server-context.ts';
import { type Database, openDatabase } from '../../src/store/database.ts';
import * as schema from '../../src/store/schema/index.ts';
import { isDatabaseUnavailable } from '../../src/store/store-errors.ts';
import { backends, createScratchDatabase, TEST_POSTGRES_URL } from '../store/harness.ts';
import { testConfig } from './helpers.ts';

const postgres = (await backends()).find((b) => b.name === 'postgres')!;

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const rejection = async (work: Promise<unknown>): Promise<unknown> => {
  try {
    await work;
  } catch (error) {
    return error;
  }
  return assert.fail('expected a rejection');
};

test('an API whose database refuses connections answers 503 with Retry-After, quickly, on every route', async (t) => {
  const pool = new pg.Pool({
    connectionString: `postgres://postgres@127.0.0.1:${await closedPort()}/defuse`,
    connectionTimeoutMillis: 2000,
  });
  pool.on('error', () => undefined);
  const ctx = createServerContext(testConfig(), {
    db: drizzle({ client: pool, schema }) as unknown as Database,
    kind: 'postgres',
    close: () => pool.end(),
  });
  const app = await buildApp({ ctx });
  t.after(async () => {
    await app.close();
    await pool.end();
  });
  const probes = [
    { method: 'GET' as const, url: '/healthz' },
    { method: 'POST' as const, url: '/api/v1/auth/login', payload: { email: 'a@b.test', password: 'whatever-123' } },
    { method: 'GET' as const, url: '/api/v1/cases', headers: { authorization: 'Bearer dfs_not_checked_yet' } },
    { method: 'GET' as const, url: '/api/v1/me', headers: { cookie: 'defuse_session=abc' } },
  ];
  for (const probe of probes) {
    const started = Date.now();
    const response = await app.inject(probe);
    const took = Date.now() - started;
    assert.equal(response.statusCode, 503, `${probe.method} ${probe.url}: ${response.body}`);
    assert.equal(response.headers['retry-after'], '5', `${probe.url} says when to retry`);
    assert.ok(took < 4000, `${probe.url} answered in ${took} ms, not a hang`);
    const body = JSON.parse(response.body);
    if (probe.url === '/healthz')
      assert.deepEqual(body, {
        status: 'unavailable',
        database: 'postgres',
        checks: { databaseReachable: false, alertBridge: 'none' },
      });
    else assert.equal(body.error.code, 'unavailable');
  }
  assert.match((await app.inject({ method: 'GET', url: '/metrics' })).body, /^defuse_database_unavailable_total 3$/m);
});

test('[postgres] connection-class errors are told apart from query errors', {
  skip: postgres.skipReason,
}, async (t) => {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  t.after(() => admin.end());

  // A backend terminated mid-query, as on a PostgreSQL restart or failover (57P01).
  const victim = new pg.Client({ connectionString: TEST_POSTGRES_URL, application_name: 'defuse-outage-victim' });
  await victim.connect();
  victim.on('error', () => undefined);
  const sleeping = rejection(victim.query('select pg_sleep(30)'));
  const { rows } = await admin.query<{ pid: number }>(
    "select pid from pg_stat_activity where application_name = 'defuse-outage-victim'",
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
  const terminated = await sleeping;
  assert.equal((terminated as { code?: string }).code, '57P01');
  assert.ok(isDatabaseUnavailable(terminated));
  // The same error wrapped the way drizzle wraps driver errors.
  assert.ok(isDatabaseUnavailable(new Error('Failed query: select 1', { cause: terminated })));
  const response = toErrorResponse(new Error('Failed query: select 1', { cause: terminated }));
  assert.equal(response.status, 503);
  assert.equal(response.body.error.code, 'unavailable');

  // A pool with every connection taken: waiting for one times out instead of hanging.
  const pool = new pg.Pool({ connectionString: TEST_POSTGRES_URL, max: 1, connectionTimeoutMillis: 200 });
  t.after(() => pool.end());
  const held = await pool.connect();
  const timedOut = await rejection(pool.query('select 1'));
  held.release();
  assert.match(String(timedOut), /timeout/);
  assert.ok(isDatabaseUnavailable(timedOut));
  assert.equal(toErrorResponse(timedOut).status, 503);

  // Refused: nothing listens.
  const refused = await rejection(
    new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${await closedPort()}/x` }).connect(),
  );
  assert.ok(isDatabaseUnavailable(refused), String(refused));

  // A bad query is not an outage: it stays what it was (500 here, or a 4xx through translateDbError).
  const syntax = await rejection(pool.query('selec 1'));
  assert.equal(isDatabaseUnavailable(syntax), false);
  assert.equal(toErrorResponse(syntax).status, 500);
  const division = await rejection(pool.query('select 1/0'));
  assert.equal(isDatabaseUnavailable(division), false);
});

test('[postgres] a connection lost inside a transaction, between two queries, fails that transaction, not the process', {
  skip: postgres.skipReason,
}, async (t) => {
  const scratch = await createScratchDatabase('defuse_outage_tx');
  const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '', maxConnections: 2 });
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  t.after(async () => {
    await admin.end();
    await store.close();
    await scratch.drop();
  });
  const failed = await rejection(
    store.db.transaction(async (tx) => {
      const result = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
        rows: Array<{ pid: number }>;
      };
      // The server ends this backend while the transaction is idle (what a restart does); pg emits 'error' on the
      // checked-out client, which pg-pool no longer listens to.
      await admin.query('select pg_terminate_backend($1)', [result.rows[0]!.pid]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await tx.execute(sql`select 1`);
    }),
  );
  assert.ok(isDatabaseUnavailable(failed), String(failed));
  assert.equal(toErrorResponse(failed).status, 503);
  // The pool carries on with a fresh connection.
  await store.db.execute(sql`select 1`);
});
