import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../src/config.ts';
import { AppError } from '../../src/core/errors.ts';
import { backends } from '../store/harness.ts';
import { PASSWORD, startTestServer } from './helpers.ts';

test('config: defaults, and every problem named at once', () => {
  const config = parseConfig({});
  assert.equal(config.PORT, 3000);
  assert.equal(config.HOST, '127.0.0.1');
  assert.equal(config.DEFUSE_DATA_DIR, './data');
  assert.equal(config.DATABASE_URL, undefined);
  assert.throws(
    () => parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' }),
    (error: unknown) =>
      error instanceof AppError &&
      error.code === 'invalid_input' &&
      /PORT/.test(error.message) &&
      /DATABASE_URL/.test(error.message) &&
      /LOG_LEVEL/.test(error.message),
  );
});

const [pglite] = await backends();

test('[pglite] OpenAPI lists every route, docs are served, metrics and health answer', async (t) => {
  const server = await startTestServer(pglite!);
  t.after(() => server.close());
  const spec = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body) as {
    paths: Record<string, Record<string, unknown>>;
  };
  for (const route of server.app.routeTable.filter((r) => r.permission !== null && !r.isWebSocket)) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    assert.ok(spec.paths[path]?.[route.method.toLowerCase()], `${route.method} ${path} is documented`);
  }
  // The live WebSocket is documented too (@fastify/websocket hides its routes by default): protocol, auth, 101.
  const live = spec.paths['/api/v1/live']?.get as
    | {
        tags: string[];
        summary: string;
        description: string;
        responses: Record<string, { description: string }>;
        'x-client-message': { oneOf?: unknown[]; anyOf?: unknown[] };
      }
    | undefined;
  assert.ok(live, 'GET /api/v1/live is documented');
  assert.deepEqual(live.tags, ['live']);
  assert.ok(live.summary);
  for (const part of [
    '"type":"start"',
    '"type":"turn"',
    '"type":"cues"',
    '"type":"end"',
    '"type":"subscribe"',
    '"type":"alert"',
    'conversationId',
    'Reconnect',
    'Bearer',
    'defuse_session',
    '401',
  ]) {
    assert.ok(live.description.includes(part), `the live description covers ${part}`);
  }
  assert.match(live.responses['101']!.description, /Switching Protocols/);
  const frames = (live['x-client-message'].oneOf ?? live['x-client-message'].anyOf) as
    | { properties: { type: { const: string } } }[]
    | undefined;
  assert.deepEqual(
    frames?.map((f) => f.properties.type.const).sort(),
    ['end', 'follow', 'hangup', 'ping', 'start', 'subscribe', 'turn', 'unfollow', 'watch'],
    'the client frames, as JSON Schema',
  );
  const remove = spec.paths['/api/v1/webhooks/{id}']?.delete as { tags: string[]; responses: Record<string, unknown> };
  assert.deepEqual([remove.tags, Object.keys(remove.responses)], [['webhooks'], ['204']]);
  const login = spec.paths['/api/v1/auth/login']!.post as {
    requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
  };
  assert.deepEqual(login.requestBody.content['application/json'].schema.required, ['email', 'password']);
  const docs = await server.app.inject({ method: 'GET', url: '/api/docs/' });
  assert.equal(docs.statusCode, 200);
  assert.match(docs.headers['content-type'] as string, /html/);
  assert.equal(JSON.parse((await server.app.inject({ method: 'GET', url: '/healthz' })).body).status, 'ok');
  const metrics = await server.app.inject({ method: 'GET', url: '/metrics' });
  assert.match(metrics.body, /defuse_http_requests_total\{method="GET",route="\/healthz",status="200"\} 1/);
  const unknown = await server.app.inject({ method: 'DELETE', url: '/api/v1/nothing' });
  assert.equal(unknown.statusCode, 404);
  assert.equal(JSON.parse(unknown.body).error.code, 'not_found');
});

test('[pglite] log-in is rate limited per IP and throttled per e-mail after failures, and failures are logged', async (t) => {
  const server = await startTestServer(pglite!, { config: { DEFUSE_LOGIN_MAX_PER_MINUTE: '3' } });
  t.after(() => server.close());
  const { agent } = server.orgs[0];
  const attempt = (password: string, ip = '10.0.0.1') =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: ip,
      payload: { email: agent.email, password },
    });
  const statuses = [];
  for (let i = 0; i < 4; i += 1) statuses.push((await attempt('wrong password')).statusCode);
  assert.deepEqual(statuses, [401, 401, 401, 429]);
  const limited = await attempt('wrong password');
  assert.equal(JSON.parse(limited.body).error.code, 'rate_limited');
  // From other addresses, the per-e-mail throttle stops guessing after 10 failures, even with the right password.
  for (let i = 0; i < 10; i += 1) await attempt('wrong password', `10.0.1.${i}`);
  const blocked = await attempt(PASSWORD, '10.0.2.1');
  assert.equal(blocked.statusCode, 429);
  assert.match(JSON.parse(blocked.body).error.message, /too many failed log-ins/);
});
