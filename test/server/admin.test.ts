import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] admins manage users, teams and policy; changes take effect at once`, { skip: backend.skipReason }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme] = server.orgs;
    const { admin } = acme;
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => server.call(admin, { method, url, ...(payload ? { payload } : {}) });

    const team = await call('POST', '/api/v1/teams', { name: 'Retention' });
    assert.equal(team.statusCode, 201);
    assert.equal((await call('POST', '/api/v1/teams', { name: 'Retention' })).statusCode, 409, 'team names are unique');
    const teamId = JSON.parse(team.body).id as string;
    const created = await call('POST', '/api/v1/users', { email: 'newbie@acme.test', password: 'a fine password', role: 'agent', teamId });
    assert.equal(created.statusCode, 201);
    const newbie = JSON.parse(created.body) as { id: string; role: string };
    assert.equal((await call('POST', '/api/v1/users', { email: 'NEWBIE@acme.test', password: 'a fine password', role: 'agent' })).statusCode, 409);
    assert.equal((await call('POST', '/api/v1/users', { email: 'x@acme.test', password: 'short', role: 'agent' })).statusCode, 400);

    const login = async () => server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'newbie@acme.test', password: 'a fine password' } });
    const first = await login();
    assert.equal(first.statusCode, 200);
    const cookie = `defuse_session=${first.cookies.find((c) => c.name === 'defuse_session')!.value}`;
    assert.equal((await server.app.inject({ method: 'GET', url: '/api/v1/insights/qa', headers: { cookie } })).statusCode, 403);
    assert.equal((await call('PATCH', `/api/v1/users/${newbie.id}`, { role: 'supervisor' })).statusCode, 200);
    assert.equal((await server.app.inject({ method: 'GET', url: '/api/v1/insights/qa', headers: { cookie } })).statusCode, 200, 'a promotion applies to the open session');
    assert.equal((await call('PATCH', `/api/v1/users/${newbie.id}`, { active: false })).statusCode, 200);
    assert.equal((await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode, 401, 'a deactivated user is logged out');
    assert.equal((await login()).statusCode, 401);
    assert.equal((await call('PATCH', `/api/v1/users/${admin.id}`, { role: 'agent' })).statusCode, 400, 'an admin cannot demote themself');
    assert.equal((await call('PATCH', `/api/v1/users/${newbie.id}`, {})).statusCode, 400);
    const users = JSON.parse((await call('GET', '/api/v1/users')).body).items as Array<{ email: string }>;
    assert.ok(users.some((u) => u.email === 'newbie@acme.test'));
    assert.ok(!JSON.stringify(users).includes('scrypt'), 'no password hashes leave the server');

    assert.equal((await call('PATCH', '/api/v1/policy', { chaserMinutes: 30 })).statusCode, 200);
    assert.equal((await call('PATCH', '/api/v1/policy', { regulatoryPreset: 'no-such-preset' })).statusCode, 400);
    assert.equal((await server.call(acme.supervisor, { method: 'PATCH', url: '/api/v1/policy', payload: { chaserMinutes: 1 } })).statusCode, 403);
    const stored = await server.call(acme.agent, { method: 'POST', url: '/api/v1/conversations', payload: { conversation: HANGUP_CONVERSATION } });
    const body = JSON.parse(stored.body) as { createdAt: string; commitments: Array<{ dueAt: string }> };
    assert.equal(Date.parse(body.commitments[0]!.dueAt) - Date.parse(body.createdAt), 30 * 60_000, 'F5: the Chaser follows the org policy');
  });
}
