/** Webhook use cases beyond CRUD: send a test event, redeliver a delivery (each audited, in one transaction). */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors.ts';
import { TEST_EVENT_TYPE } from '../../jobs/event-types.ts';
import { enqueueEventFor } from '../../store/repositories/outbox.repository.ts';
import type { Transaction } from '../../store/database.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import { findDeliveryForUpdate, requeueDelivery } from '../../store/repositories/webhook.repository.ts';
import { translateDbError } from '../../store/store-errors.ts';
import { auditActor, type Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';
import { findWebhook } from '../../store/repositories/webhook.repository.ts';

const paused = () =>
  new AppError('conflict', 'this webhook is paused: resume it (PATCH {"active": true}) before sending to it');

/** Runs `work` in one transaction; database errors become AppErrors. */
async function inTransaction<T>(ctx: ServerContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await ctx.db.transaction(work);
  } catch (error) {
    throw translateDbError(error);
  }
}

/**
 * Enqueues a signed `webhook.test` event for one endpoint (whatever events it subscribes to); the scheduler sends
 * it like any event and it appears in the delivery log. Audited as `webhook` / `test_sent`. A paused endpoint is a
 * conflict; an unknown id or another org's is not_found.
 */
export function sendTestEvent(ctx: ServerContext, principal: Principal, webhookId: string) {
  return inTransaction(ctx, async (tx) => {
    const hook = await findWebhook(tx, principal.orgId, webhookId);
    if (!hook) throw new AppError('not_found', 'no webhook with that id');
    if (!hook.active) throw paused();
    const now = ctx.now();
    const delivery = await enqueueEventFor(
      tx,
      {
        orgId: principal.orgId,
        type: TEST_EVENT_TYPE,
        key: `${TEST_EVENT_TYPE}:${randomUUID()}`,
        data: {
          webhookId,
          requestedBy: principal.userId,
          message: 'A test event from defuse: your endpoint received it; check that its signature verifies.',
        },
        occurredAt: now,
      },
      webhookId,
    );
    if (!delivery) throw new AppError('not_found', 'no webhook with that id');
    await appendAudit(tx, principal.orgId, [
      {
        entity: 'webhook',
        entityId: webhookId,
        action: 'test_sent',
        ...auditActor(principal),
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
export function redeliver(ctx: ServerContext, principal: Principal, webhookId: string, deliveryId: string) {
  return inTransaction(ctx, async (tx) => {
    const hook = await findWebhook(tx, principal.orgId, webhookId);
    if (!hook) throw new AppError('not_found', 'no webhook with that id');
    const delivery = await findDeliveryForUpdate(tx, principal.orgId, webhookId, deliveryId);
    if (!delivery) throw new AppError('not_found', 'no delivery with that id for this webhook');
    if (!hook.active) throw paused();
    const now = ctx.now();
    const row = await requeueDelivery(tx, principal.orgId, delivery.id, now);
    await appendAudit(tx, principal.orgId, [
      {
        entity: 'webhook',
        entityId: webhookId,
        action: 'redelivery_requested',
        ...auditActor(principal),
        at: now,
        before: { deliveryId, status: delivery.status },
        after: { deliveryId, status: row.status },
      },
    ]);
    return row;
  });
}
