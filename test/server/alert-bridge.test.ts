// Two server processes' worth of apps on one PostgreSQL: an alert raised on one reaches a supervisor on the other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/server/app.ts';
import type { ServerContext } from '../../src/server/context.ts';
import {
  BRIDGE_APPLICATION_NAME,
  bridgeAlerts,
  reconnectDelayMs,
  startAlertBridge,
  type AlertBridge,
} from '../../src/server/live/alert-bridge.ts';
import type { Alert } from '../../src/server/live/alert-hub.ts';
import { createServerContext } from '../../src/server/server-context.ts';
import { createOrg, createUser } from '../../src/services/tenant.service.ts';
import { SYSTEM, systemActorIn, unwrap } from '../../src/services/context.ts';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.ts';
import { backends, createScratchDatabase } from '../store/harness.ts';
import { PASSWORD, testConfig } from './helpers.ts';

const postgres = (await backends()).find((b) => b.name === 'postgres')!;

test('[postgres] live alerts cross nodes through LISTEN/NOTIFY', { skip: postgres.skipReason }, async (t) => {
  const scratch = await createScratchDatabase('defuse_bridge');
  const nodes: Array<{ store: OpenedDatabase; ctx: ServerContext; app: FastifyInstance; bridge: AlertBridge }> = [];
  t.after(async () => {
    for (const node of nodes) {
      await node.app.close();
      await node.bridge.close();
      await node.store.close();
    }
    await scratch.drop();
  });
  for (let i = 0; i < 2; i += 1) {
    const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '' });
    const ctx = createServerContext(testConfig(), store);
    const bridge = await bridgeAlerts(ctx.alerts, scratch.url, (error) => assert.fail(String(error)));
    nodes.push({ store, ctx, app: await buildApp({ ctx }), bridge });
  }
  const [a, b] = nodes as [(typeof nodes)[number], (typeof nodes)[number]];
  const ctx = { db: a.store.db, now: () => new Date() };
  const { org, team } = unwrap(
    await createOrg(ctx, SYSTEM, { name: 'Bridgeco', adminEmail: 'admin@bridge.test', adminPassword: PASSWORD }),
  );
  const inOrg = systemActorIn(org.id);
  unwrap(
    await createUser(ctx, inOrg, { email: 'sup@bridge.test', password: PASSWORD, role: 'supervisor', teamId: team.id }),
  );
  unwrap(
    await createUser(ctx, inOrg, { email: 'agent@bridge.test', password: PASSWORD, role: 'agent', teamId: team.id }),
  );
  const cookie = async (app: FastifyInstance, email: string) => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    return `defuse_session=${login.cookies.find((c) => c.name === 'defuse_session')!.value}`;
  };
  type Socket = {
    send(data: string): void;
    close(): void;
    on(event: 'message', listener: (data: Buffer) => void): void;
  };
  const supervisor = (await b.app.injectWS('/api/v1/live', {
    headers: { cookie: await cookie(b.app, 'sup@bridge.test') },
  })) as unknown as Socket;
  const alerts: Array<{ type: string; alert?: { kind: string } }> = [];
  const subscribed = new Promise<void>((resolve) =>
    supervisor.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'subscribed') resolve();
      else alerts.push(message);
    }),
  );
  supervisor.send(JSON.stringify({ type: 'subscribe' }));
  await subscribed;

  const agent = (await a.app.injectWS('/api/v1/live', {
    headers: { cookie: await cookie(a.app, 'agent@bridge.test') },
  })) as unknown as Socket;
  agent.send(JSON.stringify({ type: 'start' }));
  agent.send(
    JSON.stringify({ type: 'turn', speaker: 'customer', text: 'You idiots cut me off again, you useless morons!' }),
  );
  agent.send(JSON.stringify({ type: 'hangup', by: 'customer' }));
  const end = Date.now() + 30_000;
  while (!alerts.some((m) => m.alert?.kind === 'hangup') && Date.now() < end)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.ok(
    alerts.some((m) => m.alert?.kind === 'hangup'),
    'the hang-up on node A reached the supervisor on node B',
  );
  assert.equal(alerts.filter((m) => m.alert?.kind === 'hangup').length, 1, 'once');
  agent.close();
  supervisor.close();
});

