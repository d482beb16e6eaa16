// Two server processes' worth of apps on one PostgreSQL: an alert raised on one reaches a supervisor on the other.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { ServerContext } from '../../src/server/context.ts';
import { bridgeAlerts, type AlertBridge } from '../../src/server/live/alert-bridge.ts';
import { createServerContext } from '../../src/server/server-context.ts';
import { createOrg, createUser } from '../../src/server/services/tenant.service.ts';
import { SYSTEM_ACTOR } from '../../src/store/repositories/audit.repository.ts';
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
  const { org, team } = await createOrg(
    a.store.db,
    { name: 'Bridgeco', adminEmail: 'admin@bridge.test', adminPassword: PASSWORD },
    new Date(),
    SYSTEM_ACTOR,
  );
  await createUser(
    a.store.db,
    { orgId: org.id, email: 'sup@bridge.test', password: PASSWORD, role: 'supervisor', teamId: team.id },
    new Date(),
    SYSTEM_ACTOR,
  );
  await createUser(
    a.store.db,
    { orgId: org.id, email: 'agent@bridge.test', password: PASSWORD, role: 'agent', teamId: team.id },
    new Date(),
    SYSTEM_ACTOR,
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
