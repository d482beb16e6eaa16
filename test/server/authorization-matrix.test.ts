// Walks every route × role × org: no cross-org read or write, no role escalation, bad input is a clear 4xx.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, type Action } from '../../src/server/auth/permissions.ts';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { startTestServer, type SeededUser, type TestServer } from './helpers.ts';

interface Fixture {
  customerId: string;
  caseId: string;
  commitmentId: string;
  concessionId: string;
  conversationId: string;
  webhookId: string;
  spareUserId: string;
  tokenId: string;
  rootCauseId: string;
  deliveryId: string;
}

let unique = 0;
const due = () => new Date(Date.now() + 86_400_000).toISOString();

/** A valid body for every route that takes one, pointing at org A's rows where it names any. */
const bodies = (a: Fixture): Record<string, () => unknown> => ({
  'POST /api/v1/tokens': () => ({ name: 'matrix' }),
  // A wrong current password: a 400 for everyone, so the walk changes nobody's password.
  'POST /api/v1/me/password': () => ({ currentPassword: 'not the password', newPassword: 'long enough password' }),
  'POST /api/v1/users/:id/password': () => ({ newPassword: 'long enough password' }),
  'POST /api/v1/analyze': () => HANGUP_CONVERSATION,
  'POST /api/v1/lint': () => ({ reply: 'I am sorry about the outage.' }),
  'POST /api/v1/alerts/supervisor': () => ({ message: 'The customer is shouting at me' }),
  'POST /api/v1/conversations': () => ({ conversation: HANGUP_CONVERSATION, customerId: a.customerId }),
  'POST /api/v1/customers': () => ({ name: `Matrix ${++unique}` }),
  'POST /api/v1/cases': () => ({ customerId: a.customerId, presentingIssue: 'Matrix case' }),
  'PATCH /api/v1/cases/:id': () => ({ category: 'matrix' }),
  'POST /api/v1/cases/:id/transitions': () => ({ action: 'acknowledge' }),
  'POST /api/v1/cases/:id/commitments': () => ({
    kind: 'callback',
    dueAt: due(),
    contact: { phone: '555' },
    steps: ['call'],
  }),
  'POST /api/v1/commitments/:id/complete': () => ({ outcome: 'done' }),
  'POST /api/v1/commitments/:id/waive': () => ({ reason: 'customer asked' }),
  'POST /api/v1/commitments/:id/handover': () => ({ toUserId: a.spareUserId, note: 'matrix hand-over' }),
  'POST /api/v1/concessions/recommend': () => ({ caseId: a.caseId }),
  'POST /api/v1/cases/:id/concessions': () => ({ kind: 'refund', amountCents: 50_000, reason: 'matrix' }),
  'POST /api/v1/concessions/:id/decision': () => ({ decision: 'reject' }),
  'POST /api/v1/webhooks': () => ({ url: 'http://127.0.0.1:9/hook' }),
  'POST /api/v1/users': () => ({
    email: `escalate${++unique}@matrix.test`,
    password: 'long enough password',
    role: 'admin',
  }),
  'PATCH /api/v1/users/:id': () => ({ role: 'admin' }),
  'PATCH /api/v1/tokens/:id': () => ({ rateLimitPerMinute: 600 }),
  'POST /api/v1/teams': () => ({ name: `Matrix team ${++unique}` }),
  'PATCH /api/v1/policy': () => ({ chaserMinutes: 15 }),
  'PATCH /api/v1/webhooks/:id': () => ({ active: true }),
  'PATCH /api/v1/customers/:id': () => ({ plan: `matrix ${++unique}` }),
  'POST /api/v1/cases/:id/notes': () => ({ body: 'Matrix note' }),
  'POST /api/v1/root-causes': () => ({ name: `Matrix cause ${++unique}` }),
  'PATCH /api/v1/root-causes/:id': () => ({ description: `matrix ${++unique}` }),
  'POST /api/v1/orgs': () => ({
    name: `Matrix org ${++unique}`,
    admin: { email: `first${unique}@matrix.test`, password: 'long enough password' },
  }),
});

/** Which of org A's rows a `:id` route addresses. */
function idFor(url: string, a: Fixture): string {
  const table: Array<[string, string]> = [
    ['/api/v1/cases/', a.caseId],
    ['/api/v1/commitments/', a.commitmentId],
    ['/api/v1/concessions/', a.concessionId],
    ['/api/v1/conversations/', a.conversationId],
    ['/api/v1/customers/', a.customerId],
    ['/api/v1/webhooks/', a.webhookId],
    ['/api/v1/users/', a.spareUserId],
    ['/api/v1/tokens/', a.tokenId],
    ['/api/v1/root-causes/', a.rootCauseId],
  ];
  const hit = table.find(([prefix]) => url.startsWith(prefix));
  if (!hit) throw new Error(`no fixture for ${url}`);
  return hit[1];
}

