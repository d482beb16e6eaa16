// Webhook order per case: a delivery for one (webhook, case) is not attempted while an earlier one for the same
// (webhook, case) is still pending (retrying or leased). Events without a case, and other cases, are not held back;
// a delivery given up on (dead) no longer holds the case's later ones.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { runDueDeliveries } from '../../src/jobs/delivery-worker.ts';
import { runTick } from '../../src/jobs/scheduler.ts';
import type { JobContext } from '../../src/jobs/job-context.ts';
import type { Database } from '../../src/store/database.ts';
import { createOrg } from '../../src/services/tenant.service.ts';
import { SYSTEM, unwrap } from '../../src/services/context.ts';
import { SYSTEM_ACTOR } from '../../src/store/repositories/audit.repository.ts';
import { enqueueEvent } from '../../src/store/repositories/outbox.repository.ts';
import { insertWebhook } from '../../src/store/repositories/webhook.repository.ts';
import { webhookDeliveries } from '../../src/store/schema/index.ts';
import { testConfig } from '../server/helpers.ts';
import { startReceiver } from '../server/receiver.ts';
import { backends } from '../store/harness.ts';

const T0 = new Date('2030-01-01T09:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

/** One backend's store, a receiver, an org with one webhook to it, and a job context on a clock the test moves. */
async function setup(
  t: { after(fn: () => Promise<void>): void },
  backend: Awaited<ReturnType<typeof backends>>[number],
  name: string,
  firstRetrySeconds: number,
) {
  const store = await backend.open();
  const receiver = await startReceiver();
  t.after(async () => {
    await receiver.close();
    await store.close();
  });
  const clock = { now: T0 };
  const ctx: JobContext = {
    db: store.db,
    // The retry window closes 1 h after the event.
    config: testConfig({
      DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS: String(firstRetrySeconds),
      DEFUSE_WEBHOOK_RETRY_HOURS: '1',
    }),
    now: () => clock.now,
    publish: async () => {},
  };
  const { org } = unwrap(
    await createOrg({ db: store.db, now: () => T0 }, SYSTEM, {
      name,
      adminEmail: `admin@${name.toLowerCase()}.test`,
      adminPassword: 'correct horse battery',
    }),
  );
  const secret = `${name.toLowerCase()}-secret`;
  const hook = await insertWebhook(
    store.db,
    { orgId: org.id, url: receiver.url, secret, eventTypes: [], now: T0 },
    SYSTEM_ACTOR,
  );
  receiver.setSecret(secret);
  return { store, receiver, clock, ctx, org, hook };
}

/** `n` updates of one case, the i-th at T0 + i ms (`data.i` says which). */
async function enqueueUpdates(db: Database, orgId: string, caseId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++)
    await enqueueEvent(db, {
      orgId,
      type: 'case.updated',
      key: `case.updated:${i}`,
      data: { caseId, i },
      occurredAt: later(i),
    });
}

/** Sends every due delivery, a batch at a time as the scheduler's tick does, at the clock's time. */
async function drainAll(ctx: JobContext): Promise<void> {
  while ((await runDueDeliveries(ctx)) > 0) {
    // drain
  }
}

