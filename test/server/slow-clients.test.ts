// Slow clients (slowloris): a socket that sends its headers a byte at a time is answered 408 and closed once the
// headers timeout passes, while a normal request on another socket is answered. faults/slowloris.ts does the same
// with hundreds of sockets and reports latency; this checks the wiring from config to the listening server.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import { test } from 'node:test';
import { parseConfig } from '../../src/config.ts';
import { backends } from '../store/harness.ts';
import { startTestServer } from './helpers.ts';

test('config: the HTTP timeouts have defaults, and headers may not outlast the whole request', () => {
  const config = parseConfig({});
  assert.equal(config.DEFUSE_HTTP_HEADERS_TIMEOUT_MS, 10_000);
  assert.equal(config.DEFUSE_HTTP_REQUEST_TIMEOUT_MS, 30_000);
  assert.equal(config.DEFUSE_HTTP_KEEP_ALIVE_TIMEOUT_MS, 72_000);
  assert.equal(config.DEFUSE_HTTP_CONNECTION_TIMEOUT_MS, 120_000);
  assert.throws(
    () => parseConfig({ DEFUSE_HTTP_HEADERS_TIMEOUT_MS: '40000', DEFUSE_HTTP_REQUEST_TIMEOUT_MS: '30000' }),
    /DEFUSE_HTTP_HEADERS_TIMEOUT_MS: must not exceed DEFUSE_HTTP_REQUEST_TIMEOUT_MS/,
  );
});

const postgres = (await backends()).find((b) => b.name === 'postgres')!;

test('[postgres] a client that trickles its headers is answered 408 and closed; a normal request still is answered', {
  skip: postgres.skipReason,
}, async (t) => {
  const server = await startTestServer(postgres, {
    config: {
      DEFUSE_HTTP_HEADERS_TIMEOUT_MS: '500',
      DEFUSE_HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
      DEFUSE_HTTP_CONNECTION_TIMEOUT_MS: '5000',
    },
  });
  t.after(() => server.close());
  const httpServer = server.app.server;
  assert.equal(httpServer.headersTimeout, 500);
  assert.equal(httpServer.requestTimeout, 30_000);
  assert.equal(httpServer.keepAliveTimeout, 1000);
  assert.equal(httpServer.timeout, 5000);
  await server.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = httpServer.address() as net.AddressInfo;

  const started = Date.now();
  const slow = net.connect(port, '127.0.0.1');
  await once(slow, 'connect');
  let answer = '';
  slow.on('data', (chunk: Buffer) => {
    answer += chunk.toString('latin1');
  });
  const head = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ';
  let i = 0;
  const trickle = setInterval(() => {
    if (!slow.destroyed) slow.write(head[i++] ?? 'a');
  }, 100);
  t.after(() => clearInterval(trickle));

  const normal = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.equal(normal.status, 200, 'a normal request is answered while the slow one trickles');
  await normal.arrayBuffer();

  await once(slow, 'close');
  clearInterval(trickle);
  const lifetime = Date.now() - started;
  assert.match(answer, /^HTTP\/1\.1 408/, 'the server answered 408 Request Timeout');
  // 500 ms, checked every second by Node: closed well before Node's own 60 s default.
  assert.ok(lifetime < 5_000, `closed after ${lifetime} ms`);
});
