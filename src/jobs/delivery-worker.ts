/** Sends due webhook deliveries: claim with a lease (FOR UPDATE SKIP LOCKED), send, record the attempt. */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { webhookDeliveries, webhooks, type DeliveryAttempt } from '../store/schema/index.ts';
import { nextAttemptAt } from './backoff.ts';
import type { JobContext } from './job-context.ts';
import { sendWebhook, type AttemptResult } from './webhook-sender.ts';

const BATCH = 20;

/** Claims up to BATCH due deliveries by pushing their next attempt past the lease; a crash mid-send retries after it. */
export async function claimDue(ctx: JobContext, now: Date) {
  // Long enough for one send to time out and be recorded; a crash in between is retried once the lease lapses.
  const leaseUntil = new Date(now.getTime() + ctx.config.DEFUSE_WEBHOOK_TIMEOUT_MS * 2 + 5_000);
  return ctx.db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(BATCH)
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

async function recordAttempt(
  ctx: JobContext,
  delivery: typeof webhookDeliveries.$inferSelect,
  result: AttemptResult,
  at: Date,
) {
  const attemptNumber = delivery.attemptCount + 1;
  const next = result.ok
    ? null
    : nextAttemptAt(attemptNumber, at, delivery.createdAt, {
        firstSeconds: ctx.config.DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS,
        windowHours: ctx.config.DEFUSE_WEBHOOK_RETRY_HOURS,
      });
  const status = result.ok ? 'delivered' : next ? 'pending' : 'dead';
  const attempt: DeliveryAttempt = {
    at: at.toISOString(),
    responseCode: result.responseCode,
    error: result.error,
    durationMs: result.durationMs,
  };
  const updated = await ctx.db
    .update(webhookDeliveries)
    .set({
      status,
      attemptCount: attemptNumber,
      attempts: sql`${webhookDeliveries.attempts} || ${JSON.stringify([attempt])}::jsonb`,
      responseCode: result.responseCode,
      error: result.error,
      nextAttemptAt: next,
      deliveredAt: result.ok ? at : null,
      updatedAt: at,
    })
    .where(and(eq(webhookDeliveries.orgId, delivery.orgId), eq(webhookDeliveries.id, delivery.id)))
    .returning({ id: webhookDeliveries.id });
  // Zero rows: the webhook was deleted while this attempt was on the wire; there is nothing left to record.
  if (updated.length > 0) ctx.onAttempt?.(status === 'pending' ? 'retry' : status);
}

export type ClaimedDelivery = Awaited<ReturnType<typeof claimDue>>[number];

/**
 * True while the claimed delivery is still owed. A claim commits before the send, so the webhook may have been
 * deleted (its deliveries with it) in between: asked just before sending, a DELETE that has committed is seen.
 */
async function stillOwed(ctx: JobContext, delivery: typeof webhookDeliveries.$inferSelect): Promise<boolean> {
  const [row] = await ctx.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.orgId, delivery.orgId),
        eq(webhookDeliveries.id, delivery.id),
        eq(webhookDeliveries.status, 'pending'),
      ),
    );
  return row !== undefined;
}

/** Sends claimed deliveries (skipping any whose webhook was deleted since the claim) and records each attempt. */
export async function sendClaimed(ctx: JobContext, claimed: ClaimedDelivery[]): Promise<void> {
  await Promise.all(
    claimed.map(async ({ delivery, url, secret, active }) => {
      if (!(await stillOwed(ctx, delivery))) return;
      const result: AttemptResult = active
        ? await sendWebhook({
            url,
            secret,
            event: delivery.event,
            idempotencyKey: delivery.idempotencyKey,
            payload: delivery.payload,
            now: ctx.now(),
            timeoutMs: ctx.config.DEFUSE_WEBHOOK_TIMEOUT_MS,
          })
        : { ok: false, responseCode: null, error: 'webhook is disabled', durationMs: 0 };
      await recordAttempt(ctx, delivery, result, ctx.now());
    }),
  );
}

/** Runs one batch; returns how many deliveries were claimed. */
export async function runDueDeliveries(ctx: JobContext): Promise<number> {
  const claimed = await claimDue(ctx, ctx.now());
  await sendClaimed(ctx, claimed);
  return claimed.length;
}
