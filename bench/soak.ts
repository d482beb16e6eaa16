// Soak: mixed API traffic at a fixed rate for minutes, counting every error and sampling the server's RSS.
// Targets (issue 13): 0 errors, RSS growth < 10 % from the start of the soak to its end.
//
//   npm run bench:soak -- [--minutes 10] [--rate 200] [--connections 50] [--warmup 30] [--cases 20000] [--dist]
//   (--dist: the compiled server an operator runs, `npm run build:server` first; without it, from source via tsx)
//
// `defuse serve` on a scratch PostgreSQL database with `--cases` seeded cases; autocannon drives it from this
// process at `--rate` requests/s in all (its overallRate) with a mix of reads, searches, promise lists, reply
// lints and case creations (each connection cycles through the mix). A warm-up at the same rate comes first so
// the start figure is a warm process; RSS right after start-up is printed too. Exit 1 when a target is missed
// or the server could not keep up with the rate.
import os from 'node:os';
import autocannon from 'autocannon';
import { openDatabase } from '../src/store/database.ts';
import { sql } from 'drizzle-orm';
import { createScratchDatabase } from '../test/store/harness.ts';
import { seedCases } from './lib/seed.ts';
import { apiToken, args, demoLogins, processUsage, startServer } from './lib/server.ts';

const cli = args();
const MINUTES = cli.number('minutes', 10);
const RATE = cli.number('rate', 200);
const CONNECTIONS = cli.number('connections', 50);
const WARMUP_S = cli.number('warmup', 30);
const CASES = cli.number('cases', 20_000);
const SAMPLE_MS = 5_000;
const DIST = cli.flag('dist');
const loadAverage = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

interface Sample {
  atS: number;
  rssMb: number;
  cpuSeconds: number;
}

const scratch = await createScratchDatabase('defuse_soak');
let exitCode = 0;
try {
  const env = { DATABASE_URL: scratch.url, DEFUSE_SCHEDULER: 'false' };
  const first = await startServer({ ...env, DEFUSE_DEMO: 'true' }, { dist: DIST });
  const logins = demoLogins(first.output());
  const auth = await apiToken(first.url, logins.admin, logins.password);
  await first.stop();

  const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '', maxConnections: 2 });
  const [admin] = (
    (await store.db.execute(
      sql`select org_id, id, team_id from users where lower(email) = lower(${logins.admin})`,
    )) as unknown as { rows: Array<{ org_id: string; id: string; team_id: string | null }> }
  ).rows;
  await seedCases(store.db, { orgId: admin!.org_id, ownerId: admin!.id, teamId: admin!.team_id }, CASES);
  await store.close();

  const server = await startServer(env, { dist: DIST });
  const pid = server.child.pid!;
  const afterStart = await processUsage(pid);
  const customer = (await (
    await fetch(`${server.url}/api/v1/customers`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Soak Customer' }),
    })
  ).json()) as { id: string };
  const json = { authorization: auth, 'content-type': 'application/json' };
  const mix: autocannon.Request[] = [
    { method: 'GET', path: '/api/v1/cases?limit=50', headers: json },
    { method: 'GET', path: '/api/v1/cases?limit=50&q=refund', headers: json },
    { method: 'GET', path: '/api/v1/commitments?limit=50', headers: json },
    {
      method: 'POST',
      path: '/api/v1/lint',
      headers: json,
      body: JSON.stringify({
        reply: "I understand you're frustrated, but that's our policy.",
        context: { customerMessage: 'You charged me twice and nobody will help!' },
      }),
    },
    {
      method: 'POST',
      path: '/api/v1/cases',
      headers: json,
      body: JSON.stringify({
        customerId: customer.id,
        presentingIssue: 'Charged twice for the same order',
        commitments: [
          {
            kind: 'callback',
            dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            contact: { phone: '+1 555 0100' },
            steps: ['Call back'],
          },
        ],
      }),
    },
    { method: 'GET', path: '/api/v1/me', headers: json },
    { method: 'GET', path: '/healthz', headers: json },
  ];
  const drive = (seconds: number) =>
    autocannon({
      url: server.url,
      connections: CONNECTIONS,
      overallRate: RATE,
      duration: seconds,
      requests: mix,
      timeout: 10,
    });

  console.log(
    `bench:soak — ${MINUTES} min at ${RATE} req/s (${CONNECTIONS} connections, ${mix.length} request kinds), ${CASES} seeded cases, PostgreSQL, server ${DIST ? 'compiled (dist)' : 'from source (tsx)'}; ${loadAverage()}`,
  );
  if (WARMUP_S > 0) await drive(WARMUP_S);

  const samples: Sample[] = [];
  const started = Date.now();
  const sample = async () => {
    const usage = await processUsage(pid);
    samples.push({ atS: (Date.now() - started) / 1000, ...usage });
  };
  await sample();
  const sampler = setInterval(() => void sample(), SAMPLE_MS);
  const result = await drive(MINUTES * 60);
  clearInterval(sampler);
  await sample();
  await server.stop();

  const at = (fraction: number) => {
    const target = fraction * MINUTES * 60;
    return samples.reduce((best, s) => (Math.abs(s.atS - target) < Math.abs(best.atS - target) ? s : best));
  };
  const start = samples[0]!;
  const middle = at(0.5);
  const end = samples.at(-1)!;
  const maxRss = Math.max(...samples.map((s) => s.rssMb));
  const growth = ((end.rssMb - start.rssMb) / start.rssMb) * 100;
  const cpu = ((end.cpuSeconds - start.cpuSeconds) / Math.max(1, end.atS - start.atS)) * 100;
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code} × ${(stat as { count: number }).count}`)
    .join(', ');
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `  requests: ${result.requests.total} in ${result.duration} s (${result.requests.average.toFixed(0)} req/s); statuses ${statuses}`,
  );
  console.log(
    `  errors: ${errors} (connection errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}); latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `  server RSS: ${afterStart.rssMb.toFixed(0)} MB after start-up; soak start ${start.rssMb.toFixed(0)} MB, middle (${middle.atS.toFixed(0)} s) ${middle.rssMb.toFixed(0)} MB, end ${end.rssMb.toFixed(0)} MB (max ${maxRss.toFixed(0)} MB): growth ${growth.toFixed(1)} % from the soak's start; CPU ${cpu.toFixed(0)} % of one core, ${(((end.cpuSeconds - start.cpuSeconds) / Math.max(1, result.requests.total)) * 1000).toFixed(2)} CPU-ms per request`,
  );
  console.log(`  ${loadAverage()} at the end`);
  const missed: string[] = [];
  if (errors) missed.push(`${errors} errors (target 0)`);
  // autocannon's overallRate is a ceiling: a server that cannot keep up is offered less, which is a miss too.
  if (result.requests.average < RATE * 0.95)
    missed.push(`the server kept up with ${result.requests.average.toFixed(0)} req/s, not ${RATE}`);
  if (growth >= 10) missed.push(`RSS grew ${growth.toFixed(1)} % (target < 10 %)`);
  if (missed.length) {
    exitCode = 1;
    console.log(`  MISSED: ${missed.join('; ')}`);
  } else console.log('  OK: 0 errors, RSS growth under 10 %');
} finally {
  await scratch.drop();
}
process.exit(exitCode);
