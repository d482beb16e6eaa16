/** The transactional outbox: an event becomes one delivery row per subscribed webhook, in the caller's transaction. */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../store/database.ts';
import { webhookDeliveries, webhooks } from '../store/schema/index.ts';
import type { DomainEvent } from './event-types.ts';

/** The JSON body every receiver gets; `id` equals the delivery's idempotency key for deduplication. */
export const eventEnvelope = (event: DomainEvent, idempotencyKey: string) => ({
  id: idempotencyKey,
  type: event.type,
  occurredAt: event.occurredAt.toISOString(),
  orgId: event.orgId,
  data: event.data,
});

/**
 * Records deliveries for every active webhook subscribed to the event (no event types = all).
 * Safe to repeat: the idempotency key `${event.key}:${webhookId}` is unique, so a replay adds nothing.
 */
export async function enqueueEvent(db: Executor, event: DomainEvent): Promise<number> {
  const targets = await db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(
      and(
        eq(webhooks.orgId, event.orgId),
        eq(webhooks.active, true),
        sql`(cardinality(${webhooks.eventTypes}) = 0 or ${event.type} = any(${webhooks.eventTypes}))`,
      ),
    )
    // Holds off a concurrent DELETE of a target until this transaction commits (its cascade then removes what we
    // wrote); a target deleted before we got here is simply not returned, never an FK violation for our caller.
    .for('key share');
  if (targets.length === 0) return 0;
  const rows = targets.map((target) => {
    const idempotencyKey = `${event.key}:${target.id}`;
    return {
      orgId: event.orgId,
      webhookId: target.id,
      event: event.type,
      payload: eventEnvelope(event, idempotencyKey),
      idempotencyKey,
      nextAttemptAt: event.occurredAt,
      createdAt: event.occurredAt,
      updatedAt: event.occurredAt,
    };
  });
  const inserted = await db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing({ target: webhookDeliveries.idempotencyKey })
    .returning({ id: webhookDeliveries.id });
  return inserted.length;
}
