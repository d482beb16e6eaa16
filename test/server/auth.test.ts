import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loginAttempts } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { errorCode, PASSWORD, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] log-in, /me, tokens and log-out`, { skip: backend.skipReason }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme] = server.orgs;

    const anonymous = await server.call(null, { method: 'GET', url: '/api/v1/me' });
    assert.equal(anonymous.statusCode, 401);
    assert.equal(errorCode(anonymous.body), 'unauthorized');

    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: acme.agent.email, password: 'nope' },
    });
    assert.equal(wrong.statusCode, 401);
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'who@x.test', password: PASSWORD },
    });
    assert.equal(unknown.statusCode, 401);
    assert.equal(
      JSON.parse(unknown.body).error.message,
      JSON.parse(wrong.body).error.message,
      'same message for unknown e-mail and wrong password',
    );

    const login = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: acme.agent.email.toUpperCase(), password: PASSWORD },
    });
    assert.equal(login.statusCode, 200);
    const cookie = login.cookies.find((c) => c.name === 'defuse_session');
    assert.ok(cookie?.httpOnly, 'session cookie is HttpOnly');
    assert.equal(cookie?.sameSite, 'Strict');
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `defuse_session=${cookie.value}` },
    });
    assert.equal(me.statusCode, 200);
    assert.deepEqual(
      { ...JSON.parse(me.body) },
      {
        id: acme.agent.id,
        orgId: acme.id,
        orgName: 'Acme',
        email: acme.agent.email,
        name: 'agent',
        role: 'agent',
        teamId: acme.teamId,
        via: 'session',
      },
    );

    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: `defuse_session=${cookie.value}` },
      payload: { name: 'CRM' },
    });
    assert.equal(created.statusCode, 201);
    const { token } = JSON.parse(created.body) as { token: string };
    assert.match(token, /^dfs_/);
    const viaToken = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(JSON.parse(viaToken.body).via, 'token');
    const badToken = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}x` },
    });
    assert.equal(badToken.statusCode, 401);
    const listed = await server.app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.deepEqual(
      JSON.parse(listed.body).items.map((t: { name: string }) => t.name),
      ['CRM'],
    );
    assert.ok(!listed.body.includes(token), 'a listed token never shows its secret');
    assert.ok(JSON.parse(listed.body).items[0].lastUsedAt, 'a used token shows when it was last used');
    const { id } = JSON.parse(created.body) as { id: string };
    const revoked = await server.app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${id}`,
      headers: { cookie: `defuse_session=${cookie.value}` },
    });
    assert.equal(revoked.statusCode, 204);
    assert.equal(
      (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
      401,
      'a revoked token stops working',
    );
    const malformed = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Basic abc' },
    });
    assert.equal(malformed.statusCode, 401);

    const logout = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: `defuse_session=${cookie.value}` },
    });
    assert.equal(logout.statusCode, 204);
    const after = await server.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `defuse_session=${cookie.value}` },
    });
    assert.equal(after.statusCode, 401);

    const rows = await server.store.db.select().from(loginAttempts);
    assert.ok(
      rows.some((r) => r.email === acme.agent.email && r.ok === false),
      'failed attempt logged',
    );
  });

  test(`[${backend.name}] bad log-in input is a 400 naming the field`, { skip: backend.skipReason }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const missing = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.test' },
    });
    assert.equal(missing.statusCode, 400);
    assert.match(JSON.parse(missing.body).error.message, /^body\.password: /);
    const notJson = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{nope',
    });
    assert.equal(notJson.statusCode, 400);
    assert.equal(errorCode(notJson.body), 'invalid_input');
  });
}
