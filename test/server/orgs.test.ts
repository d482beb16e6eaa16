// POST /api/v1/orgs: an instance admin adds a tenant to a running instance; org, team and first admin are one
// audited transaction, and nothing is left behind when any part fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { auditEvents, organizations, teams, users } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { errorCode, PASSWORD, startTestServer } from './helpers.ts';

const body = (name: string, email: string) => ({ name, admin: { email, password: 'initech password', name: 'Bill' } });

for (const backend of await backends()) {
  test(`[${backend.name}] an instance admin creates an organization whose admin logs in and adds users`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;

    const created = await server.call(acme.admin, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: body('Initech', 'bill@initech.test'),
    });
    assert.equal(created.statusCode, 201, created.body);
    const out = JSON.parse(created.body);
    assert.equal(out.organization.slug, 'initech');
    assert.equal(out.team.name, 'Front line');
    assert.deepEqual(
      [out.admin.email, out.admin.role, out.admin.teamId, out.admin.instanceAdmin],
      ['bill@initech.test', 'admin', out.team.id, false],
    );

    // The new admin logs in, sees their org and adds a user through the existing admin route.
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'bill@initech.test', password: 'initech password' },
    });
    assert.equal(login.statusCode, 200, login.body);
    assert.equal(JSON.parse(login.body).orgId, out.organization.id);
    const cookie = `defuse_session=${login.cookies.find((c) => c.name === 'defuse_session')!.value}`;
    const user = await server.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie },
      payload: { email: 'milton@initech.test', password: 'stapler stapler', role: 'agent', teamId: out.team.id },
    });
    assert.equal(user.statusCode, 201, user.body);

    // Audited in the new org, as the instance admin's act (never the password).
    const trail = await server.store.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.orgId, out.organization.id))
      .orderBy(auditEvents.seq);
    assert.deepEqual(
      trail.slice(0, 3).map((r) => [r.entity, r.action, r.actorId, r.actorVia]),
      [
        ['organization', 'created', acme.admin.id, 'session'],
        ['team', 'created', acme.admin.id, 'session'],
        ['user', 'created', acme.admin.id, 'session'],
      ],
    );
    assert.ok(!JSON.stringify(trail).includes('initech password'), 'no password in the trail');

    // Refusals: an org admin who is not an instance admin, a supervisor, a taken name, bad input.
    const refused = await server.call(globex.admin, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: body('Globex 2', 'x@globex2.test'),
    });
    assert.equal(refused.statusCode, 403);
    assert.match(JSON.parse(refused.body).error.message, /only an instance admin may do this/);
    const bySupervisor = await server.call(acme.supervisor, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: body('Acme 2', 'x@acme2.test'),
    });
    assert.equal(bySupervisor.statusCode, 403);
    const taken = await server.call(acme.admin, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: body('initech', 'other@initech.test'),
    });
    assert.equal(taken.statusCode, 409);
    assert.match(JSON.parse(taken.body).error.message, /already exists/);
    const short = await server.call(acme.admin, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: { name: 'Short', admin: { email: 'a@short.test', password: 'short' } },
    });
    assert.equal(short.statusCode, 400);
    assert.equal(errorCode(short.body), 'invalid_input');
    const names = await server.store.db.select({ name: organizations.name }).from(organizations);
    assert.deepEqual(names.map((n) => n.name).sort(), ['Acme', 'Globex', 'Initech']);
    assert.ok(PASSWORD);
  });

  test(`[${backend.name}] a failure after the organization row is written leaves no org, team or user`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    // The database refuses this one admin row, after the organization and its team were inserted.
    await server.store.db.execute(sql`create function refuse_boom() returns trigger language plpgsql as $$
      begin
        if new.email = 'boom@halfway.test' then
          raise exception 'refused by the test' using errcode = '23514';
        end if;
        return new;
      end $$`);
    await server.store.db.execute(
      sql`create trigger refuse_boom before insert on users for each row execute function refuse_boom()`,
    );
    const response = await server.call(server.orgs[0].admin, {
      method: 'POST',
      url: '/api/v1/orgs',
      payload: body('Halfway', 'boom@halfway.test'),
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(
      (await server.store.db.select().from(organizations).where(eq(organizations.name, 'Halfway'))).length,
      0,
      'no organization row',
    );
    const [orphans] = await server.store.db
      .select({ n: sql<number>`count(*)::int` })
      .from(teams)
      .where(sql`${teams.orgId} not in (select ${organizations.id} from ${organizations})`);
    assert.equal(orphans?.n, 0, 'no team row');
    assert.equal(
      (await server.store.db.select().from(users).where(eq(users.email, 'boom@halfway.test'))).length,
      0,
      'no user row',
    );
  });
}
