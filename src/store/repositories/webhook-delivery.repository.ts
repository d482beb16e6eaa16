/** One webhook delivery: read it (locked) and put it back in the queue. */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { webhookDeliveries } from '../schema/index.ts';

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
