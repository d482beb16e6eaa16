/**
 * Webhook use cases: register, list, change, pause and delete endpoints, read their delivery log, send a test
 * event and redeliver a delivery (each change audited in its transaction; the secret is never audited).
 */
import { randomUUID } from 'node:crypto';
import { AppError, type Result } from '../core/errors.ts';
import { TEST_EVENT_TYPE } from './domain-events.ts';
import { appendAudit } from '../store/repositories/audit.repository.ts';
import { enqueueEventFor } from '../store/repositories/outbox.repository.ts';
import {
  deleteWebhook as deleteWebhookRow,
  findDeliveryForUpdate,
  findWebhook,
  insertWebhook,
  listDeliveries,
  listWebhooks as listWebhookRows,
  requeueDelivery,
  updateWebhook as updateWebhookRow,
} from '../store/repositories/webhook.repository.ts';
import { type Actor, auditActorOf, runInTransaction, runSingleWrite, type ServiceContext } from './context.ts';
import { generateSecret } from './secret-token.ts';

const paused = () =>
  new AppError('conflict', 'this webhook is paused: resume it (PATCH {"active": true}) before sending to it');
const noWebhook = () => new AppError('not_found', 'no webhook with that id');

/** The org's endpoints, newest first (never their secrets). */
export const listWebhooks = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>) => listWebhookRows(ctx.db, actor.orgId);

/** Registers an endpoint with a new signing secret, returned once here and never again. */
export function createWebhook(
  ctx: ServiceContext,
  actor: Actor,
  input: { url: string; eventTypes: string[] },
): Promise<Result<Awaited<ReturnType<typeof insertWebhook>> & { secret: string }>> {
  const secret = generateSecret('whsec_');
  return runSingleWrite(ctx.db, async (db) => {
    const row = await insertWebhook(
      db,
      { orgId: actor.orgId, url: input.url, secret, eventTypes: input.eventTypes, now: ctx.now() },
      auditActorOf(actor),
    );
    return { ...row, secret };
  });
}

/** Changes an endpoint's URL or events, or pauses/resumes it; an unknown id or another org's is not_found. */
export function updateWebhook(
  ctx: ServiceContext,
  actor: Actor,
  input: {
    webhookId: string;
    url?: string | undefined;
    eventTypes?: string[] | undefined;
    active?: boolean | undefined;
  },
) {
  const { webhookId, ...patch } = input;
  return runSingleWrite(ctx.db, async (db) => {
    const updated = await updateWebhookRow(
      db,
      actor.orgId,
      webhookId,
      { ...patch, now: ctx.now() },
      auditActorOf(actor),
    );
    if (!updated) throw noWebhook();
    return updated;
  });
}

/** Deletes an endpoint with its pending deliveries and log (audited); an unknown id is not_found. */
export function deleteWebhook(ctx: ServiceContext, actor: Actor, webhookId: string): Promise<Result<void>> {
  return runSingleWrite(ctx.db, async (db) => {
    if (!(await deleteWebhookRow(db, actor.orgId, webhookId, auditActorOf(actor), ctx.now()))) throw noWebhook();
  });
}

/** An endpoint's latest deliveries, newest first; an unknown id is not_found. */
export function listWebhookDeliveries(
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: { webhookId: string; limit: number },
) {
  return runSingleWrite(ctx.db, async (db) => {
    if (!(await findWebhook(db, actor.orgId, input.webhookId))) throw noWebhook();
    return listDeliveries(db, actor.orgId, input.webhookId, input.limit);
  });
}

/**
 * Enqueues a signed `webhook.test` event for one endpoint (whatever events it subscribes to); the scheduler sends
 * it like any event and it appears in the delivery log. Audited as `webhook` / `test_sent`. A paused endpoint is a
 * conflict; an unknown id or another org's is not_found.
 */
export function sendTestEvent(ctx: ServiceContext, actor: Actor, webhookId: string) {
  return runInTransaction(ctx.db, async (tx) => {
    const hook = await findWebhook(tx, actor.orgId, webhookId);
    if (!hook) throw noWebhook();
    if (!hook.active) throw paused();
    const now = ctx.now();
    const delivery = await enqueueEventFor(
      tx,
      {
        orgId: actor.orgId,
        type: TEST_EVENT_TYPE,
        key: `${TEST_EVENT_TYPE}:${randomUUID()}`,
        data: {
          webhookId,
          requestedBy: actor.userId,
          message: 'A test event from defuse: your endpoint received it; check that its signature verifies.',
        },
        occurredAt: now,
      },
      webhookId,
    );
    if (!delivery) throw noWebhook();
    await appendAudit(tx, actor.orgId, [
      {
        entity: 'webhook',
        entityId: webhookId,
        action: 'test_sent',
        ...auditActorOf(actor),
        at: now,
        after: { deliveryId: delivery.id },
      },
    ]);
    return delivery;
  });
}

/**
 * Sends a delivery again: it goes back in the queue, due now, with the same payload and `defuse-delivery-id` (a
 * receiver that processed it already drops the repeat) and its attempt log kept. Audited as `webhook` /
 * `redelivery_requested`. A delivery of another webhook, or another org's, is not_found; a paused endpoint is a
 * conflict.
 */
export function redeliver(ctx: ServiceContext, actor: Actor, input: { webhookId: string; deliveryId: string }) {
  const { webhookId, deliveryId } = input;
  return runInTransaction(ctx.db, async (tx) => {
    const hook = await findWebhook(tx, actor.orgId, webhookId);
    if (!hook) throw noWebhook();
    const delivery = await findDeliveryForUpdate(tx, actor.orgId, webhookId, deliveryId);
    if (!delivery) throw new AppError('not_found', 'no delivery with that id for this webhook');
    if (!hook.active) throw paused();
    const now = ctx.now();
    const row = await requeueDelivery(tx, actor.orgId, delivery.id, now);
    await appendAudit(tx, actor.orgId, [
      {
        entity: 'webhook',
        entityId: webhookId,
        action: 'redelivery_requested',
        ...auditActorOf(actor),
        at: now,
        before: { deliveryId, status: delivery.status },
        after: { deliveryId, status: row.status },
      },
    ]);
    return row;
  });
}
