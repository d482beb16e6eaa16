// Slow clients (slowloris): a few hundred sockets each send a request's headers one byte at a time and never finish
// them, while a normal client keeps calling the API. Target: every normal request answered (0 errors, latency
// reported beside a baseline taken before the attack), and every slow socket closed by the server (408) within its
// headers timeout plus the one-second check — none still open at the end.
//
//   npm run fault:slowloris -- [--sockets 500] [--seconds 30] [--headers-timeout-ms 10000] [--quick]
//                              [--timeouts-off]   (the server without its timeouts, to compare: sockets stay open)
//
// Exit 1 when a normal request fails or a slow socket outlives its timeout.
import net from 'node:net';
import { args, percentile, processUsage } from '../bench/lib/server.ts';
import { createScratchDatabase } from '../test/store/harness.ts';
import { firstStart, sleep } from './lib/setup.ts';

const cli = args();
const quick = cli.flag('quick');
const off = cli.flag('timeouts-off');
const SOCKETS = cli.number('sockets', quick ? 200 : 500);
const SECONDS = cli.number('seconds', quick ? 6 : 30);
const HEADERS_TIMEOUT_MS = cli.number('headers-timeout-ms', quick ? 2_000 : 10_000);
const BASELINE_S = quick ? 2 : 5;
const BYTE_EVERY_MS = 500;

interface SlowSocket {
  openedAt: number;
  closedAt?: number;
  closedByServer: boolean;
  got408: boolean;
  bytesSent: number;
}

/** One slow client: a request line, then one header byte every BYTE_EVERY_MS, never the blank line. */
function slowClient(port: number, sockets: SlowSocket[]): { stop(): void } {
  const state: SlowSocket = { openedAt: Date.now(), closedByServer: false, got408: false, bytesSent: 0 };
  sockets.push(state);
  const socket = net.connect(port, '127.0.0.1');
  let stopping = false;
  const header = 'GET /api/v1/cases HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ';
  let timer: NodeJS.Timeout | undefined;
  socket.on('connect', () => {
    state.openedAt = Date.now();
    let i = 0;
    timer = setInterval(() => {
      if (socket.destroyed) return;
      socket.write(i < header.length ? header[i]! : 'a');
      i += 1;
      state.bytesSent += 1;
    }, BYTE_EVERY_MS);
  });
  socket.on('data', (chunk: Buffer) => {
    if (chunk.toString('latin1').startsWith('HTTP/1.1 408')) state.got408 = true;
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    clearInterval(timer);
    state.closedAt = Date.now();
    state.closedByServer = !stopping;
  });
  return {
    stop() {
      stopping = true;
      clearInterval(timer);
      socket.destroy();
    },
  };
}

