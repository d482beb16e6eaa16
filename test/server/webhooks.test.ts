import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { claimDue, sendClaimed } from '../../src/jobs/delivery-worker.ts';
import { enqueueEvent } from '../../src/store/repositories/outbox.repository.ts';
import { deleteWebhook } from '../../src/store/repositories/webhook.repository.ts';
import { runTick } from '../../src/jobs/scheduler.ts';
import { listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { webhookDeliveries, webhooks } from '../../src/store/schema/index.ts';
import { signPayload, verifySignature } from '../../src/webhooks/signature.ts';
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
  assert.deepEqual(verifySignature('s3cret', header, body, 1_700_000_000 + 301), {
    valid: false,
    reason: 'timestamp outside tolerance',
  });
  assert.equal(verifySignature('s3cret', 'v1=abc', body, 1_700_000_000).valid, false);
  assert.equal(verifySignature('s3cret', undefined, body, 1_700_000_000).valid, false);
});

for (const backend of await backends()) {
  test(`[${backend.name}] webhooks: signed delivery to a real receiver, retry with backoff, attempts visible; reminders and overdue escalation`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2030-01-01T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    const receiver = await startReceiver();
    t.after(async () => {
      await receiver.close();
      await server.close();
    });
    const [acme, globex] = server.orgs;
    const jobs = { db: server.store.db, config: server.ctx.config, now: () => clock, publish: server.ctx.publish };

    const badUrl = await server.call(acme.admin, {
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { url: 'ftp://x' },
    });
    assert.equal(badUrl.statusCode, 400);
    assert.equal(
      (await server.call(acme.supervisor, { method: 'POST', url: '/api/v1/webhooks', payload: { url: receiver.url } }))
        .statusCode,
      403,
    );
    const created = await server.call(acme.admin, {
      method: 'POST',
      url: '/api/v1/webhooks',
      payload: { url: receiver.url },
    });
    assert.equal(created.statusCode, 201);
    const hook = JSON.parse(created.body) as { id: string; secret: string };
    receiver.setSecret(hook.secret);
    assert.equal(
      (await server.call(acme.admin, { method: 'GET', url: '/api/v1/webhooks' })).body.includes(hook.secret),
      false,
      'the secret is shown once',
    );

    const customer = JSON.parse(
      (await server.call(acme.agent, { method: 'POST', url: '/api/v1/customers', payload: { name: 'Lee' } })).body,
    );
    const kase = JSON.parse(
      (
        await server.call(acme.agent, {
          method: 'POST',
          url: '/api/v1/cases',
          payload: {
            customerId: customer.id,
            presentingIssue: 'Parcel lost',
            ownerId: acme.agent.id,
            teamId: acme.teamId,
          },
        })
      ).body,
    );
    receiver.failNext(500);
    await runTick(jobs);
    assert.equal(receiver.received.length, 1);
    assert.equal(receiver.accepted.length, 0, 'the first attempt failed');
    let deliveries = JSON.parse(
      (await server.call(acme.admin, { method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries` })).body,
    ).items;
    assert.equal(deliveries[0].status, 'pending');
    assert.equal(deliveries[0].attempts[0].responseCode, 500);
    assert.equal(new Date(deliveries[0].nextAttemptAt).getTime() - clock.getTime(), 30_000, 'first retry after 30 s');

    clock = new Date(clock.getTime() + 31_000);
    await runTick(jobs);
    deliveries = JSON.parse(
      (await server.call(acme.admin, { method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries` })).body,
    ).items;
    assert.equal(deliveries[0].status, 'delivered');
    assert.equal(deliveries[0].attemptCount, 2);
    assert.ok(
      receiver.received.every((r) => r.signatureValid),
      'every request carried a valid HMAC-SHA256 signature',
    );
    assert.equal(receiver.received[1]!.body.type, 'case.created');
    assert.equal((receiver.received[1]!.body.data as { caseId: string }).caseId, kase.id);
    assert.equal(
      receiver.received[0]!.deliveryId,
      receiver.received[1]!.deliveryId,
      'a retry reuses the idempotency key',
    );
    assert.equal(
      (await server.call(globex.admin, { method: 'GET', url: `/api/v1/webhooks/${hook.id}/deliveries` })).statusCode,
      404,
    );

    // A promise due in 30 minutes: the reminder goes out now (lead 60 min), once; the escalation when it is overdue.
    const agentSocket = await connect(server, acme.agent);
    agentSocket.send({ type: 'subscribe' });
    await agentSocket.next('subscribed');
    const due = new Date(clock.getTime() + 30 * 60_000).toISOString();
    await server.call(acme.agent, {
      method: 'POST',
      url: `/api/v1/cases/${kase.id}/commitments`,
      payload: { kind: 'callback', dueAt: due, ownerId: acme.agent.id, contact: { phone: '555' }, steps: ['call'] },
    });
    await runTick(jobs);
    const reminder = (await agentSocket.next('alert')).alert as { data: { type: string; ownerId: string } };
    assert.deepEqual(
      [reminder.data.type, reminder.data.ownerId],
      ['commitment.due', acme.agent.id],
      'the owner hears the reminder live too',
    );
    agentSocket.close();
    await runTick(jobs);
    assert.deepEqual(
      receiver.received.filter((r) => r.event === 'commitment.due').length,
      1,
      'one reminder, however many ticks',
    );
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

for (const backend of await backends()) {
  test(`[${backend.name}] webhooks: DELETE removes the endpoint, drops its unsent deliveries (even ones already claimed), is audited; 404 elsewhere, admins only`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2030-02-01T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    const [keep, doomed] = [await startReceiver(), await startReceiver()];
    t.after(async () => {
      await keep.close();
      await doomed.close();
      await server.close();
    });
    const [acme, globex] = server.orgs;
    const { db } = server.store;
    const jobs = { db, config: server.ctx.config, now: () => clock, publish: server.ctx.publish };
    const create = async (user: typeof acme.admin, url: string) => {
      const response = await server.call(user, { method: 'POST', url: '/api/v1/webhooks', payload: { url } });
      assert.equal(response.statusCode, 201, response.body);
      return JSON.parse(response.body) as { id: string; secret: string };
    };
    const hookA = await create(acme.admin, doomed.url);
    const hookB = await create(acme.admin, keep.url);
    const hookG = await create(globex.admin, 'http://127.0.0.1:9/globex');
    doomed.setSecret(hookA.secret);
    keep.setSecret(hookB.secret);
    const del = (user: typeof acme.admin, id: string) =>
      server.call(user, { method: 'DELETE', url: `/api/v1/webhooks/${id}` });
    const deliveriesOf = (id: string) =>
      db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.orgId, acme.id), eq(webhookDeliveries.webhookId, id)));
    const openCase = async (issue: string) => {
      const customer = JSON.parse(
        (await server.call(acme.agent, { method: 'POST', url: '/api/v1/customers', payload: { name: issue } })).body,
      );
      const response = await server.call(acme.agent, {
        method: 'POST',
        url: '/api/v1/cases',
        payload: { customerId: customer.id, presentingIssue: issue, ownerId: acme.agent.id, teamId: acme.teamId },
      });
      assert.equal(response.statusCode, 201, response.body);
    };

    // Below admin: refused by role, whoever owns the row.
    assert.equal((await del(acme.agent, hookA.id)).statusCode, 403);
    assert.equal((await del(acme.supervisor, hookA.id)).statusCode, 403);
    // Unknown id, another org's webhook: the same one-line 404, and nothing is deleted.
    for (const [user, id] of [
      [acme.admin, '00000000-0000-4000-8000-000000000000'],
      [globex.admin, hookA.id],
      [acme.admin, hookG.id],
    ] as const) {
      const response = await del(user, id);
      assert.equal(response.statusCode, 404, `${user.email} DELETE ${id}`);
      assert.deepEqual(JSON.parse(response.body), { error: { code: 'not_found', message: 'no webhook with that id' } });
    }
    assert.equal((await del(acme.admin, 'not-a-uuid')).statusCode, 400);
    assert.equal((await db.select().from(webhooks)).length, 3, 'nothing was deleted by the refused requests');

    // One delivery each already sent, then one each still pending when A is deleted.
    await openCase('first');
    await runTick(jobs);
    assert.equal(doomed.accepted.length, 1);
    assert.equal(keep.accepted.length, 1);
    clock = new Date(clock.getTime() + 60_000);
    await openCase('second');
    assert.equal((await deliveriesOf(hookA.id)).filter((d) => d.status === 'pending').length, 1, 'A owes one delivery');

    const deleted = await del(acme.admin, hookA.id);
    assert.equal(deleted.statusCode, 204);
    assert.equal(deleted.body, '');
    assert.equal((await deliveriesOf(hookA.id)).length, 0, 'its deliveries went with it, in the same transaction');
    const listed = JSON.parse((await server.call(acme.admin, { method: 'GET', url: '/api/v1/webhooks' })).body)
      .items as Array<{ id: string }>;
    assert.deepEqual(
      listed.map((w) => w.id),
      [hookB.id],
      'no longer listed',
    );
    assert.equal(
      (await server.call(acme.admin, { method: 'GET', url: `/api/v1/webhooks/${hookA.id}/deliveries` })).statusCode,
      404,
    );
    assert.equal(
      (
        await server.call(acme.admin, {
          method: 'PATCH',
          url: `/api/v1/webhooks/${hookA.id}`,
          payload: { active: true },
        })
      ).statusCode,
      404,
    );
    assert.equal((await del(acme.admin, hookA.id)).statusCode, 404, 'a second DELETE finds nothing');
    const globexList = JSON.parse((await server.call(globex.admin, { method: 'GET', url: '/api/v1/webhooks' })).body)
      .items as Array<{ id: string }>;
    assert.deepEqual(
      globexList.map((w) => w.id),
      [hookG.id],
      "another org's webhooks are untouched",
    );

    await runTick(jobs);
    await runTick(jobs);
    assert.equal(doomed.received.length, 1, 'the deleted endpoint got nothing after the DELETE');
    assert.equal(keep.accepted.length, 2, 'the other endpoint still gets its events');

    const trail = await listAuditFor(db, acme.id, 'webhook', hookA.id);
    assert.deepEqual(
      trail.map((r) => r.action),
      ['created', 'deleted'],
      'the creation and the deletion, nothing else',
    );
    const audit = trail[1];
    assert.equal(audit!.actorId, acme.admin.id);
    assert.equal(audit!.actorVia, 'session');
    assert.equal(audit!.after, null);
    assert.deepEqual(audit!.before, {
      url: doomed.url,
      eventTypes: [],
      active: true,
      createdAt: '2030-02-01T09:00:00.000Z',
      deliveries: { delivered: 1, pending: 1 },
    });
    assert.ok(!JSON.stringify(trail).includes(hookA.secret), 'the secret is not in the audit trail');

    // A scheduler that claimed B's delivery just before the DELETE committed does not send it afterwards.
    clock = new Date(clock.getTime() + 60_000);
    await openCase('third');
    const claimed = await claimDue(jobs, clock);
    assert.deepEqual(
      claimed.map((c) => c.delivery.webhookId),
      [hookB.id],
    );
    assert.equal((await del(acme.admin, hookB.id)).statusCode, 204);
    await sendClaimed(jobs, claimed);
    assert.equal(keep.received.length, 2, 'the claimed delivery of a deleted webhook is never sent');
    assert.equal((await deliveriesOf(hookB.id)).length, 0);
    assert.equal((await db.select().from(webhooks)).length, 1, "only globex's webhook is left");
  });
}

