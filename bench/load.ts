// API load bench: seeds cases (progress bar), starts `defuse serve`, drives it with autocannon from this process,
// prints req/s and p50/p99 per endpoint, EXPLAIN for the case list and search, and pgbench's TPS for the same
// INSERT transaction as case + commitment creation, in the same run (PostgreSQL; on PGlite the same transaction
// through PGlite's own API, after the reads).
//
//   npm run bench:load -- [--backend postgres|pglite|both] [--cases N] [--pglite-cases N] [--seconds S]
//                         [--connections C] [--quick] [--keep] [--template DB --token 'Bearer …']
//                         [--pglite-template DIR --token 'Bearer …'] [--seed-only]
//
// --keep leaves the PostgreSQL database (or the PGlite data directory) it seeded and prints how to reuse it;
// --template DB --token T runs on a fresh copy of that database (CREATE DATABASE … TEMPLATE: the same seeded cases
// each time, no seeding), so a 1,000,000-case run fits in minutes once the seeding has been paid for;
// --pglite-template DIR --token T does the same on a copy of a kept PGlite data directory.
// --seed-only seeds, runs VACUUM ANALYZE and keeps the database (or data directory) without driving any load, so the
// template holds exactly the seeded cases (a --keep run also keeps its writes).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type SQL, sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../src/store/database.ts';
import { LOCK_FILE } from '../src/store/data-dir-lock.ts';
import { encodeCursor } from '../src/store/pagination.ts';
import { type CaseFilters, caseListQuery, caseSearchPlan } from '../src/store/repositories/case.repository.ts';
import type { TermPlan } from '../src/store/search-trigrams.ts';
import { promiseCountsStatement } from '../src/store/repositories/insights.repository.ts';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createScratchDatabase, databaseUrl, TEST_POSTGRES_URL } from '../test/store/harness.ts';
import { seedCases } from './lib/seed.ts';
import { apiToken, args, demoLogins, processUsage, startServer } from './lib/server.ts';
import { readdirSync, readFileSync } from 'node:fs';

const cli = args();
const quick = cli.flag('quick');
const BACKENDS = cli.value('backend', 'both') === 'both' ? ['postgres', 'pglite'] : [cli.value('backend', 'both')];
const PG_CASES = cli.number('cases', quick ? 2_000 : 20_000);
const PGLITE_CASES = cli.number('pglite-cases', quick ? 2_000 : 10_000);
const SECONDS = cli.number('seconds', quick ? 3 : 10);
const CONNECTIONS = cli.number('connections', 10);
const PGBENCH = '/usr/bin/pgbench';
const SEED_ONLY = cli.flag('seed-only');
const KEEP = cli.flag('keep') || SEED_ONLY;
const TEMPLATE = cli.value('template', '');
const TOKEN = cli.value('token', '');
const PGLITE_TEMPLATE = cli.value('pglite-template', '');
if (TEMPLATE && (!TOKEN || BACKENDS.join() !== 'postgres'))
  throw new Error("--template needs --backend postgres and --token 'Bearer …' (printed by the --keep run)");
if (PGLITE_TEMPLATE && (!TOKEN || BACKENDS.join() !== 'pglite'))
  throw new Error("--pglite-template needs --backend pglite and --token 'Bearer …' (printed by the --keep run)");

