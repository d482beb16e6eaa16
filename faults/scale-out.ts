// Scale-out: two or three `defuse serve` processes on one PostgreSQL, every scheduler running, behind a small
// round-robin proxy. Shows: no duplicate reminders, live alerts crossing processes, and a live client that
// reconnects through the proxy to another process resuming its conversation.
//
//   npm run fault:scale-out -- [--nodes 3] [--promises 100] [--quick]
import http from 'node:http';
import { createRequire } from 'node:module';
import net, { type AddressInfo } from 'node:net';
import { apiToken, args, type ServerProcess, startServer } from '../bench/lib/server.ts';
import { createScratchDatabase } from '../test/store/harness.ts';
import { startFaultReceiver, tally } from './lib/receiver.ts';
import { firstStart, makePromises, sleep } from './lib/setup.ts';

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
const NODES = cli.number('nodes', quick ? 2 : 3);
const PROMISES = cli.number('promises', quick ? 20 : 100);
const WINDOW_S = quick ? 5 : 20;

/** A round-robin HTTP and WebSocket proxy; `served` records which backend took each request or upgrade. */
async function startProxy(backends: number[]) {
  let next = 0;
  const served: Array<{ what: string; port: number }> = [];
  const pick = () => backends[next++ % backends.length]!;
  const server = http.createServer((request, response) => {
    const port = pick();
    served.push({ what: `${request.method} ${request.url}`, port });
    const upstream = http.request(
      { host: '127.0.0.1', port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.on('upgrade', (request, socket, head) => {
    const port = pick();
    served.push({ what: `UPGRADE ${request.url}`, port });
    const upstream = net.connect(port, '127.0.0.1', () => {
      const lines = [`${request.method} ${request.url} HTTP/1.1`];
      for (let i = 0; i < request.rawHeaders.length; i += 2)
        lines.push(`${request.rawHeaders[i]}: ${request.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A live socket with a queue of received JSON messages. */
function liveSocket(url: string, auth: string) {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/api/v1/live`, { headers: { authorization: auth } });
  const messages: Array<Record<string, unknown>> = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
  socket.on('error', () => undefined);
  const opened = new Promise<void>((resolve) => socket.on('open', () => resolve()));
  const waitFor = async (match: (m: Record<string, unknown>) => boolean, ms = 15_000) => {
    const end = Date.now() + ms;
    for (;;) {
      const found = messages.find(match);
      if (found) return found;
      if (Date.now() > end) return undefined;
      await sleep(20);
    }
  };
  return { socket, messages, opened, waitFor, send: (m: object) => socket.send(JSON.stringify(m)) };
}

const scratch = await createScratchDatabase('defuse_fault_scale');
const receiver = await startFaultReceiver();
const nodes: ServerProcess[] = [];
let exitCode = 0;
const env = {
  DATABASE_URL: scratch.url,
  DEFUSE_SCHEDULER_INTERVAL_MS: '200',
  DEFUSE_REMINDER_LEAD_MINUTES: '0',
  DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS: '1',
};
try {
  const setup = await firstStart(env);
  const { api } = setup;
  const hook = await api.call<{ secret: string }>(setup.server, 'POST', '/api/v1/webhooks', {
    url: receiver.url,
    eventTypes: ['commitment.due', 'commitment.overdue'],
  });
  receiver.setSecret(hook.secret);
  const supervisorAuth = await apiToken(setup.server.url, setup.supervisor, setup.password);
  const agentAuth = await apiToken(setup.server.url, setup.agent, setup.password);
  const firstDue = Date.now() + 8000 + NODES * 6000 + PROMISES * 40;
  const promises = await makePromises(
    setup.server,
    api,
    PROMISES,
    (i) => new Date(firstDue + (i * WINDOW_S * 1000) / PROMISES),
  );
  nodes.push(setup.server);
  for (let i = 1; i < NODES; i += 1) nodes.push(await startServer(env));
  const proxy = await startProxy(nodes.map((n) => n.port));

  // 1. Live alerts across processes: a supervisor on node 0, an abusive turn on node 1.
  const supervisor = liveSocket(nodes[0]!.url, supervisorAuth);
  await supervisor.opened;
  supervisor.send({ type: 'subscribe' });
  await supervisor.waitFor((m) => m.type === 'subscribed');
  const agentOnOther = liveSocket(nodes[1]!.url, agentAuth);
  await agentOnOther.opened;
  agentOnOther.send({ type: 'start', customerName: 'Cross Node' });
  await agentOnOther.waitFor((m) => m.type === 'started');
  const raisedAt = Date.now();
  agentOnOther.send({ type: 'turn', speaker: 'customer', text: 'You useless idiots, you cut me off again!' });
  const crossed = await supervisor.waitFor((m) => (m.alert as { kind?: string } | undefined)?.kind === 'abuse');
  const crossedMs = Date.now() - raisedAt;
  agentOnOther.socket.close();
  supervisor.socket.close();

  // 2. A client that reconnects through the proxy lands on another process and resumes.
  const before = proxy.served.length;
  const first = liveSocket(proxy.url, agentAuth);
  await first.opened;
  first.send({ type: 'start', customerName: 'Resumer' });
  const started = (await first.waitFor((m) => m.type === 'started')) as { conversationId: string };
  first.send({ type: 'turn', speaker: 'customer', text: 'My refund still has not arrived after three weeks.' });
  await first.waitFor((m) => m.type === 'cues');
  first.socket.close();
  await sleep(200);
  const second = liveSocket(proxy.url, agentAuth);
  await second.opened;
  second.send({ type: 'start', conversationId: started.conversationId });
  const resumed = (await second.waitFor((m) => m.type === 'started')) as
    | { resumed?: boolean; turns?: number }
    | undefined;
  second.send({ type: 'turn', speaker: 'agent', text: "I'm sorry it has taken three weeks; I'll chase it now." });
  const cues = (await second.waitFor((m) => m.type === 'cues')) as { turn?: number } | undefined;
  second.socket.close();
  const [firstPort, secondPort] = proxy.served
    .slice(before)
    .filter((s) => s.what.startsWith('UPGRADE'))
    .map((s) => s.port);

  // 3. Every scheduler running: each promise's reminder and escalation exactly once.
  await sleep(Math.max(0, firstDue + WINDOW_S * 1000 - Date.now()) + 5000);
  for (let i = 0; i < 30 && receiver.arrivals.length < PROMISES * 2; i += 1) await sleep(500);
  await proxy.close();
  const expected = new Set(
    promises.flatMap((p) => [`commitment.due:${p.commitmentId}`, `commitment.overdue:${p.commitmentId}`]),
  );
  const ours = new Set(promises.map((p) => p.commitmentId));
  const result = tally(
    receiver.arrivals.filter((a) => ours.has(String(a.data.commitmentId))),
    expected,
    (a) => `${a.type}:${String(a.data.commitmentId)}`,
  );

  console.log(
    `fault:scale-out — ${NODES} server processes on one PostgreSQL, every scheduler on (200 ms), round-robin proxy`,
  );
  console.log(
    `  reminders/escalations: ${expected.size} expected, ${result.arrivals} arrived; lost ${result.lost.length}, duplicated effects ${result.duplicated.length}, repeats of a delivery id ${result.repeats}`,
  );
  console.log(
    `  live alert raised on node 1 reached the supervisor on node 0: ${crossed ? `yes, in ${crossedMs} ms` : 'NO'}`,
  );
  console.log(
    `  reconnect through the proxy: first socket on :${firstPort}, second on :${secondPort}; resumed ${resumed?.resumed === true} with ${resumed?.turns} turn(s); next turn answered as turn ${cues?.turn}`,
  );
  const problems = [
    ...(result.lost.length || result.duplicated.length ? ['reminders lost or duplicated'] : []),
    ...(!crossed ? ['alert did not cross processes'] : []),
    ...(firstPort === secondPort ? ['the reconnect landed on the same process'] : []),
    ...(resumed?.resumed !== true || resumed.turns !== 1 || cues?.turn !== 1
      ? ['the conversation did not resume']
      : []),
  ];
  if (problems.length) {
    exitCode = 1;
    console.log(`  MISSED: ${problems.join('; ')}`);
  } else console.log('  OK: no duplicate reminders, alerts cross processes, a reconnect to another process resumes');
} finally {
  for (const node of nodes) await node.stop();
  await receiver.close();
  await scratch.drop();
}
process.exit(exitCode);
