// Concessions over HTTP: a reason on each, the case total against the approval threshold, and the supervisors'
// queue (GET /concessions?status=pending), scoped to their organization.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] GET /concessions?status=pending lists what waits for a supervisor, with why`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const as = (user: typeof acme.agent, method: 'GET' | 'POST', url: string, payload?: object) =>
      server.call(user, { method, url, ...(payload ? { payload } : {}) });
    const customer = JSON.parse((await as(acme.agent, 'POST', '/api/v1/customers', { name: 'Dana' })).body);
    const kase = JSON.parse(
      (
        await as(acme.agent, 'POST', '/api/v1/cases', {
          customerId: customer.id,
          presentingIssue: 'Charged twice',
          companyAtFault: true,
          ownerId: acme.agent.id,
        })
      ).body,
    );
    const url = `/api/v1/cases/${kase.id}/concessions`;
    const refund = await as(acme.agent, 'POST', url, {
      kind: 'refund',
      amountCents: 8_999,
      reason: 'duplicate charge',
    });
    assert.equal(refund.statusCode, 201, refund.body);
    assert.equal(JSON.parse(refund.body).status, 'approved');
    const goodwill = await as(acme.agent, 'POST', url, { kind: 'goodwill', amountCents: 3_500, reason: 'time lost' });
    assert.equal(goodwill.statusCode, 201);
    const waiting = JSON.parse(goodwill.body);
    assert.equal(waiting.status, 'proposed');
    assert.match(waiting.approvalReason, /the total 124\.99 USD is above the 100\.00 USD approval threshold/);

    const noReason = await as(acme.agent, 'POST', url, { kind: 'refund', amountCents: 100 });
    assert.equal(noReason.statusCode, 400);
    assert.match(JSON.parse(noReason.body).error.message, /reason/);

    const queue = await as(acme.supervisor, 'GET', '/api/v1/concessions?status=pending');
    assert.equal(queue.statusCode, 200, queue.body);
    const page = JSON.parse(queue.body);
    assert.deepEqual(
      page.items.map((c: { id: string; reason: string }) => [c.id, c.reason]),
      [[waiting.id, 'time lost']],
    );
    assert.equal(page.nextCursor, null);
    const approved = JSON.parse((await as(acme.admin, 'GET', '/api/v1/concessions?status=approved')).body);
    assert.deepEqual(
      approved.items.map((c: { amountCents: number }) => c.amountCents),
      [8_999],
    );
    assert.equal((await as(acme.agent, 'GET', '/api/v1/concessions?status=pending')).statusCode, 403);
    const other = JSON.parse((await as(globex.supervisor, 'GET', '/api/v1/concessions')).body);
    assert.deepEqual(other.items, [], "another org's queue is its own");
    const bad = await as(acme.supervisor, 'GET', '/api/v1/concessions?status=waiting');
    assert.equal(bad.statusCode, 400);
    assert.equal(errorCode(bad.body), 'invalid_input');

    // Deciding empties the queue.
    const decided = await as(acme.supervisor, 'POST', `/api/v1/concessions/${waiting.id}/decision`, {
      decision: 'approve',
    });
    assert.equal(decided.statusCode, 200);
    assert.deepEqual(JSON.parse((await as(acme.supervisor, 'GET', '/api/v1/concessions')).body).items, []);
  });
}
