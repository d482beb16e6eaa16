/** The transactional outbox: an event becomes one delivery row per subscribed webhook, in the caller's transaction. */
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { webhookDeliveries, webhooks } from '../schema/index.ts';

/** What the outbox needs of an event: a domain event (`src/services/domain-events.ts`) or the webhook test event. */
export interface OutboxEvent {
  orgId: string;
  type: string;
  /** Unique per occurrence: with the webhook id it is the delivery's idempotency key. */
  key: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/** The JSON body every receiver gets; `id` equals the delivery's idempotency key for deduplication. */
export const eventEnvelope = (event: OutboxEvent, idempotencyKey: string) => ({
  id: idempotencyKey,
  type: event.type,
  occurredAt: event.occurredAt.toISOString(),
  orgId: event.orgId,
  data: event.data,
});

/**
 * The INSERT … SELECT that records deliveries for every active webhook subscribed to the event (no event types =
 * all): one statement, so every write that emits an event pays at most one round trip for it, and none when it
 * rides in the write's own statement as a data-modifying CTE (insertCaseWithCommitments). Safe to repeat: the
 * idempotency key `${event.key}:${webhookId}` is unique, so a replay adds nothing. The payload is eventEnvelope's,
 * built in SQL (jsonb stores the same document whichever side builds it).
 */
export const outboxInsert = (event: OutboxEvent): SQL => outboxStatement(outboxValues(event));

/** The values outboxInsert binds for one event; outboxStatement takes them, or a placeholder for each (a prepared statement). */
export const outboxValues = (event: OutboxEvent) => ({
  orgId: event.orgId,
  type: event.type,
  key: event.key,
  at: event.occurredAt.toISOString(),
  data: JSON.stringify(event.data),
  caseId: orderingCaseId(event),
});

/** outboxInsert's statement over `v`: each value is bound as it is, or is a `sql.placeholder` filled at execution. */
export function outboxStatement(v: Record<keyof ReturnType<typeof outboxValues>, unknown>): SQL {
  const w = webhooks;
  const key = sql`(${v.key}::text || ':' || ${w.id})`;
  const payload = sql`jsonb_build_object('id', ${key}, 'type', ${v.type}::text, 'occurredAt', ${v.at}::text, 'orgId', ${v.orgId}::text, 'data', ${v.data}::jsonb)`;
  const d = webhookDeliveries;
  return sql`
    insert into ${d} (${sql.identifier(d.orgId.name)}, ${sql.identifier(d.webhookId.name)}, ${sql.identifier(d.event.name)},
      ${sql.identifier(d.payload.name)}, ${sql.identifier(d.idempotencyKey.name)}, ${sql.identifier(d.caseId.name)},
      ${sql.identifier(d.nextAttemptAt.name)}, ${sql.identifier(d.createdAt.name)}, ${sql.identifier(d.updatedAt.name)})
    select ${w.orgId}, ${w.id}, ${v.type}::text, ${payload}, ${key}, ${v.caseId}::uuid,
      ${v.at}::timestamptz, ${v.at}::timestamptz, ${v.at}::timestamptz
    from ${w}
    where ${w.orgId} = ${v.orgId}::uuid and ${w.active} = true
      and (cardinality(${w.eventTypes}) = 0 or ${v.type}::text = any(${w.eventTypes}))
    -- Holds off a concurrent DELETE of a target until this transaction commits (its cascade then removes what we
    -- wrote); a target deleted before we got here is simply not selected, never an FK violation for our caller.
    for key share of ${w}
    on conflict (${sql.identifier(d.orgId.name)}, ${sql.identifier(d.idempotencyKey.name)}) do nothing`;
}

/** Records the event's deliveries (outboxInsert) in the caller's transaction; returns how many were written. */
export async function enqueueEvent(db: Executor, event: OutboxEvent): Promise<number> {
  const result = (await db.execute(
    sql`${outboxInsert(event)} returning ${sql.identifier(webhookDeliveries.id.name)}`,
  )) as unknown as { rows: unknown[] };
  return result.rows.length;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case an event concerns (`data.caseId`): its deliveries to one webhook go out in order. Null for none. */
const orderingCaseId = (event: Pick<OutboxEvent, 'data'>): string | null => {
  const caseId = event.data.caseId;
  return typeof caseId === 'string' && UUID.test(caseId) ? caseId : null;
};

/** One pending delivery row per target webhook; a key already enqueued is skipped. Returns the rows written. */
async function insertDeliveries(db: Executor, event: OutboxEvent, webhookIds: readonly string[]) {
  if (webhookIds.length === 0) return [];
  const caseId = orderingCaseId(event);
  const rows = webhookIds.map((webhookId) => {
    const idempotencyKey = `${event.key}:${webhookId}`;
    return {
      orgId: event.orgId,
      webhookId,
      event: event.type,
      payload: eventEnvelope(event, idempotencyKey),
      idempotencyKey,
      caseId,
      nextAttemptAt: event.occurredAt,
      createdAt: event.occurredAt,
      updatedAt: event.occurredAt,
    };
  });
  return db
    .insert(webhookDeliveries)
    .values(rows)
    .onConflictDoNothing({ target: [webhookDeliveries.orgId, webhookDeliveries.idempotencyKey] })
    .returning();
}

/**
 * Enqueues an event for one webhook of the event's org, whatever events it subscribes to (the test event), in
 * the caller's transaction; it then goes the normal way (signed, retried, logged). Returns the delivery row, or
 * undefined when the webhook is not the org's.
 */
export async function enqueueEventFor(db: Executor, event: OutboxEvent, webhookId: string) {
  const [target] = await db
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(and(eq(webhooks.orgId, event.orgId), eq(webhooks.id, webhookId)))
    .for('key share');
  if (!target) return undefined;
  const [row] = await insertDeliveries(db, event, [target.id]);
  return row;
}
