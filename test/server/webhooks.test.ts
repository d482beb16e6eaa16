import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runTick } from '../../src/jobs/scheduler.ts';
import { signPayload, verifySignature } from '../../src/server/webhooks/signature.ts';
import { backends } from '../store/harness.ts';
import { startTestServer } from './helpers.ts';
import { startReceiver } from './receiver.ts';
import { connect } from './ws-client.ts';

test('signatures: valid, tampered body, wrong secret, stale timestamp, malformed header', () => {
  const body = JSON.stringify({ id: 'x', type: 'case.created' });
  const header = signPayload('s3cret', 1_700_000_000, body);
  assert.deepEqual(verifySignature('s3cret', header, body, 1_700_000_010), { valid: true });
  assert.equal(verifySignature('s3cret', header, `${body} `, 1_700_000_010).valid, false);
  assert.equal(verifySignature('other', header, body, 1_700_000_010).valid, false);
  assert.deepEqual(verifySignature('s3cret', header, body, 1_700_000_000 + 301), { valid: false, reason: 'timestamp outside tolerance' });
  assert.equal(verifySignature('s3cret', 'v1=abc', body, 1_700_000_000).valid, false);
  assert.equal(verifySignature('s3cret', undefined, body, 1_700_000_000).valid, false);
});

for (const backend of await backends()) {
  test(`[${backend.name}] webhooks: signed delivery to a real receiver, retry with backoff, attempts visible; reminders and overdue escalation`, { skip: backend.skipReason }, async (t) => {
    let clock = new Date('2030-01-01T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    const receiver = await startReceiver();
    t.after(async () => {
      await receiver.close();
      await server.close();
    });
    const [acme, globex] = server.orgs;
    const jobs = { db: server.store.db, config: server.ctx.config, now: () => clock, publish: server.ctx.publish };

    const badUrl = await server.call(acme.admin, { method: 'POST', url: '/api/v1/webhooks', payload: { url: 'ftp://x' } });
    assert.equal(badUrl.statusCode, 400);
    assert.equal((await server.call(acme.supervisor, { method: 'POST', url: '/api/v1/webhooks', payload: { url: receiver.url } })).statusCode, 403);
    const created = await server.call(acme.admin, { method: 'POST', url: '/api/v1/webhooks', payload: { url: receiver.url } });
    assert.equal(created.statusCode, 201);
    const hook = JSON.parse(created.body) as { id: string; secret: string };
    receiver.setSecret(hook.secret);
    assert.equal((await server.call(acme.admin, { method: 'GET', url: '/api/v1/webhooks' })).body.includes(hook.secret), false, 'the secret is shown once');

    const customer = JSON.parse((await server.call(acme.agent, { method: 'POST', url: '/api/v1/customers', payload: { name: 'Lee' } })).body);
    const kase = JSON.parse((await server.call(acme.agent, { method: 'POST', url: '/api/v1/cases', payload: { customerId: customer.id, presentingIssue: 'Parcel lost', ownerId: acme.agent.id, teamId: acme.teamId } })).body);
    receiver.failNext(500);
    await runTick(jobs);
    assert.equal(receiver.received.length, 1);
    assert.equal(receiver.accepted.length, 0, 'the first attempt failed');
    let deliveries = JSON.parse((await server.call(acme.admin, { method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries` })).body).items;
    assert.equal(deliveries[0].status, 'pending');
    assert.equal(deliveries[0].attempts[0].responseCode, 500);
    assert.equal(new Date(deliveries[0].nextAttemptAt).getTime() - clock.getTime(), 30_000, 'first retry after 30 s');

    clock = new Date(clock.getTime() + 31_000);
    await runTick(jobs);
    deliveries = JSON.parse((await server.call(acme.admin, { method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries` })).body).items;
    assert.equal(deliveries[0].status, 'delivered');
    assert.equal(deliveries[0].attemptCount, 2);
    assert.ok(receiver.received.every((r) => r.signatureValid), 'every request carried a valid HMAC-SHA256 signature');
    assert.equal(receiver.received[1]!.body.type, 'case.created');
    assert.equal((receiver.received[1]!.body.data as { caseId: string }).caseId, kase.id);
    assert.equal(receiver.received[0]!.deliveryId, receiver.received[1]!.deliveryId, 'a retry reuses the idempotency key');
    assert.equal((await server.call(globex.admin, { method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries` })).statusCode, 404);

    // A promise due in 30 minutes: the reminder goes out now (lead 60 min), once; the escalation when it is overdue.
    const agentSocket = await connect(server, acme.agent);
    agentSocket.send({ type: 'subscribe' });
    await agentSocket.next('subscribed');
    const due = new Date(clock.getTime() + 30 * 60_000).toISOString();
    await server.call(acme.agent, { method: 'POST', url: `/api/v1/cases/${kase.id}/commitments`, payload: { kind: 'callback', dueAt: due, ownerId: acme.agent.id, contact: { phone: '555' }, steps: ['call'] } });
    await runTick(jobs);
    const reminder = (await agentSocket.next('alert')).alert as { data: { type: string; ownerId: string } };
    assert.deepEqual([reminder.data.type, reminder.data.ownerId], ['commitment.due', acme.agent.id], 'the owner hears the reminder live too');
    agentSocket.close();
    await runTick(jobs);
    assert.deepEqual(receiver.received.filter((r) => r.event === 'commitment.due').length, 1, 'one reminder, however many ticks');
    clock = new Date(clock.getTime() + 31 * 60_000);
    await runTick(jobs);
    await runTick(jobs);
    const overdue = receiver.received.filter((r) => r.event === 'commitment.overdue');
    assert.equal(overdue.length, 1);
    const escalateTo = (overdue[0]!.body.data as { escalateTo: Array<{ id: string }> }).escalateTo.map((s) => s.id);
    assert.ok(escalateTo.includes(acme.supervisor.id), 'escalated to the team supervisor');
    assert.ok(server.events.some((e) => e.type === 'commitment.overdue'));
  });
}
