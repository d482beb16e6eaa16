// Vague input gets a precise answer: a due time must be an ISO 8601 date-time with an offset, and a call-back
// without a contact uses the case customer's phone or e-mail, asking only when the record has neither.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] F1 F2 dueAt names the accepted format; a call-back borrows the customer's contact`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const { agent, teamId } = server.orgs[0];
    const mine = { ownerId: agent.id, teamId };
    const post = (url: string, payload: object) => server.call(agent, { method: 'POST', url, payload });
    const message = (body: string) => JSON.parse(body).error.message as string;

    const dana = JSON.parse((await post('/api/v1/customers', { name: 'Dana', phone: '+1 555 0100' })).body);
    const kase = JSON.parse(
      (await post('/api/v1/cases', { customerId: dana.id, presentingIssue: 'Dropped line', ...mine })).body,
    );
    const url = `/api/v1/cases/${kase.id}/commitments`;

    const vague = await post(url, { kind: 'callback', dueAt: 'tomorrow 5pm' });
    assert.equal(vague.statusCode, 400);
    assert.equal(
      message(vague.body),
      'body.dueAt: "tomorrow 5pm" is not a date-time: use an ISO 8601 date-time with an offset, e.g. 2026-12-07T17:00:00Z or 2026-12-07T17:00:00+01:00',
    );
    const local = await post(url, { kind: 'callback', dueAt: '2030-12-07T17:00:00' });
    assert.equal(local.statusCode, 400, 'a time without an offset is ambiguous');
    const missing = await post(url, { kind: 'callback' });
    assert.equal(missing.statusCode, 400);
    assert.match(message(missing.body), /a commitment needs a due time \(F1\): an ISO 8601 date-time with an offset/);

    const callback = await post(url, { kind: 'callback', dueAt: '2030-12-07T17:00:00+01:00' });
    assert.equal(callback.statusCode, 201, callback.body);
    const promise = JSON.parse(callback.body);
    assert.equal(promise.dueAt, '2030-12-07T16:00:00.000Z');
    assert.deepEqual(promise.contact, { name: 'Dana', phone: '+1 555 0100' }, "the customer's phone");
    const given = JSON.parse(
      (await post(url, { kind: 'callback', dueAt: '2030-12-07T17:00:00Z', contact: { email: 'd@example.com' } })).body,
    );
    assert.deepEqual(given.contact, { email: 'd@example.com' }, 'a contact given is kept as given');

    // A case opened with a promise: the same rule.
    const opened = JSON.parse(
      (
        await post('/api/v1/cases', {
          customerId: dana.id,
          presentingIssue: 'Call me back',
          ...mine,
          commitments: [{ kind: 'callback', dueAt: '2030-12-08T09:00:00Z' }],
        })
      ).body,
    );
    assert.equal(opened.commitments[0].contact.phone, '+1 555 0100');

    // Only a customer with neither phone nor e-mail is asked for one.
    const pat = JSON.parse((await post('/api/v1/customers', { name: 'Pat' })).body);
    const patCase = JSON.parse(
      (await post('/api/v1/cases', { customerId: pat.id, presentingIssue: 'x', ...mine })).body,
    );
    const asked = await post(`/api/v1/cases/${patCase.id}/commitments`, {
      kind: 'callback',
      dueAt: '2030-12-07T17:00:00Z',
    });
    assert.equal(asked.statusCode, 400);
    assert.match(message(asked.body), /the customer's record has neither: send contact\.phone or contact\.email/);
  });
}
