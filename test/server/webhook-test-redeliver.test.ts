// POST /webhooks/:id/test and /webhooks/:id/deliveries/:deliveryId/redeliver: through the outbox to a real receiver.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runDueDeliveries } from '../../src/jobs/delivery-worker.ts';
import { listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer, type SeededUser } from './helpers.ts';
import { startReceiver } from './receiver.ts';

interface Delivery {
  id: string;
  event: string;
  idempotencyKey: string;
  status: string;
  attemptCount: number;
  attempts: Array<{ responseCode: number | null }>;
  payload: { type: string; data: { webhookId: string } };
}

for (const backend of await backends()) {
  test(`[${backend.name}] webhook test event and redelivery go through the outbox, signed, into the delivery log`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2030-02-01T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    const receiver = await startReceiver();
    t.after(async () => {
      await receiver.close();
      await server.close();
    });
    const [acme, globex] = server.orgs;
    const jobs = { db: server.store.db, config: server.ctx.config, now: () => clock, publish: server.ctx.publish };
    const send = (user: SeededUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      server.call(user, { method, url, ...(payload ? { payload } : {}) });
    const created = await send(acme.admin, 'POST', '/api/v1/webhooks', {
      url: receiver.url,
      eventTypes: ['case.closed'],
    });
    const hook = JSON.parse(created.body) as { id: string; secret: string };
    receiver.setSecret(hook.secret);
    const log = async () =>
      JSON.parse((await send(acme.admin, 'GET', `/api/v1/webhooks/${hook.id}/deliveries`)).body).items as Delivery[];

    // Test event: 202 pending, sent by the scheduler's worker, signed, whatever the endpoint subscribes to.
    const tested = await send(acme.admin, 'POST', `/api/v1/webhooks/${hook.id}/test`);
    assert.equal(tested.statusCode, 202, tested.body);
    const delivery = JSON.parse(tested.body) as Delivery;
    assert.deepEqual([delivery.event, delivery.status, delivery.attemptCount], ['webhook.test', 'pending', 0]);
    assert.equal(delivery.payload.data.webhookId, hook.id);
    assert.equal(receiver.received.length, 0, 'nothing is sent inline');
    assert.equal(await runDueDeliveries(jobs), 1);
    assert.equal(receiver.received.length, 1);
    const got = receiver.received[0]!;
    assert.deepEqual([got.event, got.signatureValid, got.deliveryId], ['webhook.test', true, delivery.idempotencyKey]);
    assert.equal(got.body.type, 'webhook.test');
    let entry = (await log()).find((d) => d.id === delivery.id)!;
    assert.deepEqual([entry.status, entry.attemptCount], ['delivered', 1]);

    // Redeliver: the same delivery id again, its attempt log kept.
    clock = new Date('2030-02-01T09:05:00Z');
    const again = await send(acme.admin, 'POST', `/api/v1/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`);
    assert.equal(again.statusCode, 202, again.body);
    assert.equal(JSON.parse(again.body).status, 'pending');
    assert.equal(await runDueDeliveries(jobs), 1);
    assert.equal(receiver.received.length, 2);
    assert.equal(receiver.received[1]!.deliveryId, delivery.idempotencyKey, 'the receiver can drop the repeat');
    entry = (await log()).find((d) => d.id === delivery.id)!;
    assert.deepEqual([entry.status, entry.attemptCount], ['delivered', 2]);

    // A failed test shows its failure in the log; redelivering sends it now instead of at the next backoff.
    receiver.failNext(503);
    const failing = JSON.parse((await send(acme.admin, 'POST', `/api/v1/webhooks/${hook.id}/test`)).body) as Delivery;
    await runDueDeliveries(jobs);
    entry = (await log()).find((d) => d.id === failing.id)!;
    assert.deepEqual([entry.status, entry.attempts[0]!.responseCode], ['pending', 503]);
    assert.equal(await runDueDeliveries(jobs), 0, 'waiting for its backoff');
    await send(acme.admin, 'POST', `/api/v1/webhooks/${hook.id}/deliveries/${failing.id}/redeliver`);
    assert.equal(await runDueDeliveries(jobs), 1, 'due at once');
    assert.equal((await log()).find((d) => d.id === failing.id)!.status, 'delivered');

    const trail = await listAuditFor(server.store.db, acme.id, 'webhook', hook.id);
    assert.deepEqual(
      trail.map((a) => [a.action, a.actorId]),
      [
        ['created', acme.admin.id],
        ['test_sent', acme.admin.id],
        ['redelivery_requested', acme.admin.id],
        ['test_sent', acme.admin.id],
        ['redelivery_requested', acme.admin.id],
      ],
    );

    // Refusals: another org, another webhook's delivery, roles, a paused endpoint; none enqueues anything.
    const other = JSON.parse(
      (await send(acme.admin, 'POST', '/api/v1/webhooks', { url: `${receiver.url}/other` })).body,
    ) as { id: string };
    const foreignHook = JSON.parse(
      (await send(globex.admin, 'POST', '/api/v1/webhooks', { url: `${receiver.url}/globex` })).body,
    ) as { id: string };
    const before = (await log()).length;
    const refusals: Array<[SeededUser, string, number, string]> = [
      [globex.admin, `/api/v1/webhooks/${hook.id}/test`, 404, 'not_found'],
      [globex.admin, `/api/v1/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`, 404, 'not_found'],
      [globex.admin, `/api/v1/webhooks/${foreignHook.id}/deliveries/${delivery.id}/redeliver`, 404, 'not_found'],
      [acme.admin, `/api/v1/webhooks/${other.id}/deliveries/${delivery.id}/redeliver`, 404, 'not_found'],
      [acme.admin, `/api/v1/webhooks/${hook.id}/deliveries/not-a-uuid/redeliver`, 400, 'invalid_input'],
      [acme.supervisor, `/api/v1/webhooks/${hook.id}/test`, 403, 'forbidden'],
      [acme.agent, `/api/v1/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`, 403, 'forbidden'],
    ];
    for (const [user, url, status, code] of refusals) {
      const response = await send(user, 'POST', url);
      assert.equal(response.statusCode, status, `${url}: ${response.body}`);
      assert.equal(errorCode(response.body), code);
    }
    await send(acme.admin, 'PATCH', `/api/v1/webhooks/${hook.id}`, { active: false });
    for (const url of [
      `/api/v1/webhooks/${hook.id}/test`,
      `/api/v1/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`,
    ]) {
      const response = await send(acme.admin, 'POST', url);
      assert.equal(response.statusCode, 409, response.body);
      assert.match(JSON.parse(response.body).error.message, /paused/);
    }
    assert.equal((await log()).length, before, 'refusals enqueued nothing');
    assert.equal(await runDueDeliveries(jobs), 0);
  });
}
