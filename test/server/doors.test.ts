// One data path: the same change emits the same domain events whichever door it came through (the API, the live
// socket, the demo seed), because every door calls the same use case in src/services.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { runCli } from '../../src/cli/index.ts';
import type { DomainEvent } from '../../src/jobs/event-types.ts';
import { createServerContext } from '../../src/server/server-context.ts';
import { openDatabase } from '../../src/store/database.ts';
import { auditEvents } from '../../src/store/schema/index.ts';
import { seedDemoIfEmpty } from '../../src/server/services/demo-seed.ts';
import { backends } from '../store/harness.ts';
import { startTestServer, testConfig } from './helpers.ts';
import { connect } from './ws-client.ts';

/** What must not depend on the door: the type, the key's shape, the data's fields and who acted. */
const shape = (event: DomainEvent) => ({
  type: event.type,
  key: event.key.replace(/[0-9a-f-]{36}/g, '<id>'),
  fields: Object.keys(event.data).sort(),
  hasTeam: typeof event.teamId === 'string',
});

const CALL = {
  turns: [
    { speaker: 'customer', text: 'You charged me twice for March and nobody answers my emails!' },
    { speaker: 'agent', text: 'That is our billing policy, you need to wait for the cycle to close.' },
    { speaker: 'customer', text: 'Unbelievable. Forget it.' },
  ],
  events: [{ type: 'hangup', by: 'customer', afterTurn: 2 }],
};

for (const backend of await backends()) {
  test(`[${backend.name}] a case opened through the API and by the demo seed emits the same case.created`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const { agent } = server.orgs[0];
    const customer = await server.call(agent, {
      method: 'POST',
      url: '/api/v1/customers',
      payload: { name: 'Dana Door', email: 'dana@example.com' },
    });
    assert.equal(customer.statusCode, 201, customer.body);
    const opened = await server.call(agent, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { customerId: JSON.parse(customer.body).id, presentingIssue: 'Billed twice', severity: 'high' },
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const viaApi = server.events.filter((e) => e.type === 'case.created');
    assert.equal(viaApi.length, 1);
    assert.equal(viaApi[0]!.data.caseId, JSON.parse(opened.body).id);
    assert.equal(viaApi[0]!.data.actorId, agent.id);

    const store = await backend.open();
    t.after(() => store.close());
    const seeded: DomainEvent[] = [];
    const ctx = createServerContext(testConfig(), store, { onEvent: (event) => void seeded.push(event) });
    assert.ok(await seedDemoIfEmpty(ctx));
    const viaSeed = seeded.filter((e) => e.type === 'case.created');
    assert.equal(viaSeed.length, 1, 'the demo seed opens one case and says so');
    assert.deepEqual(shape(viaSeed[0]!), shape(viaApi[0]!));
  });

  test(`[${backend.name}] a customer hang-up stored through the API and ended on the live socket emits the same events`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const { agent } = server.orgs[0];
    const stored = await server.call(agent, {
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { conversation: CALL },
    });
    assert.equal(stored.statusCode, 201, stored.body);
    const viaApi = server.events.splice(0).filter((e) => e.type.startsWith('conversation.'));
    assert.ok(
      viaApi.some((e) => e.type === 'conversation.escalated'),
      'a customer hang-up escalates (F5 Chaser)',
    );

    const live = await connect(server, agent);
    t.after(() => live.close());
    live.send({ type: 'start', channel: 'phone' });
    await live.next('started');
    for (const turn of CALL.turns) {
      live.send({ type: 'turn', speaker: turn.speaker, text: turn.text });
      await live.next('cues');
    }
    live.send({ type: 'hangup', by: 'customer' });
    await live.next('cues');
    live.send({ type: 'end' });
    await live.next('ended');
    const viaSocket = server.events.filter((e) => e.type.startsWith('conversation.'));
    assert.deepEqual(viaSocket.map(shape), viaApi.map(shape));
  });
}

/** What must not depend on the door for an audited change: the entity, the action and the fields kept. */
const auditShape = (row: { entity: string; action: string; after: Record<string, unknown> | null }) => ({
  entity: row.entity,
  action: row.action,
  fields: Object.keys(row.after ?? {}).sort(),
});

test('a user created by the CLI and through the API is audited the same; only the actor differs', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-doors-'));
  const before = process.env.DEFUSE_DATA_DIR;
  process.env.DEFUSE_DATA_DIR = dir;
  t.after(() => {
    if (before === undefined) delete process.env.DEFUSE_DATA_DIR;
    else process.env.DEFUSE_DATA_DIR = before;
    rmSync(dir, { recursive: true, force: true });
  });
  const cli = (...args: string[]) => runCli(['node', 'defuse', ...args]);
  await cli(
    'org',
    'create',
    'Initech',
    '--admin-email',
    'boss@initech.test',
    '--admin-password',
    'a long admin password',
  );
  await cli(
    'user',
    'create',
    '--org',
    'Initech',
    '--email',
    'milton@initech.test',
    '--role',
    'supervisor',
    '--password',
    'stapler stapler',
  );
  const store = await openDatabase({ dataDir: dir });
  const viaCli = (await store.db.select().from(auditEvents).where(eq(auditEvents.entity, 'user'))).at(-1)!;
  await store.close();

  const [pglite] = await backends();
  const server = await startTestServer(pglite!);
  t.after(() => server.close());
  const { admin } = server.orgs[0];
  const created = await server.call(admin, {
    method: 'POST',
    url: '/api/v1/users',
    payload: { email: 'milton@acme.test', password: 'stapler stapler', role: 'supervisor' },
  });
  assert.equal(created.statusCode, 201, created.body);
  const [viaApi] = await server.store.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, JSON.parse(created.body).id));
  assert.deepEqual(auditShape(viaCli), auditShape(viaApi!));
  assert.deepEqual([viaCli.actorId, viaCli.actorVia], [null, 'cli']);
  assert.deepEqual([viaApi!.actorId, viaApi!.actorVia], [admin.id, 'session']);
});
