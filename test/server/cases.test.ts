import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer, type SeededUser, type TestServer } from './helpers.ts';

async function json(
  server: TestServer,
  user: SeededUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: unknown,
  status = method === 'POST' ? 201 : 200,
) {
  const response = await server.call(user, {
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  assert.equal(response.statusCode, status, `${method} ${url}: ${response.body}`);
  return JSON.parse(response.body);
}

for (const backend of await backends()) {
  test(`[${backend.name}] cases: open, list with filters, search and cursor, edit, promise, concession approval, close`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const { agent, supervisor, otherAgent } = acme;

    const customer = await json(server, agent, 'POST', '/api/v1/customers', {
      name: 'Pat Customer',
      email: 'pat@example.com',
      monthlyRevenueCents: 5000,
      customerSince: '2020-01-01',
    });
    const opened = [];
    for (const issue of ['Internet drops every evening', 'Billed twice for March', 'Router never arrived']) {
      opened.push(
        await json(server, agent, 'POST', '/api/v1/cases', {
          customerId: customer.id,
          presentingIssue: issue,
          severity: 'high',
          teamId: acme.teamId,
          ownerId: agent.id,
        }),
      );
    }
    assert.equal(opened[0].state, 'received');

    const page1 = await json(server, agent, 'GET', '/api/v1/cases?limit=2');
    assert.equal(page1.items.length, 2);
    assert.ok(page1.nextCursor);
    const page2 = await json(server, agent, 'GET', `/api/v1/cases?limit=2&cursor=${page1.nextCursor}`);
    assert.equal(page2.items.length, 1);
    assert.equal(page2.nextCursor, null);
    assert.equal(new Set([...page1.items, ...page2.items].map((c: { id: string }) => c.id)).size, 3);
    const searched = await json(server, agent, 'GET', '/api/v1/cases?q=billed');
    assert.deepEqual(
      searched.items.map((c: { presentingIssue: string }) => c.presentingIssue),
      ['Billed twice for March'],
    );
    assert.equal(
      (await json(server, otherAgent, 'GET', '/api/v1/cases')).items.length,
      0,
      'agents see only their team',
    );
    assert.equal((await json(server, globex.admin, 'GET', '/api/v1/cases')).items.length, 0, 'other orgs see nothing');
    assert.equal(
      errorCode((await server.call(agent, { method: 'GET', url: '/api/v1/cases?cursor=garbage' })).body),
      'invalid_input',
    );
    assert.equal((await server.call(agent, { method: 'GET', url: '/api/v1/cases?state=lost' })).statusCode, 400);

    const kase = opened[0];
    const edited = await json(server, agent, 'PATCH', `/api/v1/cases/${kase.id}`, {
      underlyingIssue: 'Works from home; drops cost her clients',
    });
    assert.equal(edited.version, kase.version + 1);
    assert.equal(
      (await server.call(otherAgent, { method: 'PATCH', url: `/api/v1/cases/${kase.id}`, payload: { category: 'x' } }))
        .statusCode,
      404,
    );
    assert.equal(
      (await server.call(agent, { method: 'PATCH', url: `/api/v1/cases/${kase.id}`, payload: { bogus: 1 } }))
        .statusCode,
      400,
    );

    const due = new Date(Date.now() + 3_600_000).toISOString();
    const promise = await json(server, agent, 'POST', `/api/v1/cases/${kase.id}/commitments`, {
      kind: 'callback',
      dueAt: due,
      contact: { phone: '+1 555 0100' },
      steps: ['Call back with the engineer visit time'],
    });
    const mine = await json(server, agent, 'GET', '/api/v1/commitments?mine=true&state=open');
    assert.ok(mine.items.some((c: { id: string }) => c.id === promise.id));
    assert.equal((await json(server, agent, 'GET', '/api/v1/commitments?overdue=true')).items.length, 0);
    assert.equal(
      (await server.call(agent, { method: 'POST', url: `/api/v1/commitments/${promise.id}/complete`, payload: {} }))
        .statusCode,
      400,
    );
    const done = await json(
      server,
      agent,
      'POST',
      `/api/v1/commitments/${promise.id}/complete`,
      { outcome: 'Engineer booked for Tuesday' },
      200,
    );
    assert.equal(done.state, 'done');
    assert.ok(server.events.some((e) => e.type === 'commitment.completed' && e.data.commitmentId === promise.id));

    const advice = await json(server, agent, 'POST', '/api/v1/concessions/recommend', { caseId: kase.id }, 200);
    assert.ok(Array.isArray(advice.factors));
    const big = await json(server, agent, 'POST', `/api/v1/cases/${kase.id}/concessions`, {
      kind: 'refund',
      amountCents: 50_000,
      reason: 'refund of the annual fee',
    });
    assert.equal(big.status, 'proposed');
    assert.equal(big.requiresApproval, true);
    const denied = await server.call(agent, {
      method: 'POST',
      url: `/api/v1/concessions/${big.id}/decision`,
      payload: { decision: 'approve' },
    });
    assert.equal(denied.statusCode, 403, 'R5: agents cannot approve above the threshold');
    assert.equal(
      (
        await server.call(globex.supervisor, {
          method: 'POST',
          url: `/api/v1/concessions/${big.id}/decision`,
          payload: { decision: 'approve' },
        })
      ).statusCode,
      404,
    );
    const approved = await json(
      server,
      supervisor,
      'POST',
      `/api/v1/concessions/${big.id}/decision`,
      { decision: 'approve' },
      200,
    );
    assert.equal(approved.status, 'approved');
    assert.equal(approved.approvedBy, supervisor.id);

    await json(server, agent, 'POST', `/api/v1/cases/${kase.id}/transitions`, { action: 'investigate' }, 200);
    const bad = await server.call(agent, {
      method: 'POST',
      url: `/api/v1/cases/${kase.id}/transitions`,
      payload: { action: 'acknowledge' },
    });
    assert.equal(bad.statusCode, 409);
    assert.equal(errorCode(bad.body), 'invalid_transition');
    const closed = await json(
      server,
      agent,
      'POST',
      `/api/v1/cases/${kase.id}/transitions`,
      { action: 'resolve' },
      200,
    );
    assert.equal(closed.case.state, 'resolved');
    const detail = await json(server, supervisor, 'GET', `/api/v1/cases/${kase.id}`);
    assert.equal(detail.commitments.length >= 1, true);
    assert.ok(server.events.some((e) => e.type === 'case.created'));
  });
}
