// The scheduler under crashes: SIGKILLs the server at random moments while promises fall due, restarts it each
// time, and counts what a webhook receiver got. Target: 0 lost and 0 duplicated effects (one reminder and one
// overdue escalation per promise); a delivery id seen twice is at-least-once and is reported apart.
//
//   npm run fault:scheduler-kill -- [--promises 300] [--kills 10] [--window 60] [--per-case 1] [--settle 120] [--dist] [--quick]
//   (--dist: the compiled server, `npm run build:server` first; it restarts in about half the time)
//
// The issue's size — 50 kills over 10,000 reminders and escalations (5,000 promises, 5 to a case):
//   npm run build:server && npm run fault:scheduler-kill -- --promises 5000 --per-case 5 --kills 50 --window 240 --settle 300 --dist
import pg from 'pg';
import { args, startServer } from '../bench/lib/server.ts';
import { createScratchDatabase } from '../test/store/harness.ts';
import { startFaultReceiver, tally } from './lib/receiver.ts';
import { firstStart, makePromises, sleep } from './lib/setup.ts';

const cli = args();
const quick = cli.flag('quick');
const PROMISES = cli.number('promises', quick ? 30 : 300);
const KILLS = cli.number('kills', quick ? 2 : 10);
const WINDOW_S = cli.number('window', quick ? 8 : 60);
const PER_CASE = cli.number('per-case', 1);
const DIST = cli.flag('dist');
const SETTLE_S = cli.number('settle', quick ? 30 : 120);