/** Body routes that name org A's rows in the body rather than the path. */
const REFERENCES_OTHER_ORG = new Set([
  'POST /api/v1/conversations',
  'POST /api/v1/cases',
  'POST /api/v1/concessions/recommend',
]);

async function fixture(server: TestServer): Promise<Fixture> {
  const { agent, admin, orgs } = { ...server.orgs[0], orgs: server.orgs };
  const call = async (user: SeededUser, method: 'POST', url: string, payload: object) => {
    const response = await server.call(user, { method, url, payload });
    assert.ok(response.statusCode < 300, `${url}: ${response.body}`);
    return JSON.parse(response.body) as { id: string };
  };
  const customer = await call(agent, 'POST', '/api/v1/customers', { name: 'Ada' });
  const kase = await call(agent, 'POST', '/api/v1/cases', {
    customerId: customer.id,
    presentingIssue: 'Broken',
    teamId: orgs[0].teamId,
    ownerId: agent.id,
  });
  const commitment = await call(agent, 'POST', `/api/v1/cases/${kase.id}/commitments`, {
    kind: 'callback',
    dueAt: due(),
    contact: { phone: '1' },
    steps: ['x'],
  });
  const concession = await call(agent, 'POST', `/api/v1/cases/${kase.id}/concessions`, {
    kind: 'refund',
    amountCents: 50_000,
    reason: 'fixture',
  });
  const conversation = await call(agent, 'POST', '/api/v1/conversations', { conversation: HANGUP_CONVERSATION });
  const webhook = await call(admin, 'POST', '/api/v1/webhooks', { url: 'http://127.0.0.1:9/a' });
  const spare = await call(admin, 'POST', '/api/v1/users', {
    email: 'spare@acme.test',
    password: 'long enough password',
    role: 'agent',
    teamId: orgs[0].teamId,
  });
  const token = await call(agent, 'POST', '/api/v1/tokens', { name: 'fixture' });
  const rootCause = await call(admin, 'POST', '/api/v1/root-causes', { name: 'Fixture cause' });
  const delivery = await call(admin, 'POST', `/api/v1/webhooks/${webhook.id}/test`, {});
  return {
    tokenId: token.id,
    rootCauseId: rootCause.id,
    deliveryId: delivery.id,
    customerId: customer.id,
    caseId: kase.id,
    commitmentId: commitment.id,
    concessionId: concession.id,
    conversationId: conversation.id,
    webhookId: webhook.id,
    spareUserId: spare.id,
  };
}

