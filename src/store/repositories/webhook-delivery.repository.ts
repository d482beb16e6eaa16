/** Webhook deliveries: the sender's claim (a lease), its attempt records, and one delivery read or requeued. */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database, Executor } from '../database.ts';
import { webhookDeliveries, webhooks, type DeliveryAttempt } from '../schema/index.ts';

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** A delivery of one of the org's webhooks, locked for update; undefined when it is not that webhook's. */
export async function findDeliveryForUpdate(
  db: Executor,
  orgId: string,
  webhookId: string,
  deliveryId: string,
): Promise<DeliveryRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.orgId, orgId),
        eq(webhookDeliveries.webhookId, webhookId),
        eq(webhookDeliveries.id, deliveryId),
      ),
    )
    .for('update');
  return row;
}

/** Puts a delivery back in the queue, due now: same payload and delivery id, its attempt log kept. */
export async function requeueDelivery(db: Executor, orgId: string, id: string, now: Date): Promise<DeliveryRow> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: now, deliveredAt: null, updatedAt: now })
    .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.id, id)))
    .returning();
  return row!;
}

/**
 * Claims up to `limit` due deliveries (every org) by pushing their next attempt to `leaseUntil`, skipping rows
 * another process holds; returns each with its webhook's URL, secret and state. A crash mid-send retries after it.
 */
export function claimDueDeliveries(db: Database, now: Date, leaseUntil: Date, limit: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const ids = due.map((row) => row.id);
    await tx.update(webhookDeliveries).set({ nextAttemptAt: leaseUntil }).where(inArray(webhookDeliveries.id, ids));
    return tx
      .select({ delivery: webhookDeliveries, url: webhooks.url, secret: webhooks.secret, active: webhooks.active })
      .from(webhookDeliveries)
      .innerJoin(
        webhooks,
        and(eq(webhooks.orgId, webhookDeliveries.orgId), eq(webhooks.id, webhookDeliveries.webhookId)),
      )
      .where(inArray(webhookDeliveries.id, ids));
  });
}

export type ClaimedDelivery = Awaited<ReturnType<typeof claimDueDeliveries>>[number];

/**
 * Records one attempt (appended to the log) and the delivery's new state; false when the delivery is gone (its
 * webhook was deleted while the attempt was on the wire), so there is nothing to record.
 */
export async function recordDeliveryAttempt(
  db: Executor,
  delivery: Pick<DeliveryRow, 'orgId' | 'id'>,
  attempt: DeliveryAttempt,
  state: Pick<
    DeliveryRow,
    'status' | 'attemptCount' | 'responseCode' | 'error' | 'nextAttemptAt' | 'deliveredAt' | 'updatedAt'
  >,
): Promise<boolean> {
  const updated = await db
    .update(webhookDeliveries)
    .set({ ...state, attempts: sql`${webhookDeliveries.attempts} || ${JSON.stringify([attempt])}::jsonb` })
    .where(and(eq(webhookDeliveries.orgId, delivery.orgId), eq(webhookDeliveries.id, delivery.id)))
    .returning({ id: webhookDeliveries.id });
  return updated.length > 0;
}

/** True while the delivery still waits to be sent (not delivered, dead, or deleted with its webhook). */
export async function isDeliveryPending(db: Executor, orgId: string, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'pending')),
    );
  return row !== undefined;
}