const runStarted = Date.now();
const scratch = await createScratchDatabase('defuse_fault_sched');
const receiver = await startFaultReceiver();
let exitCode = 0;
const env = {
  DATABASE_URL: scratch.url,
  DEFUSE_SCHEDULER_INTERVAL_MS: '200',
  DEFUSE_REMINDER_LEAD_MINUTES: '0',
  DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS: '1',
  DEFUSE_WEBHOOK_TIMEOUT_MS: '2000',
};
try {
  let { server, api } = await firstStart(env, { dist: DIST });
  const hook = await api.call<{ secret: string }>(server, 'POST', '/api/v1/webhooks', {
    url: receiver.url,
    eventTypes: ['commitment.due', 'commitment.overdue'],
  });
  receiver.setSecret(hook.secret);
  // Promises fall due evenly over the window, starting a few seconds after they are all created (seeding takes
  // about 40 ms per case here, 8 cases at a time; a case that is still being created when the first promise falls
  // due is fine too: the sweep finds it on its next tick).
  const cases = Math.ceil(PROMISES / PER_CASE);
  const firstDue = Date.now() + 5000 + Math.ceil(cases / 8) * 40;
  const seedStarted = Date.now();
  const promises = await makePromises(
    server,
    api,
    PROMISES,
    (i) => new Date(firstDue + (i * WINDOW_S * 1000) / PROMISES),
    { perCase: PER_CASE, concurrency: 8 },
  );
  console.log(
    `  seeded ${PROMISES} promises in ${cases} cases in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s; first due ${((firstDue - Date.now()) / 1000).toFixed(0)} s from now`,
  );
  const started = Date.now();
  let kills = 0;
  const killTimes = Array.from({ length: KILLS }, () => Math.random() * (firstDue - started + WINDOW_S * 1000)).sort(
    (a, b) => a - b,
  );
  const restarts: number[] = [];
  // Spawn times of the restarted servers: the first webhook arrival after each (before the next kill) tells how soon
  // a restarted process sends again.
  const spawns: { at: number; until: number }[] = [];
  for (const at of killTimes) {
    await sleep(Math.max(0, started + at - Date.now()));
    await server.stop('SIGKILL');
    if (spawns.length) spawns[spawns.length - 1]!.until = Date.now();
    kills += 1;
    const restartAt = Date.now();
    spawns.push({ at: restartAt, until: Number.POSITIVE_INFINITY });
    server = await startServer(env, { dist: DIST });
    restarts.push((Date.now() - restartAt) / 1000);
    if (kills % 10 === 0)
      console.log(
        `  ${kills} kills, ${((Date.now() - started) / 1000).toFixed(0)} s in: ${receiver.arrivals.length} webhook arrivals so far`,
      );
  }
  const killsDone = Date.now();
  const killsDoneS = (killsDone - started) / 1000;
  // Let everything due be swept and delivered (retries included), then count.
  const db = new pg.Client({ connectionString: scratch.url });
  await db.connect();
  const settleBy = Date.now() + SETTLE_S * 1000;
  let pending = -1;
  while (Date.now() < settleBy) {
    await sleep(Math.max(0, firstDue + WINDOW_S * 1000 - Date.now()) + 1000);
    const { rows } = await db.query<{ n: string }>(
      "select count(*) as n from webhook_deliveries where status = 'pending'",
    );
    const { rows: notices } = await db.query<{ n: string }>('select count(*) as n from commitment_notices');
    pending = Number(rows[0]!.n);
    if (pending === 0 && Number(notices[0]!.n) >= PROMISES * 2) break;
  }
  const { rows: failed } = await db.query<{ n: string }>(
    "select count(*) as n from webhook_deliveries where status in ('failed', 'dead')",
  );
  await db.end();
  await server.stop();

  const expected = new Set(
    promises.flatMap((p) => [`commitment.due:${p.commitmentId}`, `commitment.overdue:${p.commitmentId}`]),
  );
  // Only this run's promises (the demo org's own promises may fall due too).
  const ours = new Set(promises.map((p) => p.commitmentId));
  const result = tally(
    receiver.arrivals.filter((a) => ours.has(String(a.data.commitmentId))),
    expected,
    (a) => `${a.type}:${String(a.data.commitmentId)}`,
  );
  console.log(
    `fault:scheduler-kill — ${PROMISES} promises due over ${WINDOW_S} s, ${kills} SIGKILLs of the server (restarted each time), scheduler every 200 ms, PostgreSQL`,
  );
  console.log(
    `  the kills ended ${killsDoneS.toFixed(0)} s after the first (window ${WINDOW_S} s); each restart took ${restarts.length ? `${(restarts.reduce((a, b) => a + b, 0) / restarts.length).toFixed(1)} s on average, ${Math.max(...restarts).toFixed(1)} s at most` : '—'}; whole run ${((Date.now() - runStarted) / 1000).toFixed(0)} s`,
  );
  console.log(`  effects expected: ${expected.size} (a reminder and an overdue escalation per promise)`);
  const oursArrivals = receiver.arrivals.filter((a) => ours.has(String(a.data.commitmentId)));
  const during = oursArrivals.filter((a) => a.at < killsDone).length;
  const dueByKillsDone = Math.min(
    PROMISES,
    Math.max(0, Math.floor(((killsDone - firstDue) / (WINDOW_S * 1000)) * PROMISES)),
  );
  const firstSends = spawns
    .map((s) => oursArrivals.find((a) => a.at >= s.at && a.at < s.until))
    .map((a, i) => (a ? (a.at - spawns[i]!.at) / 1000 : null))
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  console.log(
    `  arrivals while the kills went on: ${during} (about ${dueByKillsDone * 2} effects were due by the last kill); after the last kill: ${oursArrivals.length - during}`,
  );
  console.log(
    `  spawn to first webhook arrival, per restart that sent anything before the next kill: ${firstSends.length} of ${spawns.length} restarts${firstSends.length ? `, median ${firstSends[Math.floor(firstSends.length / 2)]!.toFixed(1)} s, min ${firstSends[0]!.toFixed(1)} s` : ''}`,
  );
  console.log(
    `  webhook arrivals: ${result.arrivals}; lost: ${result.lost.length}; duplicated effects (same effect, different delivery ids): ${result.duplicated.length}`,
  );
  console.log(
    `  repeats of one delivery id (at-least-once, not a duplicate effect): ${result.repeats}; bad signatures: ${result.badSignatures}; deliveries still pending: ${pending}, failed: ${failed[0]!.n}`,
  );
  if (result.lost.length || result.duplicated.length || result.badSignatures || result.unexpected.length) {
    exitCode = 1;
    console.log(
      `  MISSED: lost ${result.lost.slice(0, 3).join(', ')}${result.lost.length > 3 ? ' …' : ''} duplicated ${result.duplicated.slice(0, 3).join(', ')} unexpected ${result.unexpected.length}`,
    );
  } else console.log('  OK: no effect lost or duplicated');
} finally {
  await receiver.close();
  await scratch.drop();
}
process.exit(exitCode);
