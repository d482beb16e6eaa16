// Database outage under load: restarts a private PostgreSQL while clients create and list cases, and reports the
// time to recover, failed requests by status (503 with Retry-After expected; never 500, never a hang) and committed
// writes lost (target 0). Exit code 1 when a target is missed.
//
//   npm run fault:db-restart -- [--down-ms 5000] [--workers 4] [--quick]
import pg from 'pg';
import { args } from '../bench/lib/server.ts';
import { startPrivatePostgres } from './lib/postgres.ts';
import { firstStart } from './lib/setup.ts';

const cli = args();
const quick = cli.flag('quick');
const DOWN_MS = cli.number('down-ms', quick ? 2000 : 5000);
const WORKERS = cli.number('workers', quick ? 3 : 4);
const WARM_MS = quick ? 1500 : 3000;
const AFTER_MS = quick ? 5000 : 10_000;
/** A request still unanswered after this is a hang. */
const HANG_MS = 10_000;

const postgres = await startPrivatePostgres('restart');
let exitCode = 0;
try {
  const { server, api } = await firstStart({ DATABASE_URL: postgres.url, DEFUSE_SCHEDULER_INTERVAL_MS: '1000' });
  const auth = api.auth;
  const headers = { authorization: auth, 'content-type': 'application/json' };
  const customer = (await (
    await fetch(`${server.url}/api/v1/customers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Outage Customer' }),
    })
  ).json()) as { id: string };

  interface Outcome {
    at: number;
    what: string;
    status: number | 'hang' | 'network';
    retryAfter: string | null;
    ms: number;
  }
  const outcomes: Outcome[] = [];
  const committed: string[] = [];
  const started = performance.now();
  const now = () => performance.now() - started;
  let running = true;
  const request = async (what: string, path: string, body?: unknown) => {
    const at = now();
    try {
      const response = await fetch(`${server.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(HANG_MS),
      });
      const text = await response.text();
      outcomes.push({
        at,
        what,
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        ms: now() - at,
      });
      if (what === 'POST /cases' && response.status === 201) committed.push((JSON.parse(text) as { id: string }).id);
    } catch (error) {
      const hang = (error as Error).name === 'TimeoutError';
      outcomes.push({ at, what, status: hang ? 'hang' : 'network', retryAfter: null, ms: now() - at });
    }
  };
  const worker = async (w: number) => {
    for (let i = 0; running; i += 1) {
      if (w === 0) await request('GET /healthz', '/healthz');
      else if (i % 2 === 0)
        await request('POST /cases', '/api/v1/cases', {
          customerId: customer.id,
          presentingIssue: `Outage case ${w}-${i}`,
        });
      else await request('GET /cases', '/api/v1/cases?limit=20');
      await new Promise((resolve) => setTimeout(resolve, w === 0 ? 100 : 10));
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS + 1 }, (_, w) => worker(w)));
  await new Promise((resolve) => setTimeout(resolve, WARM_MS));
  const stoppedAt = now();
  postgres.stop();
  await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
  postgres.start();
  const upAt = now();
  await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
  running = false;
  await load;

  const after = (what: string, ok: (o: Outcome) => boolean) =>
    outcomes.filter((o) => o.what === what && o.at >= upAt && ok(o)).sort((a, b) => a.at - b.at)[0];
  const firstWrite = after('POST /cases', (o) => o.status === 201);
  const firstHealthy = after('GET /healthz', (o) => o.status === 200);
  const failed = outcomes.filter((o) => o.status === 'hang' || o.status === 'network' || o.status >= 400);
  const byStatus = new Map<string, number>();
  for (const o of failed) {
    const key = `${o.status}${o.status === 503 ? (o.retryAfter ? ' with Retry-After' : ' WITHOUT Retry-After') : ''}`;
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }
  const check = new pg.Client({ connectionString: postgres.url });
  await check.connect();
  const { rows } = await check.query<{ n: string }>('select count(*) as n from cases where id = any($1::uuid[])', [
    committed,
  ]);
  await check.end();
  const lost = committed.length - Number(rows[0]!.n);
  const slowest = Math.max(...outcomes.map((o) => o.ms));
  const bridgeLog = server.output().match(/alert bridge/g)?.length ?? 0;
  const exitedEarly = server.child.exitCode ?? server.child.signalCode;
  await server.stop();

  const s = (ms: number | undefined) => (ms === undefined ? 'never' : `${(ms / 1000).toFixed(2)} s`);
  console.log(
    `fault:db-restart — PostgreSQL (private, port ${postgres.port}) stopped at ${s(stoppedAt)} for ${DOWN_MS} ms under ${WORKERS} workers + a /healthz poller`,
  );
  console.log(`  requests: ${outcomes.length}; failed: ${failed.length}`);
  for (const [key, n] of [...byStatus].sort()) console.log(`    ${key}: ${n}`);
  console.log(
    `  time to recover after PostgreSQL was up: first case written ${s(firstWrite && firstWrite.at - upAt)}, /healthz 200 (bridge listening) ${s(firstHealthy && firstHealthy.at - upAt)}`,
  );
  console.log(`  slowest request: ${s(slowest)} (hang = over ${HANG_MS / 1000} s)`);
  console.log(`  committed writes (201): ${committed.length}; lost after the restart: ${lost}`);
  console.log(`  alert-bridge log lines: ${bridgeLog}`);
  const problems = [
    ...(failed.filter((o) => o.status === 500).length
      ? [`${failed.filter((o) => o.status === 500).length} answered 500`]
      : []),
    ...(failed.filter((o) => o.status === 'hang').length ? ['requests hung'] : []),
    ...(failed.filter((o) => o.status === 503 && !o.retryAfter).length ? ['503 without Retry-After'] : []),
    ...(lost > 0 ? [`${lost} committed writes lost`] : []),
    ...(!firstWrite ? ['never recovered'] : []),
    ...(!firstHealthy ? ['/healthz never 200 again'] : []),
  ];
  if (problems.length) {
    exitCode = 1;
    console.log(`  MISSED: ${problems.join('; ')}`);
    console.log(`  server ${exitedEarly === null ? 'was running' : `had exited (${exitedEarly})`}; its last output:`);
    for (const line of server.output().trim().split('\n').slice(-15)) console.log(`    ${line.slice(0, 300)}`);
  } else console.log('  OK: every failure was 503 with Retry-After, nothing hung, nothing committed was lost');
} finally {
  postgres.destroy();
}
process.exit(exitCode);