test('[postgres] the bridge reconnects after its backend is terminated, says so in /healthz and /metrics, and alerts flow again', {
  skip: postgres.skipReason,
}, async (t) => {
  const scratch = await createScratchDatabase('defuse_bridge_restart');
  const nodes: Array<{ store: OpenedDatabase; ctx: ServerContext; app: FastifyInstance; bridge: AlertBridge }> = [];
  const admin = new pg.Client({ connectionString: scratch.url });
  t.after(async () => {
    await admin.end().catch(() => undefined);
    for (const node of nodes) {
      await node.app.close();
      await node.bridge.close();
      await node.store.close();
    }
    await scratch.drop();
  });
  const errors: unknown[] = [];
  for (let i = 0; i < 2; i += 1) {
    const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '' });
    const ctx = createServerContext(testConfig(), store);
    // A long first retry delay leaves a window to see `reconnecting` from outside.
    const bridge = await startAlertBridge(ctx, scratch.url, (error) => errors.push(error), {
      minDelayMs: 400,
      maxDelayMs: 800,
    });
    nodes.push({ store, ctx, app: await buildApp({ ctx }), bridge });
  }
  const [a, b] = nodes as [(typeof nodes)[number], (typeof nodes)[number]];
  const health = async (node: (typeof nodes)[number]) => {
    const response = await node.app.inject({ method: 'GET', url: '/healthz' });
    return {
      status: response.statusCode,
      body: JSON.parse(response.body),
      retryAfter: response.headers['retry-after'],
    };
  };
  assert.deepEqual((await health(b)).body, {
    status: 'ok',
    database: 'postgres',
    checks: { databaseReachable: true, alertBridge: 'listening' },
  });

  const orgId = '00000000-0000-4000-8000-000000000001';
  const received: string[] = [];
  b.ctx.alerts.subscribe(orgId, null, (alert) => received.push(alert.message));
  const alert = (message: string): Alert => ({
    orgId,
    teamId: null,
    kind: 'event',
    conversationId: null,
    agentId: null,
    message,
    at: new Date().toISOString(),
  });
  const waitFor = async (what: () => boolean | Promise<boolean>, label: string) => {
    const end = Date.now() + 15_000;
    while (!(await what())) {
      if (Date.now() > end) assert.fail(`timed out waiting for ${label}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  a.ctx.alerts.publish(alert('before'));
  await waitFor(() => received.includes('before'), 'the alert before the restart');

  // What a PostgreSQL restart does to the LISTEN connections: the server ends them (57P01).
  await admin.connect();
  const killed = await admin.query(
    'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = $1',
    [BRIDGE_APPLICATION_NAME],
  );
  assert.equal(killed.rowCount, 2, 'both nodes had a LISTEN connection');
  await waitFor(() => b.bridge.state() === 'reconnecting', 'node B to notice');
  const degraded = await health(b);
  assert.equal(degraded.status, 503);
  assert.equal(degraded.body.status, 'degraded');
  assert.equal(degraded.body.checks.alertBridge, 'reconnecting');
  assert.equal(degraded.retryAfter, '5');
  assert.match(
    (await b.app.inject({ method: 'GET', url: '/metrics' })).body,
    /^defuse_alert_bridge_up 0$/m,
    'the gauge says down',
  );

  await waitFor(() => a.bridge.state() === 'listening' && b.bridge.state() === 'listening', 'both to listen again');
  const metrics = (await b.app.inject({ method: 'GET', url: '/metrics' })).body;
  assert.match(metrics, /^defuse_alert_bridge_up 1$/m);
  assert.match(metrics, /^defuse_alert_bridge_reconnects_total 1$/m);
  assert.equal((await health(b)).status, 200);
  a.ctx.alerts.publish(alert('after'));
  await waitFor(() => received.includes('after'), 'the alert after the restart to cross nodes');
  assert.deepEqual(received, ['before', 'after'], 'each alert once');
  assert.ok(errors.length >= 2, 'each lost connection was reported');
});

test('reconnect delays grow, are capped and jittered', () => {
  assert.equal(
    reconnectDelayMs(1, 100, 5000, () => 0.5),
    100,
  );
  assert.equal(
    reconnectDelayMs(3, 100, 5000, () => 0.5),
    400,
  );
  assert.equal(
    reconnectDelayMs(30, 100, 5000, () => 0.5),
    5000,
  );
  assert.equal(
    reconnectDelayMs(30, 100, 5000, () => 0),
    3750,
  );
  assert.equal(
    reconnectDelayMs(30, 100, 5000, () => 0.999_999),
    6250,
  );
});
