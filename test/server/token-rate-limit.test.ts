// Per-token rate limits: an admin gives an integration's API token its own requests-per-minute budget; other
// callers keep the server default per user. Over the limit: 429 with Retry-After.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer } from './helpers.ts';

const pglite = (await backends()).find((b) => b.name === 'pglite')!;

test('[pglite] an admin sets a token its own rate limit; it is used instead of the per-user default', async (t) => {
  const server = await startTestServer(pglite, { config: { DEFUSE_API_MAX_PER_MINUTE: '8' } });
  t.after(() => server.close());
  const [acme, globex] = server.orgs;
  const makeToken = async (name: string) => {
    const response = await server.call(acme.agent, { method: 'POST', url: '/api/v1/tokens', payload: { name } });
    assert.equal(response.statusCode, 201, response.body);
    return JSON.parse(response.body) as { id: string; token: string };
  };
  const integration = await makeToken('crm sync');
  const plain = await makeToken('script');
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const limit = (user: typeof acme.admin, id: string, body: unknown) =>
    server.call(user, { method: 'PATCH', url: `/api/v1/tokens/${id}`, payload: body as object });

  // Who may set it, and what is accepted.
  assert.equal((await limit(acme.agent, integration.id, { rateLimitPerMinute: 20 })).statusCode, 403);
  assert.equal((await limit(globex.admin, integration.id, { rateLimitPerMinute: 20 })).statusCode, 404, 'other org');
  for (const bad of [{ rateLimitPerMinute: 0 }, { rateLimitPerMinute: 1.5 }, { rateLimitPerMinute: '20' }, {}]) {
    const response = await limit(acme.admin, integration.id, bad);
    assert.equal(response.statusCode, 400, JSON.stringify(bad));
    assert.equal(errorCode(response.body), 'invalid_input');
    assert.match(JSON.parse(response.body).error.message, /rateLimitPerMinute/, 'names the field');
  }
  const set = await limit(acme.admin, integration.id, { rateLimitPerMinute: 20 });
  assert.equal(set.statusCode, 200, set.body);
  assert.equal(JSON.parse(set.body).rateLimitPerMinute, 20);
  const listed = await server.call(acme.admin, { method: 'GET', url: `/api/v1/users/${acme.agent.id}/tokens` });
  assert.deepEqual(
    JSON.parse(listed.body)
      .items.map((x: { name: string; rateLimitPerMinute: number | null }) => [x.name, x.rateLimitPerMinute])
      .sort(),
    [
      ['crm sync', 20],
      ['script', null],
    ],
  );

  // The integration token: 20 a minute, its own budget.
  const statuses: number[] = [];
  for (let i = 0; i < 21; i += 1)
    statuses.push(
      (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(integration.token) })).statusCode,
    );
  assert.deepEqual(statuses.slice(0, 20), Array(20).fill(200));
  const over = await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(integration.token) });
  assert.equal(over.statusCode, 429);
  assert.equal(errorCode(over.body), 'rate_limited');
  assert.ok(Number(over.headers['retry-after']) > 0, 'Retry-After');

  // The agent's own budget (8 a minute: two token creations so far) was not touched by the integration's calls.
  assert.equal((await server.call(acme.agent, { method: 'GET', url: '/api/v1/me' })).statusCode, 200);
  // A token without its own limit shares the user's default budget: five calls left, then 429.
  const plainStatuses: number[] = [];
  for (let i = 0; i < 6; i += 1)
    plainStatuses.push(
      (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(plain.token) })).statusCode,
    );
  assert.deepEqual(plainStatuses, [200, 200, 200, 200, 200, 429]);

  const [audit] = (
    (await server.store.db.execute(
      sql`select before, after from audit_events where entity = 'api_token' and action = 'rate_limit_set'`,
    )) as unknown as { rows: Array<{ before: unknown; after: unknown }> }
  ).rows;
  assert.deepEqual(audit, { before: { rateLimitPerMinute: null }, after: { rateLimitPerMinute: 20 } });
});
