/** Webhook endpoints and their delivery log, scoped by org. */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { appendAudit, type AuditActor, changedFields } from '../../store/repositories/audit.repository.ts';
import { webhookDeliveries, webhooks } from '../../store/schema/index.ts';

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
