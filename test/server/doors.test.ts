// One data path: the same change emits the same domain events whichever door it came through (the API, the live
// socket, the demo seed, the scheduler, the CLI), because every door calls the same use case in src/services.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { and, asc, eq } from 'drizzle-orm';
import { runCli } from '../../src/cli/index.ts';
import type { DomainEvent } from '../../src/services/domain-events.ts';
import { runTick } from '../../src/jobs/scheduler.ts';
import { createServerContext } from '../../src/server/server-context.ts';
import { openDatabase } from '../../src/store/database.ts';
import {
  auditEvents,
  cases,
  commitments,
  organizations,
  teams,
  users,
  webhookDeliveries,
} from '../../src/store/schema/index.ts';
import { seedDemoIfEmpty } from '../../src/services/demo-seed.service.ts';
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

/** A row or payload without what differs between two promises by construction: their ids and their cases. */
const withoutIds = (row: Record<string, unknown> | null) => {
  const { id: _id, caseId: _caseId, ...rest } = row ?? {};
  return rest;
};

for (const backend of await backends()) {
  test(`[${backend.name}] an F6 follow-up owed by a close through the API and one the scheduler's sweep creates are the same row, audit entry, events and API view`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2030-03-01T12:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const [acme] = server.orgs;
    const { agent, supervisor } = acme;
    const { db } = server.store;
    const jobs = { db, config: server.ctx.config, now: () => clock, publish: server.ctx.publish };
    const customer = await server.call(agent, {
      method: 'POST',
      url: '/api/v1/customers',
      payload: { name: 'Noor Door', phone: '+44 20 0000' },
    });
    assert.equal(customer.statusCode, 201, customer.body);
    const open = async (presentingIssue: string): Promise<{ id: string }> => {
      const opened = await server.call(agent, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: {
          customerId: JSON.parse(customer.body).id,
          presentingIssue,
          severity: 'high',
          ownerId: agent.id,
          teamId: acme.teamId,
        },
      });
      assert.equal(opened.statusCode, 201, opened.body);
      return JSON.parse(opened.body);
    };
    const byApi = await open('Refund refused, closed through the API');
    const bySweep = await open('Refund refused, closed by a request that crashed before its follow-up');
    const closed = await server.call(agent, {
      method: 'POST',
      url: `/api/v1/cases/${byApi.id}/transitions`,
      payload: { action: 'close' },
    });
    assert.equal(closed.statusCode, 200, closed.body);
    // The same close, committed by a request that died before it created the follow-up: only the sweep creates it.
    await db
      .update(cases)
      .set({ state: 'closed', outcome: 'unresolved', closedAt: clock, updatedAt: clock })
      .where(eq(cases.id, bySweep.id));
    await runTick(jobs);

    const followUpOf = async (caseId: string) => {
      const rows = await db
        .select()
        .from(commitments)
        .where(and(eq(commitments.caseId, caseId), eq(commitments.kind, 'supervisor_follow_up')));
      assert.equal(rows.length, 1, 'exactly one F6 follow-up per case closed unresolved');
      return rows[0]!;
    };
    const viaApi = await followUpOf(byApi.id);
    const viaSweep = await followUpOf(bySweep.id);
    assert.deepEqual(withoutIds(viaSweep), withoutIds(viaApi));
    assert.equal(viaApi.ownerId, supervisor.id, "the team's supervisor owns it");
    assert.equal(viaApi.contact.phone, '+44 20 0000', "the customer's contact");

    const createdAudit = async (id: string) => {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, 'commitment'), eq(auditEvents.entityId, id)));
      assert.equal(rows.length, 1);
      return rows[0]!;
    };
    const auditApi = await createdAudit(viaApi.id);
    const auditSweep = await createdAudit(viaSweep.id);
    assert.deepEqual(
      { action: auditSweep.action, after: withoutIds(auditSweep.after) },
      { action: auditApi.action, after: withoutIds(auditApi.after) },
    );
    assert.deepEqual([auditApi.actorId, auditSweep.actorId], [agent.id, null], 'only the actor differs');

    // The promise clocks treat both alike: past due, each is escalated with the same event; then each is missed.
    const eventsAbout = (id: string) =>
      server.events
        .filter((e) => e.data.commitmentId === id)
        .map(shape)
        .sort((a, b) => a.key.localeCompare(b.key));
    assert.deepEqual(eventsAbout(viaSweep.id), eventsAbout(viaApi.id));
    clock = new Date(viaApi.dueAt.getTime() + 60_000);
    await runTick(jobs);
    assert.ok(
      eventsAbout(viaApi.id).some((e) => e.type === 'commitment.overdue'),
      'an overdue follow-up is escalated',
    );
    assert.deepEqual(eventsAbout(viaSweep.id), eventsAbout(viaApi.id));
    const overdue = await server.call(supervisor, { method: 'GET', url: '/api/v1/commitments?overdue=true' });
    assert.equal(overdue.statusCode, 200, overdue.body);
    const listed = (JSON.parse(overdue.body) as { items: Array<Record<string, unknown>> }).items;
    const shown = (id: string) => withoutIds(listed.find((c) => c.id === id) ?? null);
    assert.ok(listed.some((c) => c.id === viaApi.id) && listed.some((c) => c.id === viaSweep.id));
    assert.deepEqual(shown(viaSweep.id), shown(viaApi.id));

    clock = new Date(viaApi.dueAt.getTime() + (server.ctx.config.DEFUSE_MISSED_AFTER_HOURS + 1) * 3_600_000);
    await runTick(jobs);
    // A day later the supervisor's session has expired: the admin (who logs in now) reads the cases.
    const detail = async (caseId: string, id: string) => {
      const read = await server.call(acme.admin, { method: 'GET', url: `/api/v1/cases/${caseId}` });
      assert.equal(read.statusCode, 200, read.body);
      const promise = (JSON.parse(read.body) as { commitments: Array<Record<string, unknown>> }).commitments.find(
        (c) => c.id === id,
      );
      return withoutIds(promise ?? null);
    };
    const missed = await detail(byApi.id, viaApi.id);
    assert.equal(missed.state, 'missed');
    assert.deepEqual(await detail(bySweep.id, viaSweep.id), missed);
  });
}

