/** Webhook endpoints and their delivery log, scoped by org. */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { webhookDeliveries, webhooks } from '../../store/schema/index.ts';

const publicColumns = { id: webhooks.id, url: webhooks.url, eventTypes: webhooks.eventTypes, active: webhooks.active, createdAt: webhooks.createdAt };

export const listWebhooks = (db: Executor, orgId: string) =>
  db.select(publicColumns).from(webhooks).where(eq(webhooks.orgId, orgId)).orderBy(desc(webhooks.createdAt));

export async function insertWebhook(db: Executor, input: { orgId: string; url: string; secret: string; eventTypes: string[]; now: Date }) {
  const [row] = await db
    .insert(webhooks)
    .values({ orgId: input.orgId, url: input.url, secret: input.secret, eventTypes: input.eventTypes, createdAt: input.now, updatedAt: input.now })
    .returning(publicColumns);
  return row!;
}

export async function findWebhook(db: Executor, orgId: string, id: string) {
  const [row] = await db.select(publicColumns).from(webhooks).where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)));
  return row;
}

export const listDeliveries = (db: Executor, orgId: string, webhookId: string, limit: number) =>
  db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.orgId, orgId), eq(webhookDeliveries.webhookId, webhookId)))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit);

export async function updateWebhook(db: Executor, orgId: string, id: string, patch: { url?: string | undefined; eventTypes?: string[] | undefined; active?: boolean | undefined; now: Date }) {
  const { now, ...fields } = patch;
  const [row] = await db
    .update(webhooks)
    .set({ ...fields, updatedAt: now })
    .where(and(eq(webhooks.orgId, orgId), eq(webhooks.id, id)))
    .returning(publicColumns);
  return row;
}
