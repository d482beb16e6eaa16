/** Webhook endpoints and their delivery log, scoped by org. */
import { and, desc, eq, asc, inArray, isNull, lte, sql } from 'drizzle-orm';
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
    .set({ status: 'pending', nextAttemptAt: now, deliveredAt: null, heldSince: null, updatedAt: now })
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

/** How many due, unparked deliveries one claim looks at (held ones among them are parked, the rest claimed). */
const CANDIDATES = 100;

/**
 * Parks held candidates (sets held_since) so later claims stop scanning them. A candidate is parked only while a
 * FOR SHARE lock is held on one earlier pending delivery of its case: that one's last attempt then waits for this
 * transaction to commit and, in its own next statement, sees the park and clears the case's head (releaseNextHeld).
 * A blocker locked by a writer is skipped, and the candidate stays unparked (claimed later; never out of order).
 */
async function parkHeld(tx: Executor, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const parked = await tx.execute(sql`update ${webhookDeliveries} as d set held_since = ${now}
    from (select c.org_id, c.id from ${webhookDeliveries} as c
      cross join lateral (select 1 from ${webhookDeliveries} as e
        where e.org_id = c.org_id and e.webhook_id = c.webhook_id and e.case_id = c.case_id and e.status = 'pending'
          and (e.created_at, e.id) < (c.created_at, c.id)
        order by e.created_at desc, e.id desc limit 1 for share of e skip locked) as blocker
      where c.id in ${sql`(${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`}) as held
    where d.org_id = held.org_id and d.id = held.id`);
  return (
    (parked as { rowCount?: number; affectedRows?: number }).rowCount ??
    (parked as { affectedRows?: number }).affectedRows ??
    0
  );
}

/**
 * Claims up to `limit` due deliveries (every org) by pushing their next attempt to `leaseUntil`, skipping rows
 * another process holds; returns each with its webhook's URL, secret and state. A crash mid-send retries after it.
 * Per webhook and case only the earliest pending delivery can be claimed (see heldBehindEarlier), so a case's
 * events reach a receiver in the order they occurred, retries and outages included. At-least-once is unchanged.
 * The scan reads at most CANDIDATES due rows of webhook_deliveries_claimable_idx; the held ones among them are parked
 * out of that index (parkHeld), so a claim costs the same with 100 or 100,000 deliveries held.
 */
export function claimDueDeliveries(db: Database, now: Date, leaseUntil: Date, limit: number) {
  return db.transaction(async (tx) => {
    let ids: string[] = [];
    // A batch of nothing but held candidates is parked and the next batch read, until a claimable one turns up.
    for (let round = 0; round < 10 && ids.length === 0; round++) {
      const candidates = await tx
        .select({
          id: webhookDeliveries.id,
          held: sql<boolean>`(${webhookDeliveries.caseId} is not null and ${heldBehindEarlier})`,
        })
        .from(webhookDeliveries)
        .where(
          and(
            eq(webhookDeliveries.status, 'pending'),
            isNull(webhookDeliveries.heldSince),
            lte(webhookDeliveries.nextAttemptAt, now),
          ),
        )
        .orderBy(asc(webhookDeliveries.nextAttemptAt))
        .limit(CANDIDATES)
        .for('update', { skipLocked: true });
      ids = candidates
        .filter((row) => !row.held)
        .slice(0, limit)
        .map((row) => row.id);
      const held = candidates.filter((row) => row.held).map((row) => row.id);
      const parked = await parkHeld(tx, held, now);
      if (candidates.length < CANDIDATES || parked === 0) break;
    }
    if (ids.length === 0) return [];
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
 * Clears the park of the case's next delivery once `done` stopped being pending: the case's earliest pending delivery
 * to that webhook, if parked. Runs as its own statement after the one that ended `done`, so it sees every park that
 * committed while that statement waited (see parkHeld).
 */
async function releaseNextHeld(db: Executor, done: { orgId: string; webhookId: string; caseId: string }) {
  await db.execute(sql`update ${webhookDeliveries} set held_since = null
    where (org_id, id) = (select e.org_id, e.id from ${webhookDeliveries} as e
        where e.org_id = ${done.orgId} and e.webhook_id = ${done.webhookId} and e.case_id = ${done.caseId}
          and e.status = 'pending'
        order by e.created_at, e.id limit 1)
      and held_since is not null`);
}

/**
 * The safety net under parking: clears the park of up to `limit` deliveries parked before `parkedBefore` that no earlier
 * pending delivery of their case holds any more (a release that never ran, whatever the reason). Clearing a park is
 * always safe: the claim still refuses a delivery with an earlier pending one, so order holds; the delivery only returns
 * to the claim's index. Reads the pending rows of webhook_deliveries_case_pending_idx, so run it now and then, not
 * every tick. Returns how many were released.
 */
export async function releaseStrandedParks(db: Executor, parkedBefore: Date, limit: number): Promise<number> {
  const released = await db.execute(sql`update ${webhookDeliveries} set held_since = null
    where (org_id, id) in (select d.org_id, d.id from ${webhookDeliveries} as d
      where d.status = 'pending' and d.held_since is not null and d.held_since < ${parkedBefore}
        and not exists (select 1 from ${webhookDeliveries} as e
          where e.org_id = d.org_id and e.webhook_id = d.webhook_id and e.case_id = d.case_id and e.status = 'pending'
            and (e.created_at, e.id) < (d.created_at, d.id))
      limit ${limit})`);
  return (
    (released as { rowCount?: number; affectedRows?: number }).rowCount ??
    (released as { affectedRows?: number }).affectedRows ??
    0
  );
}

/**
 * Records one attempt (appended to the log) and the delivery's new state; false when the delivery is gone (its
 * webhook was deleted while the attempt was on the wire), so there is nothing to record. A last attempt (delivered or
 * dead) releases the case's next delivery in the same transaction.
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
  const record = (executor: Executor) =>
    executor
      .update(webhookDeliveries)
      .set({ ...state, attempts: sql`${webhookDeliveries.attempts} || ${JSON.stringify([attempt])}::jsonb` })
      .where(and(eq(webhookDeliveries.orgId, delivery.orgId), eq(webhookDeliveries.id, delivery.id)))
      .returning({ webhookId: webhookDeliveries.webhookId, caseId: webhookDeliveries.caseId });
  if (state.status === 'pending') return (await record(db)).length > 0;
  return db.transaction(async (tx) => {
    const [done] = await record(tx);
    if (!done) return false;
    if (done.caseId)
      await releaseNextHeld(tx, { orgId: delivery.orgId, webhookId: done.webhookId, caseId: done.caseId });
    return true;
  });
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
