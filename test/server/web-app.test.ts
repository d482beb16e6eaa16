import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Alert } from '../../src/server/live/alert-hub.ts';
import { CSP_NONCE_PLACEHOLDER, WEB_ROOT } from '../../src/server/plugins/web.ts';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer } from './helpers.ts';

const [backend] = await backends();

test('the web app: page URLs get index.html with a strict nonce CSP; /api/* and missing assets keep the JSON 404', async (t) => {
  const server = await startTestServer(backend!);
  t.after(() => server.close());
  const built = existsSync(join(WEB_ROOT, 'index.html'));
  for (const url of ['/', '/cases/123', '/login?next=%2Fpromises']) {
    const page = await server.app.inject({ method: 'GET', url, headers: { accept: 'text/html,*/*' } });
    assert.equal(page.statusCode, built ? 200 : 503, url);
    assert.match(page.headers['content-type'] as string, /^text\/html/);
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    const csp = page.headers['content-security-policy'] as string;
    const nonce = /style-src 'self' 'nonce-([^']+)'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self';",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ])
      assert.ok(csp.includes(directive), `${directive} in ${csp}`);
    assert.ok(!csp.includes('unsafe'), csp);
    if (built) {
      assert.ok(page.body.includes('<div id="root">'));
      assert.ok(!page.body.includes(CSP_NONCE_PLACEHOLDER), 'the placeholder is replaced');
      assert.ok(page.body.includes(`nonce="${nonce}"`), 'the page carries the nonce its CSP allows');
    }
  }
  const again = await server.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } });
  assert.notEqual(again.headers['content-security-policy'], undefined);
  assert.notEqual(
    /nonce-([^']+)/.exec(again.headers['content-security-policy'] as string)?.[1],
    /nonce-([^']+)/.exec(
      (await server.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html' } })).headers[
        'content-security-policy'
      ] as string,
    )?.[1],
    'a fresh nonce per response',
  );
  for (const url of ['/api/v1/nope', '/api/v1/cases/x/y/z', '/assets/missing-abc123.js']) {
    const miss = await server.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
    assert.equal(miss.statusCode, 404, url);
    assert.equal(errorCode(miss.body), 'not_found');
  }
  // A non-HTML client (fetch, curl) asking for an unknown page gets the JSON 404, not the app.
  const json = await server.app.inject({ method: 'GET', url: '/nowhere', headers: { accept: 'application/json' } });
  assert.equal(json.statusCode, 404);
});

test('CSRF: a cookie-authenticated mutation from another origin is refused with 403; same origin, no browser headers and bearer tokens pass', async (t) => {
  const server = await startTestServer(backend!);
  t.after(() => server.close());
  const [acme] = server.orgs;
  const cookie = await server.cookie(acme.agent);
  const create = (headers: Record<string, string>) =>
    server.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { host: 'defuse.example:3000', ...headers },
      payload: { name: 'Pat' },
    });

  const crossOrigin = await create({ cookie, origin: 'https://evil.example' });
  assert.equal(crossOrigin.statusCode, 403);
  assert.equal(errorCode(crossOrigin.body), 'forbidden');
  assert.match(
    JSON.parse(crossOrigin.body).error.message,
    /cross-origin request refused \(Origin: https:\/\/evil\.example\)/,
  );

  const crossSite = await create({ cookie, 'sec-fetch-site': 'cross-site' });
  assert.equal(crossSite.statusCode, 403);
  assert.match(JSON.parse(crossSite.body).error.message, /cross-site request refused/);
  const sameSiteOtherOrigin = await create({
    cookie,
    'sec-fetch-site': 'same-site',
    origin: 'http://other.defuse.example',
  });
  assert.equal(sameSiteOtherOrigin.statusCode, 403);
  const badOrigin = await create({ cookie, origin: 'null' });
  assert.equal(badOrigin.statusCode, 403);

  assert.equal(
    (await create({ cookie, origin: 'http://defuse.example:3000', 'sec-fetch-site': 'same-origin' })).statusCode,
    201,
  );
  assert.equal((await create({ cookie })).statusCode, 201, 'curl with a cookie: no browser, no forgery');
  // Reads are never refused (a cross-site GET cannot change anything and its answer is not readable cross-origin).
  const read = await server.app.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  });
  assert.equal(read.statusCode, 200);

  const tokenResponse = await server.app.inject({
    method: 'POST',
    url: '/api/v1/tokens',
    headers: { cookie, host: 'defuse.example:3000' },
    payload: { name: 'CRM' },
  });
  assert.equal(tokenResponse.statusCode, 201, tokenResponse.body);
  const { token } = JSON.parse(tokenResponse.body) as { token: string };
  const viaToken = await create({
    authorization: `Bearer ${token}`,
    origin: 'https://crm.example',
    'sec-fetch-site': 'cross-site',
  });
  assert.equal(viaToken.statusCode, 201, `bearer tokens are not sent by browsers on their own: ${viaToken.body}`);
});

test("POST /alerts/supervisor reaches the agent's team supervisors' live alerts, never another org's", async (t) => {
  const server = await startTestServer(backend!);
  t.after(() => server.close());
  const [acme, globex] = server.orgs;
  const mine: Alert[] = [];
  const theirs: Alert[] = [];
  const off = [
    server.ctx.alerts.subscribe(acme.id, acme.teamId, (a) => void mine.push(a)),
    server.ctx.alerts.subscribe(globex.id, null, (a) => void theirs.push(a)),
  ];
  t.after(() => {
    for (const unsubscribe of off) unsubscribe();
  });
  const sent = await server.call(acme.agent, {
    method: 'POST',
    url: '/api/v1/alerts/supervisor',
    payload: { message: 'the customer is being abusive: "you useless idiot"' },
  });
  assert.equal(sent.statusCode, 202, sent.body);
  assert.equal(mine.length, 1);
  assert.equal(mine[0]?.kind, 'abuse');
  assert.equal(mine[0]?.agentId, acme.agent.id);
  assert.match(mine[0]?.message ?? '', /asks for a supervisor: the customer is being abusive/);
  assert.equal(theirs.length, 0);

  const empty = await server.call(acme.agent, {
    method: 'POST',
    url: '/api/v1/alerts/supervisor',
    payload: { message: ' ' },
  });
  assert.equal(empty.statusCode, 400);
  assert.equal(
    (await server.call(null, { method: 'POST', url: '/api/v1/alerts/supervisor', payload: { message: 'x' } }))
      .statusCode,
    401,
  );
});