/** What must not depend on the door for an audited change: the entity, the action and the fields kept. */
const auditShape = (row: { entity: string; action: string; after: Record<string, unknown> | null }) => ({
  entity: row.entity,
  action: row.action,
  fields: Object.keys(row.after ?? {}).sort(),
});

/** What must not depend on the door for a created user: everything but its id, e-mail, org and timestamps. */
const userShape = (row: Record<string, unknown>) => {
  const {
    id: _id,
    email: _email,
    orgId: _org,
    teamId,
    passwordHash: _hash,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = row;
  return { ...rest, hasTeam: teamId !== null };
};

test('an org and a user created by the CLI and through the API are the same rows and audit entries, and emit no events; only the actor differs', async (t) => {
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
  const [cliOrg] = await store.db.select().from(organizations).where(eq(organizations.name, 'Initech'));
  const cliTrail = await store.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.orgId, cliOrg!.id))
    .orderBy(asc(auditEvents.seq));
  const cliUsers = await store.db.select().from(users).where(eq(users.orgId, cliOrg!.id)).orderBy(asc(users.createdAt));
  const cliTeams = await store.db.select().from(teams).where(eq(teams.orgId, cliOrg!.id));
  const cliOutbox = await store.db.select().from(webhookDeliveries);
  await store.close();

  const [pglite] = await backends();
  const server = await startTestServer(pglite!);
  t.after(() => server.close());
  const { admin } = server.orgs[0];
  // Acme's admin is an instance admin: the API's door for `defuse org create`.
  const createdOrg = await server.call(admin, {
    method: 'POST',
    url: '/api/v1/orgs',
    payload: { name: 'Initrode', admin: { email: 'boss@initrode.test', password: 'a long admin password' } },
  });
  assert.equal(createdOrg.statusCode, 201, createdOrg.body);
  const apiOrgId = (JSON.parse(createdOrg.body) as { organization: { id: string } }).organization.id;
  const created = await server.call(admin, {
    method: 'POST',
    url: '/api/v1/users',
    payload: { email: 'milton@acme.test', password: 'stapler stapler', role: 'supervisor' },
  });
  assert.equal(created.statusCode, 201, created.body);
  const { db } = server.store;
  const apiTrail = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.orgId, apiOrgId))
    .orderBy(asc(auditEvents.seq));
  const [apiUserAudit] = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.entityId, JSON.parse(created.body).id));

  // The org: its row, its "Front line" team, its first admin, and one audit entry each, in the same order.
  const [apiOrg] = await db.select().from(organizations).where(eq(organizations.id, apiOrgId));
  const orgShape = (row: typeof apiOrg) => ({
    settings: row!.settings,
    slugOfName: row!.slug === row!.name.toLowerCase(),
  });
  assert.deepEqual(orgShape(cliOrg), orgShape(apiOrg));
  const apiTeams = await db.select().from(teams).where(eq(teams.orgId, apiOrgId));
  assert.deepEqual(
    cliTeams.map((team) => team.name),
    apiTeams.map((team) => team.name),
  );
  const [apiAdmin] = await db.select().from(users).where(eq(users.orgId, apiOrgId));
  assert.deepEqual(userShape(cliUsers[0]!), userShape(apiAdmin!));
  const cliOrgTrail = cliTrail.filter((row) => row.entity !== 'user' || row.entityId === cliUsers[0]!.id);
  assert.deepEqual(cliOrgTrail.map(auditShape), apiTrail.map(auditShape));
  assert.deepEqual(
    cliOrgTrail.map((row) => [row.actorId, row.actorVia]),
    cliOrgTrail.map(() => [null, 'cli']),
  );
  assert.deepEqual(
    apiTrail.map((row) => [row.actorId, row.actorVia]),
    apiTrail.map(() => [admin.id, 'session']),
  );

  // The user: the same row and audit entry.
  const viaCli = cliTrail.find((row) => row.entity === 'user' && row.entityId === cliUsers[1]!.id)!;
  const [apiUser] = await db
    .select()
    .from(users)
    .where(eq(users.id, JSON.parse(created.body).id));
  assert.deepEqual(userShape(cliUsers[1]!), userShape(apiUser!));
  assert.deepEqual(auditShape(viaCli), auditShape(apiUserAudit!));
  assert.deepEqual([viaCli.actorId, viaCli.actorVia], [null, 'cli']);
  assert.deepEqual([apiUserAudit!.actorId, apiUserAudit!.actorVia], [admin.id, 'session']);

  // Neither door emits a domain event for these changes (there is none for tenants and users): nothing published
  // through the API, nothing in the CLI's outbox.
  assert.deepEqual(
    server.events.filter((event) => event.orgId === apiOrgId || event.orgId === admin.orgId),
    [],
  );
  assert.deepEqual(cliOutbox, []);
});