for (const backend of await backends()) {
  if (backend.name !== 'postgres') continue; // PGlite has one connection: nothing runs concurrently there.
  test(`[${backend.name}] webhooks: a DELETE racing the outbox neither fails the event's transaction nor leaves a delivery behind`, {
    skip: backend.skipReason,
  }, async (t) => {
    const clock = new Date('2030-03-01T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const [acme] = server.orgs;
    const { db } = server.store;
    const create = async () =>
      JSON.parse(
        (
          await server.call(acme.admin, {
            method: 'POST',
            url: '/api/v1/webhooks',
            payload: { url: 'http://127.0.0.1:9/x' },
          })
        ).body,
      ) as { id: string };
    const event = (key: string) => ({
      orgId: acme.id,
      type: 'case.created' as const,
      key,
      data: {},
      occurredAt: clock,
    });
    const gate = () => {
      let open!: () => void;
      return { wait: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
    };
    const left = async (id: string) =>
      (await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, id))).length;

    // 1. The event's transaction enqueues first and is still open: the DELETE waits for it, then removes its delivery.
    const first = await create();
    const enqueued = gate();
    const release = gate();
    const business = db.transaction(async (tx) => {
      assert.equal(await enqueueEvent(tx, event('race-1')), 1);
      enqueued.open();
      await release.wait;
    });
    await enqueued.wait;
    let deleteDone = false;
    const deleting = deleteWebhook(db, acme.id, first.id, { actorId: acme.admin.id, actorVia: 'session' }, clock).then(
      (ok) => {
        deleteDone = true;
        return ok;
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(deleteDone, false, 'the DELETE waits for the transaction writing to the endpoint');
    release.open();
    await business;
    assert.equal(await deleting, true);
    assert.equal(await left(first.id), 0, 'the delivery written just before the DELETE went with it');

    // 2. The DELETE holds the row first: the event's transaction skips the endpoint instead of failing on the FK.
    const second = await create();
    const locked = gate();
    const commit = gate();
    const remover = db.transaction(async (tx) => {
      await tx
        .select()
        .from(webhooks)
        .where(and(eq(webhooks.orgId, acme.id), eq(webhooks.id, second.id)))
        .for('update');
      await tx.delete(webhooks).where(and(eq(webhooks.orgId, acme.id), eq(webhooks.id, second.id)));
      locked.open();
      await commit.wait;
    });
    await locked.wait;
    const racing = db.transaction((tx) => enqueueEvent(tx, event('race-2')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    commit.open();
    await remover;
    assert.equal(await racing, 0, "the deleted endpoint is skipped; the event's transaction commits");
    assert.equal(await left(second.id), 0);
  });
}