/** A fresh database copied from `template` (a --keep run's), dropped by `drop()`. */
async function copyOfTemplate(template: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `defuse_load_copy_${process.pid}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template.replaceAll('"', '')}"`);
  } finally {
    await admin.end();
  }
  const drop = async () => {
    const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`).finally(() => client.end());
  };
  return { url: databaseUrl(TEST_POSTGRES_URL, name), drop };
}

const rows = async <T>(db: Database, query: ReturnType<typeof sql>): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

/**
 * EXPLAIN ANALYZE of the statements the API sends, built by the same repository functions with the same parameters
 * (an admin's page of 50: no team scope), so the plan is the one the endpoint gets.
 */
async function explainPlans(db: Database, orgId: string): Promise<string[]> {
  const out: string[] = [];
  // The search's plan as listCases chooses it (search-trigrams.ts: its rarest trigram pieces, or a walk), from the
  // same kind of sample the server takes.
  const searchPlans = new Map<string, TermPlan | undefined>();
  for (const q of ['refund', 'chargeback'])
    searchPlans.set(q, await caseSearchPlan(db, { q, limit: 50 }).catch(() => undefined));
  const page = (filters: Partial<CaseFilters>) =>
    caseListQuery(
      db,
      { orgId },
      { limit: 50, ...filters },
      filters.q ? searchPlans.get(filters.q) : undefined,
    ).getSQL();
  const [oldest] = await rows<{ received_at: string; id: string }>(
    db,
    sql`select received_at::text, id from cases where org_id = ${orgId} order by received_at desc, id desc offset 5000 limit 1`,
  );
  const cursor = oldest ? encodeCursor(new Date(oldest.received_at), oldest.id) : undefined;
  const now = new Date();
  const plans: Array<[string, SQL]> = [
    ['GET /cases (first page)', page({})],
    ...(cursor ? [['GET /cases (page after 5,000 rows, keyset)', page({ cursor })] as [string, SQL]] : []),
    ...(['refund', 'chargeback'] as const).map((q): [string, SQL] => [
      `GET /cases?q=${q} (${JSON.stringify(searchPlans.get(q) ?? 'planned by the database')})`,
      page({ q }),
    ]),
    ['GET /commitments', sql`select * from commitments where org_id = ${orgId} order by due_at, id limit 51`],
    ['GET /insights/promises', promiseCountsStatement(orgId, new Date(now.getTime() - 30 * 86_400_000), now)],
  ];
  for (const [what, query] of plans) {
    const plan = await rows<Record<string, string>>(db, sql`explain (analyze, buffers, costs off) ${query}`);
    out.push(`  ${what}`, ...plan.map((r) => `    ${Object.values(r)[0]}`));
  }
  return out;
}

/** pgbench TPS of the INSERT transaction case + commitment creation commits (same as bench/store.bench.ts). */
function pgbenchTps(url: string, ids: { orgId: string; customerId: string; ownerId: string }, clients: number) {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-pgbench-'));
  try {
    const script = join(dir, 'case.sql');
    writeFileSync(
      script,
      `BEGIN;
INSERT INTO cases (org_id, customer_id, owner_id, presenting_issue, received_at, created_at, updated_at) VALUES (:org, :customer, :agent, 'Charged twice for the same order', now(), now(), now()) RETURNING id AS case_id \\gset
INSERT INTO commitments (org_id, case_id, kind, owner_id, contact, steps, due_at, created_at, updated_at) VALUES (:org, :case_id, 'callback', :agent, '{"phone":"+1 555 0100"}', '["Confirm the refund"]', '2099-01-01', now(), now()) RETURNING id AS commitment_id \\gset
INSERT INTO audit_events (org_id, entity, entity_id, action, actor_id, at, after) VALUES (:org, 'case', :case_id, 'opened', :agent, now(), '{}'), (:org, 'commitment', :commitment_id, 'created', :agent, now(), '{}');
END;
`,
    );
    const u = new URL(url);
    const database = databaseCpuSeconds();
    const run = spawnSync(
      '/usr/bin/time',
      [
        ...['-f', 'pgbench-cpu %U %S', PGBENCH],
        ...['-n', '-M', 'extended', '-f', script, '-c', String(clients), '-j', String(Math.min(clients, 2))],
        ...['-T', String(SECONDS), '-D', `org=${ids.orgId}`, '-D', `customer=${ids.customerId}`],
        ...['-D', `agent=${ids.ownerId}`, '-h', u.hostname, '-p', u.port || '5432', '-U', u.username || 'postgres'],
        u.pathname.slice(1),
      ],
      { encoding: 'utf8' },
    );
    const databaseSeconds = databaseCpuSeconds() - database;
    const tps = /tps = ([\d.]+)/.exec(run.stdout)?.[1];
    const transactions = /number of transactions actually processed: (\d+)/.exec(run.stdout)?.[1];
    const cpu = /pgbench-cpu ([\d.]+) ([\d.]+)/.exec(run.stderr);
    if (!tps || !transactions || !cpu) throw new Error(`pgbench failed: ${run.stderr || run.stdout}`);
    const n = Number(transactions);
    return {
      tps: Number(tps),
      clientCpuMs: ((Number(cpu[1]) + Number(cpu[2])) / n) * 1000,
      databaseCpuMs: (databaseSeconds / n) * 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PGlite's counterpart of pgbench (PGlite takes no second client): the same INSERT transaction run for SECONDS through
 * PGlite's own API (`transaction` and `query`, each statement unnamed with its parameters, as pgbench -M extended
 * sends them), in this process on the data directory the server used, after it stopped.
 */
async function pgliteTps(dataDir: string, ids: { orgId: string; customerId: string; ownerId: string }) {
  const db = new PGlite(dataDir, { extensions: { pg_trgm, btree_gin } });
  try {
    await db.waitReady;
    const once = () =>
      db.transaction(async (tx) => {
        const { rows } = await tx.query<{ case_id: string }>(
          `INSERT INTO cases (org_id, customer_id, owner_id, presenting_issue, received_at, created_at, updated_at) VALUES ($1, $2, $3, 'Charged twice for the same order', now(), now(), now()) RETURNING id AS case_id`,
          [ids.orgId, ids.customerId, ids.ownerId],
        );
        const caseId = rows[0]!.case_id;
        const promise = await tx.query<{ commitment_id: string }>(
          `INSERT INTO commitments (org_id, case_id, kind, owner_id, contact, steps, due_at, created_at, updated_at) VALUES ($1, $2, 'callback', $3, '{"phone":"+1 555 0100"}', '["Confirm the refund"]', '2099-01-01', now(), now()) RETURNING id AS commitment_id`,
          [ids.orgId, caseId, ids.ownerId],
        );
        await tx.query(
          `INSERT INTO audit_events (org_id, entity, entity_id, action, actor_id, at, after) VALUES ($1, 'case', $2, 'opened', $3, now(), '{}'), ($1, 'commitment', $4, 'created', $3, now(), '{}')`,
          [ids.orgId, caseId, ids.ownerId, promise.rows[0]!.commitment_id],
        );
      });
    for (let i = 0; i < 20; i++) await once();
    const cpu = process.cpuUsage();
    const started = performance.now();
    let n = 0;
    while (performance.now() - started < SECONDS * 1000) {
      await once();
      n++;
    }
    const used = process.cpuUsage(cpu);
    return { tps: n / ((performance.now() - started) / 1000), cpuMs: (used.user + used.system) / 1000 / n };
  } finally {
    await db.close();
  }
}

interface Figure {
  what: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU time (user + system) the server process spent per request, in ms. */
  serverCpuMs: number;
  /** CPU time every PostgreSQL process on this machine spent per request, in ms (other clients' work included). */
  databaseCpuMs: number;
}

/** CPU seconds (user + system) of every `postgres` process on this machine, ended backends included, from /proc (Linux; 0 elsewhere). */
function databaseCpuSeconds(): number {
  let ticks = 0;
  let pids: string[] = [];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1]!.split(' ');
      // utime + stime, and cutime + cstime: the postmaster collects the CPU of backends that have exited (pgbench's).
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

async function drive(
  server: { url: string; child: { pid?: number | undefined } },
  auth: string,
  what: string,
  path: string,
  body?: unknown,
  connections = CONNECTIONS,
): Promise<Figure> {
  const pid = server.child.pid!;
  const cpuBefore = (await processUsage(pid)).cpuSeconds;
  const databaseBefore = databaseCpuSeconds();
  const result = await autocannon({
    url: `${server.url}${path}`,
    connections,
    duration: SECONDS,
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    what,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverCpuMs: (((await processUsage(pid)).cpuSeconds - cpuBefore) / Math.max(1, result.requests.total)) * 1000,
    databaseCpuMs: ((databaseCpuSeconds() - databaseBefore) / Math.max(1, result.requests.total)) * 1000,
  };
}

async function run(backend: 'postgres' | 'pglite', cases: number): Promise<void> {
  const scratch =
    backend !== 'postgres'
      ? null
      : TEMPLATE
        ? await copyOfTemplate(TEMPLATE)
        : await createScratchDatabase('defuse_load');
  const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'defuse-load-')) : '';
  const template = backend === 'pglite' ? PGLITE_TEMPLATE : TEMPLATE;
  if (dataDir && template) cpSync(template, dataDir, { recursive: true, filter: (from) => !from.endsWith(LOCK_FILE) });
  const env: Record<string, string> = scratch
    ? { DATABASE_URL: scratch.url, DEFUSE_SCHEDULER: 'false' }
    : { DEFUSE_DATA_DIR: dataDir, DEFUSE_SCHEDULER: 'false' };
  let auth = TOKEN;
  try {
    // 1. First start: the demo org and its log-ins (the admin makes the API token used below). A template copy
    // already has them, and its token.
    let adminEmail = '';
    if (!template) {
      const first = await startServer({ ...env, DEFUSE_DEMO: 'true' });
      const logins = demoLogins(first.output());
      auth = await apiToken(first.url, logins.admin, logins.password);
      adminEmail = logins.admin;
      await first.stop();
    }

    // 2. Seed (the server is stopped: PGlite is single-process), then EXPLAIN the list and the search.
    const store = await openDatabase({ databaseUrl: scratch?.url, dataDir, maxConnections: 2 });
    const [admin] = await rows<{ org_id: string; id: string; team_id: string | null }>(
      store.db,
      template
        ? sql`select org_id, id, team_id from users where role = 'admin' and org_id = (select org_id from cases group by org_id order by count(*) desc limit 1) order by created_at limit 1`
        : sql`select org_id, id, team_id from users where lower(email) = lower(${adminEmail})`,
    );
    const target = { orgId: admin!.org_id, ownerId: admin!.id, teamId: admin!.team_id };
    const seedStarted = performance.now();
    if (!template) await seedCases(store.db, target, cases);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const [counts] = await rows<{ cases: string; commitments: string }>(
      store.db,
      sql`select (select count(*) from cases) as cases, (select count(*) from commitments) as commitments`,
    );
    const [customer] = await rows<{ id: string }>(
      store.db,
      sql`select id from customers where org_id = ${target.orgId} limit 1`,
    );
    if (SEED_ONLY) {
      const vacuumStarted = performance.now();
      // What autovacuum would have done after a bulk load: the visibility map and the planner's statistics.
      await store.db.execute(sql`vacuum analyze`);
      await store.close();
      console.log(
        `\n${backend}: ${Number(counts!.cases).toLocaleString('en')} cases, ${Number(counts!.commitments).toLocaleString('en')} promises (seeded ${cases.toLocaleString('en')} in ${seedSeconds.toFixed(0)} s, VACUUM ANALYZE ${((performance.now() - vacuumStarted) / 1000).toFixed(0)} s); no load driven (--seed-only)`,
      );
      return;
    }
    const plans = await explainPlans(store.db, target.orgId);
    await store.close();

    // 3. The server again, driven from this process. Reads first, on exactly the seeded cases; then the writes
    // (POST /cases and pgbench add thousands of identical cases, all newer than every seeded one); then the search and
    // insights once more, on that skewed table (the newest rows do not match `refund`, which the plan cannot know).
    const server = await startServer(env);
    const figures: Figure[] = [];
    figures.push(
      await drive(server, auth, 'POST /lint', '/api/v1/lint', {
        reply: "I understand you're frustrated, but that's our policy.",
        context: { customerMessage: 'You charged me twice and nobody will help!' },
      }),
    );
    const reads = async (suffix: string) => {
      if (!suffix) figures.push(await drive(server, auth, 'GET /cases', '/api/v1/cases?limit=50'));
      for (const q of ['refund', 'chargeback'])
        figures.push(await drive(server, auth, `GET /cases?q=${q}${suffix}`, `/api/v1/cases?limit=50&q=${q}`));
      if (!suffix) figures.push(await drive(server, auth, 'GET /commitments', '/api/v1/commitments?limit=50'));
      figures.push(await drive(server, auth, `GET /insights/promises${suffix}`, '/api/v1/insights/promises'));
    };
    await reads('');
    const createBody = {
      customerId: customer!.id,
      presentingIssue: 'Charged twice for the same order',
      ownerId: target.ownerId,
      commitments: [
        {
          kind: 'callback',
          dueAt: '2099-01-01T00:00:00Z',
          contact: { phone: '+1 555 0100' },
          steps: ['Confirm the refund'],
        },
      ],
    };
    const create = await drive(server, auth, 'POST /cases (+1 promise)', '/api/v1/cases', createBody);
    figures.push(create);
    const bench = scratch
      ? pgbenchTps(scratch.url, { orgId: target.orgId, customerId: customer!.id, ownerId: target.ownerId }, CONNECTIONS)
      : null;
    await reads(' (after)');
    await server.stop();
    const after = await openDatabase({ databaseUrl: scratch?.url, dataDir, maxConnections: 2 });
    const [written] = await rows<{ cases: string }>(after.db, sql`select count(*) as cases from cases`);
    const plansAfter = await explainPlans(after.db, target.orgId);
    await after.close();
    // Last, so its rows do not change what the reads above saw.
    const embedded =
      backend === 'pglite'
        ? await pgliteTps(dataDir, { orgId: target.orgId, customerId: customer!.id, ownerId: target.ownerId })
        : null;

    console.log(
      `\n${backend}: ${Number(counts!.cases).toLocaleString('en')} cases, ${Number(counts!.commitments).toLocaleString('en')} promises (${template ? `a copy of ${template}` : `seeded ${cases.toLocaleString('en')} in ${seedSeconds.toFixed(0)} s`}); ${CONNECTIONS} connections, ${SECONDS} s per row`,
    );
    console.log(
      '  endpoint                             req/s     p50 ms   p99 ms   non-2xx  errors   server CPU-ms/req   database CPU-ms/req',
    );
    for (const f of figures)
      console.log(
        `  ${f.what.padEnd(34)} ${f.rps.toFixed(0).padStart(7)}   ${String(f.p50).padStart(6)}   ${String(f.p99).padStart(6)}   ${String(f.non2xx).padStart(7)}  ${String(f.errors).padStart(6)}   ${f.serverCpuMs.toFixed(2).padStart(17)}   ${backend === 'postgres' ? f.databaseCpuMs.toFixed(2).padStart(19) : '                  -'}`,
      );
    if (bench !== null)
      console.log(
        `  pgbench, same INSERT transaction, ${CONNECTIONS} clients: ${bench.tps.toFixed(0)} tps (pgbench ${bench.clientCpuMs.toFixed(2)} CPU-ms/tx, database ${bench.databaseCpuMs.toFixed(2)} CPU-ms/tx); POST /cases is ${((create.rps / bench.tps) * 100).toFixed(0)} % of it (target ≥ 50 %)`,
      );
    if (embedded !== null)
      console.log(
        `  PGlite's own API, same INSERT transaction, one client (after the reads): ${embedded.tps.toFixed(0)} tps (${embedded.cpuMs.toFixed(2)} CPU-ms/tx); POST /cases is ${((create.rps / embedded.tps) * 100).toFixed(0)} % of it (target ≥ 50 %)`,
      );
    console.log(
      `  (after): measured after the writes, with ${(Number(written!.cases) - Number(counts!.cases)).toLocaleString('en')} identical new cases newer than every seeded one (${Number(written!.cases).toLocaleString('en')} in all)`,
    );
    for (const f of figures.filter((x) => x.what.startsWith('GET /cases')))
      if (f.p99 > 50) console.log(`  MISSED: ${f.what} p99 ${f.p99} ms > 50 ms target`);
    console.log(`  EXPLAIN ANALYZE (${backend}, the seeded cases, before the load):`);
    for (const line of plans) console.log(line);
    console.log(`  EXPLAIN ANALYZE (${backend}, after the writes):`);
    for (const line of plansAfter) console.log(line);
  } finally {
    if (scratch && KEEP && !TEMPLATE)
      console.log(
        `  kept ${new URL(scratch.url).pathname.slice(1)}: rerun on a copy with --backend postgres --template ${new URL(scratch.url).pathname.slice(1)} --token '${auth}'`,
      );
    else if (scratch) await scratch.drop();
    if (dataDir && KEEP && !template)
      console.log(
        `  kept ${dataDir}: rerun on a copy with --backend pglite --pglite-template ${dataDir} --token '${auth}'`,
      );
    else if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `bench:load — node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${os.loadavg()[0]!.toFixed(1)}; PostgreSQL at ${new URL(TEST_POSTGRES_URL).host}`,
);
for (const backend of BACKENDS) {
  if (backend !== 'postgres' && backend !== 'pglite')
    throw new Error(`--backend: postgres, pglite or both, not ${backend}`);
  await run(backend, backend === 'postgres' ? PG_CASES : PGLITE_CASES);
}
console.log(
  `bench:load done — load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (1, 5, 15 min)`,
);
