/** Webhook endpoints and their delivery log, scoped by org. */
import { and, desc, eq, asc, inArray, isNull, lte, not, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor, Database } from '../database.ts';
import { appendAudit, type AuditActor, changedFields } from './audit.repository.ts';
import { webhookDeliveries, webhooks, type DeliveryAttempt } from '../schema/index.ts';

const publicColumns = {
  id: webhooks.id,
  url: webhooks.url,
  eventTypes: webhooks.eventTypes,
  active: webhooks.active,
  createdAt: webhooks.createdAt,
};

export const listWebhooks = (db: Executor, orgId: string) =>
  db.select(publicColumns).from(webhooks).where(eq(webhooks.orgId, orgId)).orderBy(desc(webhooks.createdAt));

/** Registers an endpoint and audits it (URL, events, active; never the secret), in one transaction. */
export async function insertWebhook(
  db: Executor,
  input: { orgId: string; url: string; secret: string; eventTypes: string[]; now: Date },
  actor: AuditActor,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhooks)
      .values({
        orgId: input.orgId,
        url: input.url,
        secret: input.secret,
        eventTypes: input.eventTypes,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning(publicColumns);
    await appendAudit(tx, input.orgId, [
      {
        entity: 'webhook',
        entityId: row!.id,
        action: 'created',
        ...actor,
        at: input.now,
        before: null,
        after: { url: row!.url, eventTypes: row!.eventTypes, active: row!.active },
      },
    ]);
    return row!;
  });
}

export async function findWebhook(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select(publicColumns)
    .from(webhooks)
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)));
  return row;
}

export const listDeliveries = (db: Executor, orgId: string, webhookId: string, limit: number) =>
  db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.webhookId, webhookId)))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit);

/**
 * Changes an endpoint's URL, events or `active` (pause/resume) and audits the fields that changed, in one
 * transaction (the row is locked first so before/after are exact). A patch that changes nothing writes no
 * audit entry. Returns undefined for an unknown id or another org's.
 */
export async function updateWebhook(
  db: Executor,
  orgId: string,
  id: string,
  patch: { url?: string | undefined; eventTypes?: string[] | undefined; active?: boolean | undefined; now: Date },
  actor: AuditActor,
) {
  const { now, ...fields } = patch;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select(publicColumns)
      .from(webhooks)
      .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)))
      .for('update');
    if (!current) return undefined;
    const [row] = await tx
      .update(webhooks)
      .set({ ...fields, updatedAt: now })
      .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)))
      .returning(publicColumns);
    const pick = (r: typeof current) => ({ url: r.url, eventTypes: r.eventTypes, active: r.active });
    const diff = changedFields(pick(current), pick(row!));
    if (diff) {
      const action =
        Object.keys(diff.after).length === 1 && 'active' in diff.after
          ? row!.active
            ? 'resumed'
            : 'paused'
          : 'updated';
      await appendAudit(tx, orgId, [{ entity: 'webhook', entityId: id, action, ...actor, at: now, ...diff }]);
    }
    return row;
  });
}

/**
 * Deletes an endpoint and its delivery log in one transaction, and records the deletion in the audit trail
 * (what it was and how many deliveries went with it; the secret is never written). Returns false for an
 * unknown id or another org's.
 *
 * Order matters on PostgreSQL: the webhook row is locked first, which waits for any transaction that is
 * enqueueing to it (the outbox takes FOR KEY SHARE on its targets) and for a scheduler claim holding its
 * deliveries; the deliveries are then deleted with a fresh snapshot, so none written before the lock can
 * survive, and none can be written after it. The foreign key's ON DELETE CASCADE is the backstop.
 */
export async function deleteWebhook(
  db: Executor,
  orgId: string,
  id: string,
  actor: AuditActor,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [hook] = await tx
      .select(publicColumns)
      .from(webhooks)
      .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)))
      .for('update');
    if (!hook) return false;
    const dropped = await tx
      .delete(webhookDeliveries)
      .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.webhookId, id)))
      .returning({ status: webhookDeliveries.status });
    await tx.delete(webhooks).where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)));
    const deliveries: Record<string, number> = {};
    for (const row of dropped) deliveries[row.status] = (deliveries[row.status] ?? 0) + 1;
    await appendAudit(tx, orgId, [
      {
        entity: 'webhook',
        entityId: id,
        action: 'deleted',
        ...actor,
        at: now,
        before: {
          url: hook.url,
          eventTypes: hook.eventTypes,
          active: hook.active,
          createdAt: hook.createdAt.toISOString(),
          deliveries,
        },
        after: null,
      },
    ]);
    return true;
  });
}

// Webhook deliveries: the sender's claim (a lease), its attempt records, and one delivery read or requeued.
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
 * A delivery is held while an earlier one of the same case to the same webhook is still pending (due, retrying or
 * leased to a sender): "earlier" is (created_at, id), created_at being when the event occurred. Delivered and dead
 * deliveries hold nothing, so a delivery given up on (its retry window closed) releases the case's later ones.
 * Deliveries without a case are never held. One probe of webhook_deliveries_case_pending_idx per candidate.
 */
const earlier = alias(webhookDeliveries, 'earlier');
const heldBehindEarlier = sql`exists (select 1 from ${webhookDeliveries} as ${sql.identifier('earlier')} where ${and(
  eq(earlier.orgId, webhookDeliveries.orgId),
  eq(earlier.webhookId, webhookDeliveries.webhookId),
  eq(earlier.caseId, webhookDeliveries.caseId),
  eq(earlier.status, 'pending'),
  sql`(${earlier.createdAt}, ${earlier.id}) < (${webhookDeliveries.createdAt}, ${webhookDeliveries.id})`,
)})`;

/**
 * Claims up to `limit` due deliveries (every org) by pushing their next attempt to `leaseUntil`, skipping rows
 * another process holds; returns each with its webhook's URL, secret and state. A crash mid-send retries after it.
 * Per webhook and case only the earliest pending delivery can be claimed (see heldBehindEarlier), so a case's
 * events reach a receiver in the order they occurred, retries and outages included. At-least-once is unchanged.
 */
export function claimDueDeliveries(db: Database, now: Date, leaseUntil: Date, limit: number) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.status, 'pending'),
          lte(webhookDeliveries.nextAttemptAt, now),
          or(isNull(webhookDeliveries.caseId), not(heldBehindEarlier)),
        ),
      )
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