/** A normal client: GET /api/v1/cases and /healthz in turn, back to back, until `until`. */
async function normalClient(url: string, auth: string, until: number, latencies: number[], errors: string[]) {
  let i = 0;
  while (Date.now() < until) {
    const path = i % 2 === 0 ? '/api/v1/cases?limit=10' : '/healthz';
    i += 1;
    const started = performance.now();
    try {
      const response = await fetch(`${url}${path}`, {
        headers: { authorization: auth },
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      if (!response.ok) errors.push(`${path}: ${response.status}`);
      else latencies.push(performance.now() - started);
    } catch (error) {
      errors.push(`${path}: ${(error as Error).name}`);
    }
    await sleep(20);
  }
}

const describe = (latencies: number[]) =>
  `${latencies.length} answered, p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`;

const scratch = await createScratchDatabase('defuse_fault_slow');
let exitCode = 0;
try {
  const env: Record<string, string> = {
    DATABASE_URL: scratch.url,
    DEFUSE_SCHEDULER: 'false',
    DEFUSE_HTTP_HEADERS_TIMEOUT_MS: off ? '0' : String(HEADERS_TIMEOUT_MS),
    ...(off ? { DEFUSE_HTTP_REQUEST_TIMEOUT_MS: '0', DEFUSE_HTTP_CONNECTION_TIMEOUT_MS: '0' } : {}),
  };
  const { server, api } = await firstStart(env);
  const pid = server.child.pid!;
  // Baseline: the normal client alone.
  const baseline: number[] = [];
  const baselineErrors: string[] = [];
  await Promise.all(
    [1, 2].map(() => normalClient(server.url, api.auth, Date.now() + BASELINE_S * 1000, baseline, baselineErrors)),
  );
  const rssBefore = (await processUsage(pid)).rssMb;

  // The attack: SOCKETS slow clients opened over the first second, for SECONDS, with the normal client running.
  const slow: SlowSocket[] = [];
  const clients: Array<{ stop(): void }> = [];
  const attackStart = Date.now();
  const attackEnd = attackStart + SECONDS * 1000;
  const under: number[] = [];
  const underErrors: string[] = [];
  const opening = (async () => {
    for (let i = 0; i < SOCKETS; i += 1) {
      clients.push(slowClient(server.port, slow));
      if (i % 50 === 49) await sleep(100);
    }
  })();
  let peakOpen = 0;
  const sampler = setInterval(() => {
    peakOpen = Math.max(peakOpen, slow.filter((s) => s.closedAt === undefined).length);
  }, 250);
  await Promise.all([opening, ...[1, 2].map(() => normalClient(server.url, api.auth, attackEnd, under, underErrors))]);
  clearInterval(sampler);
  const usage = await processUsage(pid);
  const stillOpen = slow.filter((s) => s.closedAt === undefined).length;
  for (const client of clients) client.stop();
  await server.stop();

  const closed = slow.filter((s) => s.closedByServer && s.closedAt !== undefined);
  const lifetimes = closed.map((s) => s.closedAt! - s.openedAt);
  const limitMs = HEADERS_TIMEOUT_MS + 1_000 + 1_000; // the timeout, Node's one-second check, and a second's slack
  const late = lifetimes.filter((ms) => ms > limitMs).length;
  console.log(
    `fault:slowloris — ${SOCKETS} sockets sending headers one byte every ${BYTE_EVERY_MS} ms for ${SECONDS} s, headers timeout ${off ? 'off (--timeouts-off)' : `${HEADERS_TIMEOUT_MS} ms`}, PostgreSQL`,
  );
  console.log(`  normal requests before the attack: ${describe(baseline)}; errors ${baselineErrors.length}`);
  console.log(
    `  normal requests during the attack: ${describe(under)}; errors ${underErrors.length}${underErrors.length ? ` (${[...new Set(underErrors)].slice(0, 3).join(', ')})` : ''}`,
  );
  console.log(
    `  slow sockets: ${slow.length} opened, peak ${peakOpen} open at once; closed by the server: ${closed.length} (${closed.filter((s) => s.got408).length} with a 408), ${lifetimes.length ? `after p50 ${(percentile(lifetimes, 50) / 1000).toFixed(1)} s, max ${(Math.max(...lifetimes) / 1000).toFixed(1)} s` : 'none'}; still open at the end: ${stillOpen}`,
  );
  console.log(
    `  server: RSS ${rssBefore.toFixed(0)} → ${usage.rssMb.toFixed(0)} MB, CPU ${usage.cpuSeconds.toFixed(1)} s in all`,
  );
  const missed: string[] = [];
  if (baselineErrors.length + underErrors.length)
    missed.push(`${baselineErrors.length + underErrors.length} normal requests failed`);
  if (under.length === 0) missed.push('no normal request answered during the attack');
  if (stillOpen) missed.push(`${stillOpen} slow sockets still open after ${SECONDS} s`);
  if (late) missed.push(`${late} slow sockets outlived ${limitMs} ms`);
  if (missed.length) {
    exitCode = 1;
    console.log(`  MISSED: ${missed.join('; ')}`);
  } else console.log('  OK: every normal request answered; every slow socket closed by the server in time');
} finally {
  await scratch.drop();
}
process.exit(exitCode);
