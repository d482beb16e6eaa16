/** Sends due webhook deliveries: claim with a lease (FOR UPDATE SKIP LOCKED), send, record the attempt. */
import {
  type ClaimedDelivery,
  claimDeliveries,
  type DeliveryAttempt,
  type DeliveryRow,
  isStillPending,
  recordAttempt as recordDeliveryAttempt,
} from '../services/webhook-delivery.service.ts';
import { nextAttemptAt } from './backoff.ts';
import type { JobContext } from './job-context.ts';
import { sendWebhook, type AttemptResult } from './webhook-sender.ts';

const BATCH = 20;

/** Claims up to BATCH due deliveries by pushing their next attempt past the lease; a crash mid-send retries after it. */
export async function claimDue(ctx: JobContext, now: Date) {
  // Long enough for one send to time out and be recorded; a crash in between is retried once the lease lapses.
  const leaseUntil = new Date(now.getTime() + ctx.config.DEFUSE_WEBHOOK_TIMEOUT_MS * 2 + 5_000);
  return claimDeliveries(ctx, { now, leaseUntil, batch: BATCH });
}

async function recordAttempt(ctx: JobContext, delivery: DeliveryRow, result: AttemptResult, at: Date) {
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
  const recorded = await recordDeliveryAttempt(ctx, delivery, attempt, {
    status,
    attemptCount: attemptNumber,
    responseCode: result.responseCode,
    error: result.error,
    nextAttemptAt: next,
    deliveredAt: result.ok ? at : null,
    updatedAt: at,
  });
  // Not recorded: the webhook was deleted while this attempt was on the wire; there is nothing left to count.
  if (recorded) ctx.onAttempt?.(status === 'pending' ? 'retry' : status);
}

/**
 * Sends claimed deliveries and records each attempt. A claim commits before the send, so the webhook may have been
 * deleted (its deliveries with it) in between: asked just before sending, a DELETE that has committed is seen.
 */
export async function sendClaimed(ctx: JobContext, claimed: ClaimedDelivery[]): Promise<void> {
  await Promise.all(
    claimed.map(async ({ delivery, url, secret, active }) => {
      if (!(await isStillPending(ctx, delivery))) return;
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
