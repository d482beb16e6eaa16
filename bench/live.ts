// Live coaching under many concurrent conversations: N sockets on /api/v1/live, each sending a turn every
// --interval ms, measured from the turn leaving the client to its `cues` arriving (client side, over loopback) and
// from the server's own histogram (defuse_live_turn_seconds). Reports errors and the server's CPU and RSS.
//
//   npm run bench:live -- [--sockets 200] [--seconds 30] [--interval 2000] [--cache 5000] [--postgres] [--quick]
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchDatabase } from '../test/store/harness.ts';
import { apiToken, args, demoLogins, percentile, processUsage, startServer } from './lib/server.ts';

interface Socket {
  on(event: 'open' | 'close', listener: () => void): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  send(data: string): void;
  close(): void;
}
// ws ships no types of its own; this is the little of it used here.
const { WebSocket } = createRequire(import.meta.url)('ws') as {
  WebSocket: new (url: string, options: { headers: Record<string, string> }) => Socket;
};

const cli = args();
const quick = cli.flag('quick');
const SOCKETS = cli.number('sockets', quick ? 50 : 200);
const SECONDS = cli.number('seconds', quick ? 10 : 30);
const INTERVAL = cli.number('interval', 2000);
const CACHE = cli.value('cache', '5000');

const CUSTOMER = [
  'You charged me twice for the same order and nobody will help me!',
  "I've called four times this week and every time I get cut off.",
  'This is ridiculous, I want my money back today.',
  'Fine. When exactly will the refund arrive?',
];
const AGENT = [
  "I'm sorry you've been charged twice, that's our mistake and I'll sort it out now.",
  'So you were cut off four times and still have no answer, is that right?',
  "I'll refund the second charge today and call you back by 5pm to confirm.",
  'The refund will reach your account within three working days.',
];

const scratch = cli.flag('postgres') ? await createScratchDatabase('defuse_live_bench') : null;
const dataDir = scratch ? '' : mkdtempSync(join(tmpdir(), 'defuse-live-bench-'));
const env: Record<string, string> = {
  ...(scratch ? { DATABASE_URL: scratch.url } : { DEFUSE_DATA_DIR: dataDir }),
  DEFUSE_SCHEDULER: 'false',
  DEFUSE_LIVE_SESSIONS: CACHE,
};
try {
  const first = await startServer({ ...env, DEFUSE_DEMO: 'true' });
  const logins = demoLogins(first.output());
  const auth = await apiToken(first.url, logins.agent, logins.password);
  await first.stop();
  const server = await startServer(env);
  const wsUrl = `${server.url.replace('http', 'ws')}/api/v1/live`;

  const latencies: number[] = [];
  const errors: string[] = [];
  let turnsSent = 0;
  let open = 0;
  const sockets: Socket[] = [];
  const stopAt = { value: Number.POSITIVE_INFINITY };
  const conversation = (i: number) =>
    new Promise<void>((resolve) => {
      const socket = new WebSocket(wsUrl, { headers: { authorization: auth } });
      sockets.push(socket);
      let sentAt = 0;
      let turn = 0;
      let timer: NodeJS.Timeout | undefined;
      const next = () => {
        if (performance.now() > stopAt.value) {
          socket.close();
          return;
        }
        const speaker = turn % 2 === 0 ? 'customer' : 'agent';
        const texts = speaker === 'customer' ? CUSTOMER : AGENT;
        sentAt = performance.now();
        turnsSent += 1;
        socket.send(JSON.stringify({ type: 'turn', speaker, text: texts[Math.floor(turn / 2) % texts.length] }));
        turn += 1;
      };
      socket.on('open', () => {
        open += 1;
        socket.send(JSON.stringify({ type: 'start', customerName: `Caller ${i}` }));
      });
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; error?: { message: string } };
        if (message.type === 'started') {
          // Spread the first turns over one interval so the sockets do not fire in lock-step.
          timer = setTimeout(next, Math.random() * INTERVAL);
        } else if (message.type === 'cues') {
          latencies.push(performance.now() - sentAt);
          timer = setTimeout(next, INTERVAL);
        } else if (message.type === 'error') {
          errors.push(message.error?.message ?? 'error');
          timer = setTimeout(next, INTERVAL);
        }
      });
      socket.on('error', (error) => errors.push(error.message));
      socket.on('close', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  const before = await processUsage(server.child.pid!);
  const wallStart = performance.now();
  const all: Array<Promise<void>> = [];
  for (let i = 0; i < SOCKETS; i += 1) {
    all.push(conversation(i));
    if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const rssSamples: number[] = [];
  const sampler = setInterval(async () => rssSamples.push((await processUsage(server.child.pid!)).rssMb), 1000);
  stopAt.value = performance.now() + SECONDS * 1000;
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  const usage = await processUsage(server.child.pid!);
  const wall = (performance.now() - wallStart) / 1000;
  clearInterval(sampler);
  await Promise.race([Promise.all(all), new Promise((resolve) => setTimeout(resolve, INTERVAL + 5000))]);
  for (const socket of sockets) socket.close();
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  await server.stop();

  // The server's own histogram: share of turns answered within 10 ms, and the bucket holding the 99th percentile.
  const buckets = [...metrics.matchAll(/^defuse_live_turn_seconds_bucket\{le="([^"]+)"\} (\d+)$/gm)].map((m) => ({
    le: m[1]!,
    n: Number(m[2]),
  }));
  const total = buckets.find((b) => b.le === '+Inf')?.n ?? 0;
  const within10 = buckets.find((b) => b.le === '0.01')?.n ?? 0;
  const p99Bucket = buckets.find((b) => b.n >= total * 0.99)?.le ?? '?';
  const series = (name: string) =>
    [...metrics.matchAll(new RegExp(`^${name}\\{how="([^"]+)"\\} (\\d+)$`, 'gm'))]
      .map((m) => `${m[1]} ${m[2]}`)
      .join(', ');
  const replayed = `${series('defuse_live_session_rebuilds_total') || 'none'}; turns replayed: ${series('defuse_live_session_replayed_turns_total') || 'none'}`;

  console.log(
    `bench:live — ${SOCKETS} sockets (${open} opened), a turn every ${INTERVAL} ms each for ${SECONDS} s, ${scratch ? 'PostgreSQL' : 'PGlite'}, session cache ${CACHE}; node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `  turn → cues (client, loopback): p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(0)} ms over ${latencies.length} of ${turnsSent} turns sent`,
  );
  console.log(
    `  server-side (defuse_live_turn_seconds): ${total} turns, ${((within10 / Math.max(1, total)) * 100).toFixed(1)} % within 10 ms, p99 ${p99Bucket === '+Inf' ? '> 100 ms (past the last bucket)' : `≤ ${Number(p99Bucket) * 1000} ms (histogram bucket)`} (target p99 ≤ 10 ms)`,
  );
  console.log(`  errors: ${errors.length}${errors.length ? ` (first: ${errors[0]})` : ''}`);
  console.log(
    `  server CPU: ${(((usage.cpuSeconds - before.cpuSeconds) / wall) * 100).toFixed(0)} % of one core; RSS ${before.rssMb.toFixed(0)} MB before, max ${Math.max(...rssSamples, usage.rssMb).toFixed(0)} MB during`,
  );
  console.log(`  evicted sessions brought back: ${replayed}`);
  if (p99Bucket !== '?' && Number(p99Bucket) > 0.01) console.log('  MISSED: server-side p99 above 10 ms');
} finally {
  if (scratch) await scratch.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