for (const backend of await backends()) {
  test(`[${backend.name}] webhook order: a case's later event waits for its earlier one's retries; other cases and case-less events do not`, {
    skip: backend.skipReason,
  }, async (t) => {
    // First retry after 30 s, doubling.
    const { store, receiver, clock, ctx, org, hook } = await setup(t, backend, 'Order', 30);
    const caseA = randomUUID();
    const caseB = randomUUID();
    const emit = (type: string, key: string, data: Record<string, unknown>, at: Date) =>
      enqueueEvent(store.db, { orgId: org.id, type, key, data, occurredAt: at });
    const drain = () => drainAll(ctx);

    // Case A's first event fails: its retry is 30 s away.
    await emit('case.created', 'case.created:A', { caseId: caseA }, T0);
    receiver.failNext(503);
    await drain();
    assert.deepEqual(
      receiver.received.map((r) => r.body.type),
      ['case.created'],
    );

    // 10 s later, with the receiver answering again: case A's update, case B's creation, a conversation event.
    clock.now = later(10_000);
    await emit('case.updated', 'case.updated:A', { caseId: caseA }, clock.now);
    await emit('case.created', 'case.created:B', { caseId: caseB }, clock.now);
    await emit('conversation.abusive', 'conversation.abusive:C', { conversationId: randomUUID() }, clock.now);
    await drain();
    const second = receiver.received
      .slice(1)
      .map((r) => `${r.body.type}:${(r.body.data as { caseId?: string }).caseId ?? '-'}`);
    assert.deepEqual(
      second.sort(),
      [`case.created:${caseB}`, 'conversation.abusive:-'].sort(),
      "case B and the case-less event go now; case A's update waits behind its failing creation",
    );
    // The held update is parked: later claims no longer scan it (migration 0018).
    const parked = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    assert.ok(
      parked.find((r) => r.idempotencyKey.startsWith('case.updated:A'))!.heldSince,
      'the held update is parked',
    );

    // Case A's creation is retried at 30 s: it goes first, then its update, in the same tick.
    clock.now = later(31_000);
    await drain();
    const caseAArrivals = receiver.received
      .filter((r) => (r.body.data as { caseId?: string }).caseId === caseA)
      .map((r) => r.body.type);
    assert.deepEqual(caseAArrivals, ['case.created', 'case.created', 'case.updated']);
    const rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    assert.equal(rows.length, 4);
    assert.ok(
      rows.every((r) => r.status === 'delivered'),
      'every delivery delivered',
    );
    assert.equal(rows.find((r) => r.idempotencyKey.startsWith('case.updated:A'))!.attemptCount, 1);
    assert.ok(
      rows.every((r) => r.heldSince === null),
      'no delivery left parked',
    );
    assert.equal(hook.id, rows[0]!.webhookId);
  });

  test(`[${backend.name}] webhook order: a dead (given-up) delivery no longer holds the case's later ones`, {
    skip: backend.skipReason,
  }, async (t) => {
    const { store, receiver, clock, ctx, org } = await setup(t, backend, 'Dead', 600);
    const caseA = randomUUID();
    await enqueueEvent(store.db, {
      orgId: org.id,
      type: 'case.created',
      key: 'case.created:A',
      data: { caseId: caseA },
      occurredAt: T0,
    });
    await enqueueEvent(store.db, {
      orgId: org.id,
      type: 'case.updated',
      key: 'case.updated:A',
      data: { caseId: caseA },
      occurredAt: later(1_000),
    });
    const drain = () => drainAll(ctx);
    // The creation fails at 0, 10 min, 30 min: the next try (70 min) is past the 1 h window, so it is dead.
    receiver.failNext(500, 500, 500);
    for (const at of [0, 10 * 60_000, 30 * 60_000]) {
      clock.now = later(at + 1_500);
      await drain();
    }
    const rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    const created = rows.find((r) => r.event === 'case.created')!;
    const updated = rows.find((r) => r.event === 'case.updated')!;
    assert.equal(created.status, 'dead');
    assert.equal(created.attemptCount, 3);
    assert.equal(updated.status, 'delivered', 'the update went once its earlier event was given up on');
    assert.deepEqual(
      receiver.received.map((r) => r.body.type),
      ['case.created', 'case.created', 'case.created', 'case.updated'],
      'the update was not attempted while the creation was still being retried',
    );
  });

  test(`[${backend.name}] webhook order: a long held queue (more than one claim's candidates) is parked, then sent in order`, {
    skip: backend.skipReason,
  }, async (t) => {
    const { store, receiver, clock, ctx, org } = await setup(t, backend, 'Queue', 30);
    const caseA = randomUUID();
    const N = 230;
    await enqueueUpdates(store.db, org.id, caseA, N);
    const drain = () => drainAll(ctx);
    clock.now = later(N);
    receiver.failNext(503);
    await drain();
    assert.equal(receiver.received.length, 1, 'only the head was attempted');
    let rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    assert.equal(rows.filter((r) => r.heldSince !== null).length, N - 1, 'every later one is parked');
    clock.now = later(N + 31_000);
    await drain();
    assert.deepEqual(
      receiver.received.map((r) => (r.body.data as { i: number }).i),
      [0, ...Array.from({ length: N }, (_, i) => i)],
      'all sent, in order, after the head',
    );
    rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    assert.ok(rows.every((r) => r.status === 'delivered' && r.heldSince === null));
  });
}

for (const backend of await backends()) {
  test(`[${backend.name}] webhook order: a parked delivery whose release never ran is returned to the claim by the safety net`, {
    skip: backend.skipReason,
  }, async (t) => {
    const { store, receiver, clock, ctx, org } = await setup(t, backend, 'Stranded', 30);
    const caseA = randomUUID();
    await enqueueUpdates(store.db, org.id, caseA, 2);
    const drain = () => drainAll(ctx);
    clock.now = later(2);
    receiver.failNext(503);
    await drain();
    let rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    const head = rows.find((r) => r.idempotencyKey.startsWith('case.updated:0'))!;
    assert.ok(rows.find((r) => r.idempotencyKey.startsWith('case.updated:1'))!.heldSince, 'the second is parked');
    // The head ends without its release (as a bug or a hand-edited row would leave it): the second stays parked.
    await store.db.update(webhookDeliveries).set({ status: 'dead' }).where(eq(webhookDeliveries.id, head.id));
    clock.now = later(2 + 31_000);
    await drain();
    assert.equal(receiver.received.length, 1, 'still parked: nothing sent');
    // Under a minute parked, the safety net leaves it; past a minute, a tick releases and sends it.
    await runTick(ctx, { checkParked: true });
    assert.equal(receiver.received.length, 1, 'parked for 31 s: left alone');
    clock.now = later(2 + 61_000);
    await runTick(ctx, { checkParked: true });
    assert.deepEqual(
      receiver.received.map((r) => (r.body.data as { i: number }).i),
      [0, 1],
      'the stranded delivery was sent',
    );
    rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
    assert.ok(rows.every((r) => r.heldSince === null));
  });
}
