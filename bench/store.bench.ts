// Prints case + commitment creations per second on PGlite and PostgreSQL, beside pgbench's TPS for the same inserts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../src/store/database.ts';
import { insertCustomer } from '../src/store/repositories/customer.repository.ts';
import { organizations, users } from '../src/store/schema/index.ts';
import { createCaseSchema, parseInput } from '../src/core/cases/case-input.ts';
import { openCase } from '../src/services/case.service.ts';
import { unwrap } from '../src/services/context.ts';
import { createScratchDatabase, TEST_POSTGRES_URL } from '../test/store/harness.ts';

const SECONDS = Number(process.argv[2] ?? 5);
const CLIENTS = [1, 4];
const CUSTOMERS = 50;
const PGBENCH = '/usr/bin/pgbench';

/** One org, one agent and a pool of customers to spread cases over. */
async function seed(db: Database) {
  const [org] = await db
    .insert(organizations)
    .values({ name: 'Bench', slug: `bench-${process.pid}` })
    .returning();
  const [agent] = await db
    .insert(users)
    .values({ orgId: org!.id, email: `agent-${process.pid}@bench.example`, name: 'Agent', role: 'agent' })
    .returning();
  const customers: string[] = [];
  for (let i = 0; i < CUSTOMERS; i += 1)
    customers.push((await insertCustomer(db, org!.id, { name: `Customer ${i}`, phone: '+1 555 0100' })).id);
  return { orgId: org!.id, agentId: agent!.id, customers };
}

/** Runs `clients` loops of openCase (a case, one call-back and their audit rows) for SECONDS; returns ops/s and Node CPU ms/op. */
async function measure(db: Database, clients: number): Promise<{ rate: number; cpuMs: number }> {
  const { orgId, agentId, customers } = await seed(db);
  const ctx = { db, now: () => new Date() };
  const agent = { orgId, userId: agentId, teamId: null };
  let done = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const loop = async (worker: number) => {
    for (let i = worker; performance.now() < deadline; i += clients) {
      // Parsed here as a door parses at its edge (the service takes a typed input), so each op costs what it did.
      const input = unwrap(
        parseInput(createCaseSchema, {
          customerId: customers[i % customers.length],
          presentingIssue: 'Charged twice for the same order',
          ownerId: agentId,
          commitments: [
            {
              kind: 'callback',
              dueAt: '2099-01-01T00:00:00Z',
              contact: { phone: '+1 555 0100' },
              steps: ['Confirm the refund'],
            },
          ],
        }),
      );
      const result = await openCase(ctx, agent, input);
      if (!result.success) throw result.error;
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, w) => loop(w)));
  const used = process.cpuUsage(cpu);
  return { rate: done / ((performance.now() - started) / 1000), cpuMs: (used.user + used.system) / 1000 / done };
}

// The same writes as openCase makes: the case, its call-back and two audit rows, in one transaction.
const PGBENCH_SCRIPT = `BEGIN;
INSERT INTO cases (org_id, customer_id, owner_id, presenting_issue, received_at, created_at, updated_at) VALUES (:org, :customer, :agent, 'Charged twice for the same order', now(), now(), now()) RETURNING id AS case_id \\gset
INSERT INTO commitments (org_id, case_id, kind, owner_id, contact, steps, due_at, created_at, updated_at) VALUES (:org, :case_id, 'callback', :agent, '{"phone":"+1 555 0100"}', '["Confirm the refund"]', '2099-01-01', now(), now()) RETURNING id AS commitment_id \\gset
INSERT INTO audit_events (org_id, entity, entity_id, action, actor_id, at, after) VALUES (:org, 'case', :case_id, 'opened', :agent, now(), '{}'), (:org, 'commitment', :commitment_id, 'created', :agent, now(), '{}');
END;
`;

/** pgbench TPS for PGBENCH_SCRIPT against a migrated scratch database. */
async function pgbenchTps(clients: number): Promise<number> {
  const scratch = await createScratchDatabase('defuse_pgbench');
  const dir = mkdtempSync(join(tmpdir(), 'defuse-pgbench-'));
  try {
    const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '' });
    const { orgId, agentId, customers } = await seed(store.db);
    await store.close();
    const script = join(dir, 'case.sql');
    writeFileSync(script, PGBENCH_SCRIPT);
    const url = new URL(scratch.url);
    const args = [
      '-n',
      '-M',
      'extended',
      '-f',
      script,
      '-c',
      String(clients),
      '-j',
      String(clients),
      '-T',
      String(SECONDS),
      '-D',
      `org=${orgId}`,
      '-D',
      `customer=${customers[0]}`,
      '-D',
      `agent=${agentId}`,
      '-h',
      url.hostname,
      '-p',
      url.port || '5432',
      '-U',
      decodeURIComponent(url.username || 'postgres'),
      url.pathname.slice(1),
    ];
    const run = spawnSync(PGBENCH, args, {
      encoding: 'utf8',
      env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) },
    });
    const tps = /tps = ([\d.]+)/.exec(run.stdout)?.[1];
    if (!tps) throw new Error(`pgbench failed: ${run.stderr || run.stdout}`);
    return Number(tps);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await scratch.drop();
  }
}

const fmt = (n: number) => n.toFixed(0).padStart(7);
console.log(`store bench: case + commitment creations per second, ${SECONDS} s per row (node ${process.version})`);

const pgliteDir = mkdtempSync(join(tmpdir(), 'defuse-bench-'));
const pglite = await openDatabase({ dataDir: pgliteDir });
const embedded = await measure(pglite.db, 1);
console.log(
  `pglite    clients=1  ${fmt(embedded.rate)} /s   (embedded, one connection, ${embedded.cpuMs.toFixed(2)} ms CPU/op in-process; pgbench does not apply)`,
);
await pglite.close();
rmSync(pgliteDir, { recursive: true, force: true });

for (const clients of CLIENTS) {
  const scratch = await createScratchDatabase('defuse_bench');
  try {
    const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '', maxConnections: clients });
    const ours = await measure(store.db, clients);
    await store.close();
    const tps = await pgbenchTps(clients);
    console.log(
      `postgres  clients=${clients}  ${fmt(ours.rate)} /s   pgbench ${fmt(tps)} tps   ratio ${((ours.rate / tps) * 100).toFixed(0)} %   (Node ${ours.cpuMs.toFixed(2)} ms CPU/op)`,
    );
  } finally {
    await scratch.drop();
  }
}
console.log(
  `server: ${new URL(TEST_POSTGRES_URL).host}; ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}; target: ≥ 50 % of pgbench`,
);
