// Accounts: e-mails unique per organization (not across), log-in that tells same-address accounts apart, a
// user's own password change and an admin's reset (sessions ended, audited, never the password), token expiry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq, inArray } from 'drizzle-orm';
import { auditEvents } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { errorCode, PASSWORD, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] one e-mail in two organizations: both exist, log-in picks by password or by org`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const addUser = (admin: typeof acme.admin, email: string, password: string) =>
      server.call(admin, { method: 'POST', url: '/api/v1/users', payload: { email, password, role: 'agent' } });
    assert.equal((await addUser(acme.admin, 'pat@shared.test', 'acme password 1')).statusCode, 201);
    const other = await addUser(globex.admin, 'Pat@Shared.test', 'globex password 2');
    assert.equal(other.statusCode, 201, 'no 409 telling Globex that Acme has this address');
    const again = await addUser(acme.admin, 'PAT@shared.test', 'whatever password');
    assert.equal(again.statusCode, 409);
    assert.match(JSON.parse(again.body).error.message, /already exists in this organization/);

    const login = (payload: object) => server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
    const orgOf = async (payload: object) => {
      const response = await login(payload);
      assert.equal(response.statusCode, 200, response.body);
      return JSON.parse(response.body).orgId as string;
    };
    assert.equal(await orgOf({ email: 'pat@shared.test', password: 'acme password 1' }), acme.id);
    assert.equal(await orgOf({ email: 'pat@shared.test', password: 'globex password 2' }), globex.id);
    assert.equal((await login({ email: 'pat@shared.test', password: 'neither of them' })).statusCode, 401);

    // The same password in both: the caller is asked which organization, and naming it works.
    await addUser(acme.admin, 'sam@shared.test', 'one password for both');
    await addUser(globex.admin, 'sam@shared.test', 'one password for both');
    const ambiguous = await login({ email: 'sam@shared.test', password: 'one password for both' });
    assert.equal(ambiguous.statusCode, 400);
    assert.equal(
      JSON.parse(ambiguous.body).error.message,
      'org: this e-mail and password open accounts in 2 organizations (acme, globex): log in again with "org" set to one of them',
    );
    assert.equal(
      await orgOf({ email: 'sam@shared.test', password: 'one password for both', org: 'Globex' }),
      globex.id,
    );
    assert.equal(
      (await login({ email: 'sam@shared.test', password: 'one password for both', org: 'initech' })).statusCode,
      401,
    );
  });

  test(`[${backend.name}] my password change ends my other sessions; an admin's reset ends all; both audited`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const session = async (email: string, password: string) => {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password },
      });
      assert.equal(response.statusCode, 200, response.body);
      return `defuse_session=${response.cookies.find((c) => c.name === 'defuse_session')!.value}`;
    };
    const me = (cookie: string) => server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const change = (cookie: string, payload: object) =>
      server.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: { cookie }, payload });

    const first = await session(acme.agent.email, PASSWORD);
    const second = await session(acme.agent.email, PASSWORD);
    const wrong = await change(first, { currentPassword: 'not it at all', newPassword: 'a brand new password' });
    assert.equal(wrong.statusCode, 400);
    assert.match(JSON.parse(wrong.body).error.message, /currentPassword: the current password is wrong/);
    const short = await change(first, { currentPassword: PASSWORD, newPassword: 'short' });
    assert.equal(short.statusCode, 400);
    const changed = await change(first, { currentPassword: PASSWORD, newPassword: 'a brand new password' });
    assert.equal(changed.statusCode, 204, changed.body);
    assert.equal((await me(first)).statusCode, 200, 'the session that changed it stays');
    assert.equal((await me(second)).statusCode, 401, 'the other session ended');
    const old = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: acme.agent.email, password: PASSWORD },
    });
    assert.equal(old.statusCode, 401);
    const agentNow = await session(acme.agent.email, 'a brand new password');

    // An admin resets another user's password: every session of theirs ends.
    const supervisor = await session(acme.supervisor.email, PASSWORD);
    const reset = (user: typeof acme.admin, id: string) =>
      server.call(user, {
        method: 'POST',
        url: `/api/v1/users/${id}/password`,
        payload: { newPassword: 'reset by the admin' },
      });
    const byAgent = await server.app.inject({
      method: 'POST',
      url: `/api/v1/users/${acme.supervisor.id}/password`,
      headers: { cookie: agentNow },
      payload: { newPassword: 'reset by the agent' },
    });
    assert.equal(byAgent.statusCode, 403, 'agents cannot reset');
    assert.equal((await reset(globex.admin, acme.supervisor.id)).statusCode, 404, "another org's user");
    const done = await reset(acme.admin, acme.supervisor.id);
    assert.equal(done.statusCode, 204, done.body);
    assert.equal((await me(supervisor)).statusCode, 401);
    await session(acme.supervisor.email, 'reset by the admin');

    const trail = await server.store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, acme.id), inArray(auditEvents.action, ['password_changed', 'password_reset'])))
      .orderBy(auditEvents.seq);
    assert.deepEqual(
      trail.map((r) => [r.action, r.entityId, r.actorId, r.after]),
      [
        ['password_changed', acme.agent.id, acme.agent.id, { sessionsEnded: 1 }],
        ['password_reset', acme.supervisor.id, acme.admin.id, { sessionsEnded: 1 }],
      ],
    );
    const json = JSON.stringify(trail);
    for (const secret of ['brand new', 'reset by the admin', 'scrypt']) assert.ok(!json.includes(secret));
  });

  test(`[${backend.name}] an API token with expiresAt stops working then, with a 401 that says so`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2026-12-06T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const { agent } = server.orgs[0];
    const create = (payload: object) => server.call(agent, { method: 'POST', url: '/api/v1/tokens', payload });
    const past = await create({ name: 'stale', expiresAt: '2026-12-06T08:00:00Z' });
    assert.equal(past.statusCode, 400);
    assert.equal(errorCode(past.body), 'invalid_input');
    const vague = await create({ name: 'vague', expiresAt: 'next week' });
    assert.equal(vague.statusCode, 400);
    const made = await create({ name: 'one hour', expiresAt: '2026-12-06T10:00:00Z' });
    assert.equal(made.statusCode, 201, made.body);
    const token = JSON.parse(made.body);
    assert.equal(token.expiresAt, '2026-12-06T10:00:00.000Z');
    const me = () =>
      server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token.token}` } });
    assert.equal((await me()).statusCode, 200);
    const listed = JSON.parse((await server.call(agent, { method: 'GET', url: '/api/v1/tokens' })).body);
    assert.equal(listed.items.find((i: { id: string }) => i.id === token.id).expiresAt, '2026-12-06T10:00:00.000Z');
    clock = new Date('2026-12-06T10:00:01Z');
    const expired = await me();
    assert.equal(expired.statusCode, 401);
    assert.equal(
      JSON.parse(expired.body).error.message,
      'this API token expired at 2026-12-06T10:00:00.000Z; create a new one (POST /api/v1/tokens)',
    );
  });
}
