import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asc, eq } from 'drizzle-orm';
import { hashSecret } from '../../src/services/secret-token.ts';
import { listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { auditEvents, users } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { PASSWORD, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] admins manage users, teams and policy; changes take effect at once`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme] = server.orgs;
    const { admin } = acme;
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      server.call(admin, { method, url, ...(payload ? { payload } : {}) });

    const team = await call('POST', '/api/v1/teams', { name: 'Retention' });
    assert.equal(team.statusCode, 201);
    assert.equal((await call('POST', '/api/v1/teams', { name: 'Retention' })).statusCode, 409, 'team names are unique');
    const teamId = JSON.parse(team.body).id as string;
    const created = await call('POST', '/api/v1/users', {
      email: 'newbie@acme.test',
      password: 'a fine password',
      role: 'agent',
      teamId,
    });
    assert.equal(created.statusCode, 201);
    const newbie = JSON.parse(created.body) as { id: string; role: string };
    assert.equal(
      (await call('POST', '/api/v1/users', { email: 'NEWBIE@acme.test', password: 'a fine password', role: 'agent' }))
        .statusCode,
      409,
    );
    assert.equal(
      (await call('POST', '/api/v1/users', { email: 'x@acme.test', password: 'short', role: 'agent' })).statusCode,
      400,
    );

    const login = async () =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'newbie@acme.test', password: 'a fine password' },
      });
    const first = await login();
    assert.equal(first.statusCode, 200);
    const cookie = `defuse_session=${first.cookies.find((c) => c.name === 'defuse_session')!.value}`;
    assert.equal(
      (await server.app.inject({ method: 'GET', url: '/api/v1/insights/qa', headers: { cookie } })).statusCode,
      403,
    );
    assert.equal((await call('PATCH', `/api/v1/users/${newbie.id}`, { role: 'supervisor' })).statusCode, 200);
    assert.equal(
      (await server.app.inject({ method: 'GET', url: '/api/v1/insights/qa', headers: { cookie } })).statusCode,
      200,
      'a promotion applies to the open session',
    );
    assert.equal((await call('PATCH', `/api/v1/users/${newbie.id}`, { active: false })).statusCode, 200);
    assert.equal(
      (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode,
      401,
      'a deactivated user is logged out',
    );
    assert.equal((await login()).statusCode, 401);
    assert.equal(
      (await call('PATCH', `/api/v1/users/${admin.id}`, { role: 'agent' })).statusCode,
      400,
      'an admin cannot demote themself',
    );
    assert.equal((await call('PATCH', `/api/v1/users/${newbie.id}`, {})).statusCode, 400);
    const users = JSON.parse((await call('GET', '/api/v1/users')).body).items as Array<{ email: string }>;
    assert.ok(users.some((u) => u.email === 'newbie@acme.test'));
    assert.ok(!JSON.stringify(users).includes('scrypt'), 'no password hashes leave the server');

    assert.equal((await call('PATCH', '/api/v1/policy', { chaserMinutes: 30 })).statusCode, 200);
    assert.equal((await call('PATCH', '/api/v1/policy', { regulatoryPreset: 'no-such-preset' })).statusCode, 400);
    assert.equal(
      (await server.call(acme.supervisor, { method: 'PATCH', url: '/api/v1/policy', payload: { chaserMinutes: 1 } }))
        .statusCode,
      403,
    );
    const stored = await server.call(acme.agent, {
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { conversation: HANGUP_CONVERSATION },
    });
    const body = JSON.parse(stored.body) as { createdAt: string; commitments: Array<{ dueAt: string }> };
    assert.equal(
      Date.parse(body.commitments[0]!.dueAt) - Date.parse(body.createdAt),
      30 * 60_000,
      'F5: the Chaser follows the org policy',
    );
  });
}

for (const backend of await backends()) {
  test(`[${backend.name}] every admin change writes exactly one audit row (actor, changed fields, no secrets); refusals write none`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const { admin } = acme;
    const db = server.store.db;
    const trail = () =>
      db.select().from(auditEvents).where(eq(auditEvents.orgId, acme.id)).orderBy(asc(auditEvents.seq));
    let seen = (await trail()).length;
    /** The audit rows written since the last look. */
    const fresh = async () => {
      const rows = await trail();
      const added = rows.slice(seen);
      seen = rows.length;
      return added;
    };
    const one = async (what: string) => {
      const added = await fresh();
      assert.equal(
        added.length,
        1,
        `${what}: exactly one audit row (got ${added.map((r) => `${r.entity}.${r.action}`).join(', ') || 'none'})`,
      );
      return added[0]!;
    };
    const none = async (what: string) =>
      assert.deepEqual(
        (await fresh()).map((r) => `${r.entity}.${r.action}`),
        [],
        `${what}: no audit row`,
      );
    const asAdmin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      server.call(admin, { method, url, ...(payload ? { payload } : {}) });
    const bySession = { actorId: admin.id, actorVia: 'session', actorTokenId: null };

    // Teams.
    const team = await asAdmin('POST', '/api/v1/teams', { name: 'Retention' });
    assert.equal(team.statusCode, 201);
    const teamId = JSON.parse(team.body).id as string;
    let row = await one('team created');
    assert.deepEqual(
      {
        entity: row.entity,
        entityId: row.entityId,
        action: row.action,
        actorId: row.actorId,
        actorVia: row.actorVia,
        actorTokenId: row.actorTokenId,
        before: row.before,
        after: row.after,
      },
      { entity: 'team', entityId: teamId, action: 'created', ...bySession, before: null, after: { name: 'Retention' } },
    );
    assert.equal((await asAdmin('POST', '/api/v1/teams', { name: 'Retention' })).statusCode, 409);
    assert.equal((await asAdmin('POST', '/api/v1/teams', { name: '' })).statusCode, 400);
    assert.equal(
      (await server.call(acme.supervisor, { method: 'POST', url: '/api/v1/teams', payload: { name: 'Rogue' } }))
        .statusCode,
      403,
    );
    await none('refused team creations');

    // Users: create, promote, move, deactivate.
    const created = await asAdmin('POST', '/api/v1/users', {
      email: 'newbie@acme.test',
      password: 'a fine password',
      role: 'agent',
      teamId,
    });
    assert.equal(created.statusCode, 201);
    const newbie = JSON.parse(created.body) as { id: string };
    row = await one('user created');
    assert.deepEqual(
      [row.entity, row.entityId, row.action, row.actorId, row.actorVia],
      ['user', newbie.id, 'created', admin.id, 'session'],
    );
    assert.deepEqual(row.before, null);
    assert.deepEqual(row.after, { email: 'newbie@acme.test', name: 'newbie', role: 'agent', teamId, active: true });
    assert.equal(
      (
        await asAdmin('POST', '/api/v1/users', {
          email: 'NEWBIE@acme.test',
          password: 'a fine password',
          role: 'agent',
        })
      ).statusCode,
      409,
    );
    assert.equal(
      (await asAdmin('POST', '/api/v1/users', { email: 'x@acme.test', password: 'short', role: 'agent' })).statusCode,
      400,
    );
    assert.equal(
      (await asAdmin('POST', '/api/v1/users', { email: 'x@acme.test', password: 'a fine password', role: 'owner' }))
        .statusCode,
      400,
    );
    assert.equal(
      (
        await server.call(acme.supervisor, {
          method: 'POST',
          url: '/api/v1/users',
          payload: { email: 'y@acme.test', password: 'a fine password', role: 'agent' },
        })
      ).statusCode,
      403,
    );
    await none('refused user creations');

    assert.equal((await asAdmin('PATCH', `/api/v1/users/${newbie.id}`, { role: 'supervisor' })).statusCode, 200);
    row = await one('role change');
    assert.deepEqual(
      [row.entity, row.entityId, row.action, row.actorId, row.before, row.after],
      ['user', newbie.id, 'updated', admin.id, { role: 'agent' }, { role: 'supervisor' }],
    );
    assert.equal(
      (await asAdmin('PATCH', `/api/v1/users/${newbie.id}`, { teamId: null, name: 'New Bie' })).statusCode,
      200,
    );
    row = await one('team and name change');
    assert.deepEqual(
      [row.before, row.after],
      [
        { name: 'newbie', teamId },
        { name: 'New Bie', teamId: null },
      ],
    );
    assert.equal((await asAdmin('PATCH', `/api/v1/users/${newbie.id}`, { active: false })).statusCode, 200);
    row = await one('deactivation');
    assert.deepEqual([row.before, row.after], [{ active: true }, { active: false }]);
    assert.equal((await asAdmin('PATCH', `/api/v1/users/${newbie.id}`, { active: false })).statusCode, 200);
    await none('a patch that changes nothing');
    assert.equal((await asAdmin('PATCH', `/api/v1/users/${admin.id}`, { role: 'agent' })).statusCode, 400);
    assert.equal((await asAdmin('PATCH', `/api/v1/users/${newbie.id}`, {})).statusCode, 400);
    assert.equal(
      (await asAdmin('PATCH', `/api/v1/users/${newbie.id}`, { teamId: globex.teamId })).statusCode,
      400,
      "another org's team",
    );
    assert.equal(
      (await asAdmin('PATCH', `/api/v1/users/${globex.agent.id}`, { role: 'admin' })).statusCode,
      404,
      "another org's user",
    );
    assert.equal(
      (
        await server.call(acme.supervisor, {
          method: 'PATCH',
          url: `/api/v1/users/${acme.agent.id}`,
          payload: { role: 'admin' },
        })
      ).statusCode,
      403,
    );
    await none('refused user changes');

    // Policy.
    const defaults = JSON.parse((await asAdmin('GET', '/api/v1/policy')).body) as { chaserMinutes: number };
    const chaserMinutes = defaults.chaserMinutes + 7;
    assert.equal((await asAdmin('PATCH', '/api/v1/policy', { chaserMinutes })).statusCode, 200);
    row = await one('policy change');
    assert.deepEqual(
      [row.entity, row.entityId, row.action, row.actorId, row.actorVia],
      ['policy', acme.id, 'updated', admin.id, 'session'],
    );
    assert.deepEqual(
      [row.before, row.after],
      [{ chaserMinutes: defaults.chaserMinutes }, { chaserMinutes }],
      'only the changed setting',
    );
    assert.equal((await asAdmin('PATCH', '/api/v1/policy', { regulatoryPreset: 'no-such-preset' })).statusCode, 400);
    assert.equal((await asAdmin('PATCH', '/api/v1/policy', { chaserMinutes: 0 })).statusCode, 400);
    assert.equal(
      (await server.call(acme.supervisor, { method: 'PATCH', url: '/api/v1/policy', payload: { chaserMinutes: 1 } }))
        .statusCode,
      403,
    );
    await none('refused policy changes');

    // API tokens, then webhooks managed through one (the actor names the token).
    const tokenResponse = await asAdmin('POST', '/api/v1/tokens', { name: 'CI' });
    assert.equal(tokenResponse.statusCode, 201);
    const { id: tokenId, token } = JSON.parse(tokenResponse.body) as { id: string; token: string };
    row = await one('token created');
    assert.deepEqual(
      [row.entity, row.entityId, row.action, row.actorId, row.actorVia, row.before, row.after],
      ['api_token', tokenId, 'created', admin.id, 'session', null, { name: 'CI', userId: admin.id }],
    );
    assert.equal((await asAdmin('POST', '/api/v1/tokens', {})).statusCode, 400);
    await none('refused token creation');

    const viaToken = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      server.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      });
    const byToken = { actorId: admin.id, actorVia: 'token', actorTokenId: tokenId };
    const hookResponse = await viaToken('POST', '/api/v1/webhooks', {
      url: 'https://hooks.acme.test/defuse',
      eventTypes: ['case.created'],
    });
    assert.equal(hookResponse.statusCode, 201);
    const hook = JSON.parse(hookResponse.body) as { id: string; secret: string };
    row = await one('webhook created');
    assert.deepEqual(
      {
        entity: row.entity,
        entityId: row.entityId,
        action: row.action,
        actorId: row.actorId,
        actorVia: row.actorVia,
        actorTokenId: row.actorTokenId,
        before: row.before,
        after: row.after,
      },
      {
        entity: 'webhook',
        entityId: hook.id,
        action: 'created',
        ...byToken,
        before: null,
        after: { url: 'https://hooks.acme.test/defuse', eventTypes: ['case.created'], active: true },
      },
    );
    assert.equal((await viaToken('PATCH', `/api/v1/webhooks/${hook.id}`, { active: false })).statusCode, 200);
    row = await one('webhook paused');
    assert.deepEqual(
      [row.action, row.actorVia, row.actorTokenId, row.before, row.after],
      ['paused', 'token', tokenId, { active: true }, { active: false }],
    );
    assert.equal((await asAdmin('PATCH', `/api/v1/webhooks/${hook.id}`, { active: true })).statusCode, 200);
    row = await one('webhook resumed');
    assert.deepEqual(
      [row.action, row.actorVia, row.before, row.after],
      ['resumed', 'session', { active: false }, { active: true }],
    );
    assert.equal(
      (
        await asAdmin('PATCH', `/api/v1/webhooks/${hook.id}`, {
          url: 'https://hooks.acme.test/v2',
          eventTypes: ['case.created', 'case.closed'],
        })
      ).statusCode,
      200,
    );
    row = await one('webhook URL and events changed');
    assert.deepEqual(
      [row.action, row.before, row.after],
      [
        'updated',
        { url: 'https://hooks.acme.test/defuse', eventTypes: ['case.created'] },
        { url: 'https://hooks.acme.test/v2', eventTypes: ['case.created', 'case.closed'] },
      ],
    );
    assert.equal((await asAdmin('PATCH', `/api/v1/webhooks/${hook.id}`, { url: 'ftp://nope' })).statusCode, 400);
    assert.equal((await asAdmin('PATCH', `/api/v1/webhooks/${globex.id}`, { active: false })).statusCode, 404);
    assert.equal(
      (
        await server.call(acme.supervisor, {
          method: 'PATCH',
          url: `/api/v1/webhooks/${hook.id}`,
          payload: { active: false },
        })
      ).statusCode,
      403,
    );
    assert.equal(
      (
        await server.call(acme.supervisor, {
          method: 'POST',
          url: '/api/v1/webhooks',
          payload: { url: 'https://x.test' },
        })
      ).statusCode,
      403,
    );
    assert.equal((await asAdmin('POST', '/api/v1/webhooks', { url: 'ftp://x' })).statusCode, 400);
    await none('refused webhook changes');
    assert.equal((await viaToken('DELETE', `/api/v1/webhooks/${hook.id}`)).statusCode, 204);
    row = await one('webhook deleted');
    assert.deepEqual([row.action, row.actorVia, row.actorTokenId], ['deleted', 'token', tokenId]);

    assert.equal((await asAdmin('DELETE', `/api/v1/tokens/${tokenId}`)).statusCode, 204);
    row = await one('token revoked');
    assert.deepEqual(
      [row.entity, row.entityId, row.action, row.actorId, (row.before as { revokedAt: unknown }).revokedAt],
      ['api_token', tokenId, 'revoked', admin.id, null],
    );
    assert.equal(typeof (row.after as { revokedAt: unknown }).revokedAt, 'string');
    assert.equal((await asAdmin('DELETE', `/api/v1/tokens/${tokenId}`)).statusCode, 404);
    assert.equal(
      (await server.call(acme.supervisor, { method: 'DELETE', url: `/api/v1/tokens/${tokenId}` })).statusCode,
      404,
      "someone else's token",
    );
    await none('refused revocations');

    // The trail is readable per entity like any other, and holds no secret anywhere.
    assert.deepEqual(
      (await listAuditFor(db, acme.id, 'user', newbie.id)).map((r) => r.action),
      ['created', 'updated', 'updated', 'updated'],
    );
    assert.deepEqual(
      (await listAuditFor(db, acme.id, 'webhook', hook.id)).map((r) => r.action),
      ['created', 'paused', 'resumed', 'updated', 'deleted'],
    );
    const everything = JSON.stringify(await db.select().from(auditEvents));
    for (const secret of [
      PASSWORD,
      'a fine password',
      'scrypt',
      token,
      hashSecret(token),
      hook.secret,
      'whsec_',
      'dfs_',
    ]) {
      assert.ok(!everything.includes(secret), `no audit row holds ${secret.slice(0, 6)}…`);
    }
    const hashes = await db.select({ h: users.passwordHash }).from(users);
    for (const { h } of hashes) if (h) assert.ok(!everything.includes(h), 'no password hash in the trail');
  });
}