for (const backend of await backends()) {
  test(`[${backend.name}] authorization matrix: every route × role × org`, {
    skip: backend.skipReason,
    timeout: 600_000,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const a = await fixture(server);
    const samples = bodies(a);
    const routes = server.app.routeTable.filter((r) => r.permission !== null && !r.isWebSocket);
    assert.ok(routes.length >= 30, `walks ${routes.length} routes`);
    assert.ok(
      routes.some((r) => r.method === 'DELETE' && r.url === '/api/v1/webhooks/:id'),
      'walks DELETE /webhooks/:id',
    );
    for (const r of routes.filter((route) => route.hasBody))
      assert.ok(samples[`${r.method} ${r.url}`], `a sample body for ${r.method} ${r.url}`);

    // Bearer tokens, so that walking POST /auth/logout does not end the sessions the walk uses.
    const tokens = new Map<string, string>();
    for (const user of [acme.admin, acme.supervisor, acme.agent, globex.admin, globex.supervisor, globex.agent]) {
      const response = await server.call(user, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'matrix' } });
      tokens.set(user.email, JSON.parse(response.body).token);
    }
    const request = (user: SeededUser | null, method: string, url: string, payload?: unknown) =>
      server.app.inject({
        method: method as 'GET',
        url,
        headers: user ? { authorization: `Bearer ${tokens.get(user.email)}` } : {},
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const concrete = (url: string, id: string) => url.replace(':deliveryId', a.deliveryId).replace(':id', id);
    // One route called by one user on org A's rows, with a label for assertions; the response must never be a 5xx.
    const walk = async (user: SeededUser, r: (typeof routes)[number]) => {
      const key = `${r.method} ${r.url}`;
      const url = r.url.includes(':id') ? concrete(r.url, idFor(r.url, a)) : r.url;
      const response = await request(user, r.method, url, samples[key]?.());
      const label = `${user.email} ${key} → ${response.statusCode} ${response.body.slice(0, 200)}`;
      assert.ok(response.statusCode < 500, label);
      return { key, response, label };
    };
    const aIds = Object.values(a);

    // 1. Anonymous: every route is 401.
    for (const r of routes) {
      const response = await request(
        null,
        r.method,
        concrete(r.url, idFor(r.url.includes(':id') ? r.url : '/api/v1/cases/', a)),
        samples[`${r.method} ${r.url}`]?.(),
      );
      assert.equal(response.statusCode, 401, `anonymous ${r.method} ${r.url}`);
    }

    // 2. Another org's users, every role: 403 by role, else 404 for org A's rows; lists never show them.
    const before = JSON.parse((await request(acme.admin, 'GET', `/api/v1/cases/${a.caseId}`)).body);
    for (const user of [globex.agent, globex.supervisor, globex.admin]) {
      for (const r of routes) {
        const { key, response, label } = await walk(user, r);
        if (!can(user.role, r.permission as Action)) assert.equal(response.statusCode, 403, label);
        else if (r.url.includes(':id') || REFERENCES_OTHER_ORG.has(key)) assert.equal(response.statusCode, 404, label);
        else assert.ok(!aIds.some((id) => response.body.includes(id)), `${label}: shows another org's rows`);
      }
    }
    const after = JSON.parse((await request(acme.admin, 'GET', `/api/v1/cases/${a.caseId}`)).body);
    assert.deepEqual(after, before, 'org A case untouched by org B');
    const spare = JSON.parse((await request(acme.admin, 'GET', '/api/v1/users')).body).items.find(
      (u: { id: string }) => u.id === a.spareUserId,
    );
    assert.equal(spare.role, 'agent', 'no cross-org role escalation');
    const concession = JSON.parse((await request(acme.admin, 'GET', `/api/v1/cases/${a.caseId}/concessions`)).body)
      .items[0];
    assert.equal(concession.status, 'proposed', 'org B could not decide org A concessions');

    // 3. Same org, every role: below the declared role is 403; at or above it is never 401/403/5xx.
    for (const user of [acme.agent, acme.supervisor, acme.admin]) {
      for (const r of routes) {
        const { response, label } = await walk(user, r);
        if (can(user.role, r.permission as Action)) assert.ok(![401, 403].includes(response.statusCode), label);
        else assert.equal(response.statusCode, 403, label);
      }
    }

    // 3b. The escalation paths, stated independently of the permission table.
    const mustRefuse: Array<[SeededUser, string, string, unknown]> = [
      [acme.agent, 'POST', '/api/v1/users', samples['POST /api/v1/users']!()],
      [acme.supervisor, 'POST', '/api/v1/users', samples['POST /api/v1/users']!()],
      [acme.agent, 'PATCH', `/api/v1/users/${acme.agent.id}`, { role: 'admin' }],
      [acme.supervisor, 'PATCH', `/api/v1/users/${acme.supervisor.id}`, { role: 'admin' }],
      [acme.agent, 'POST', '/api/v1/webhooks', samples['POST /api/v1/webhooks']!()],
      [acme.supervisor, 'POST', '/api/v1/webhooks', samples['POST /api/v1/webhooks']!()],
      [acme.agent, 'DELETE', `/api/v1/webhooks/${a.webhookId}`, undefined],
      [acme.supervisor, 'DELETE', `/api/v1/webhooks/${a.webhookId}`, undefined],
      [acme.agent, 'POST', `/api/v1/concessions/${a.concessionId}/decision`, { decision: 'approve' }],
      [acme.agent, 'GET', '/api/v1/insights/qa', undefined],
      // An org admin who is not an instance admin cannot create tenants.
      [globex.admin, 'POST', '/api/v1/orgs', samples['POST /api/v1/orgs']!()],
      [acme.supervisor, 'POST', '/api/v1/orgs', samples['POST /api/v1/orgs']!()],
    ];
    for (const [user, method, url, payload] of mustRefuse) {
      assert.equal((await request(user, method, url, payload)).statusCode, 403, `${user.role} ${method} ${url}`);
    }

    // 4. Bad input to every route: a 4xx with a one-line message naming the problem, never a 5xx.
    for (const r of routes) {
      const attempts: Array<[string, unknown]> = [];
      if (r.url.includes(':id')) attempts.push([concrete(r.url, 'not-a-uuid'), samples[`${r.method} ${r.url}`]?.()]);
      if (r.hasBody) {
        const url = r.url.includes(':id') ? concrete(r.url, idFor(r.url, a)) : r.url;
        attempts.push([url, { unexpected: ['shape'] }], [url, [1, 2, 3]], [url, 'not json at all']);
      }
      if (r.method === 'GET' && !r.url.includes(':id'))
        attempts.push([`${r.url}?limit=-1&days=0&state=nope&cursor=%%%`, undefined]);
      for (const [url, payload] of attempts) {
        const response = await request(acme.admin, r.method, url, payload);
        if (r.method === 'GET' && response.statusCode === 200) continue; // a list without query parameters ignores them
        const label = `bad input ${r.method} ${url} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        assert.ok(response.statusCode >= 400 && response.statusCode < 500, label);
        const body = JSON.parse(response.body) as { error: { code: string; message: string } };
        assert.ok(body.error.code && body.error.message && !body.error.message.includes('\n'), label);
      }
    }
  });
}
