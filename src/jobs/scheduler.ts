/**
 * The promise scheduler: every tick sweeps the promise clocks and sends due webhooks.
 *
 * The database is the queue: reminders and escalations are derived from `commitments` and marked sent in
 * `commitment_notices` (and the audit trail), deliveries are rows of `webhook_deliveries` written in the same transaction as the change
 * that caused them (a transactional outbox). pg-boss was not used because on PGlite (one connection) its
 * own queries cannot join the caller's transaction, so enqueueing could not be atomic with the change.
 * Crash safety: a kill before commit loses nothing that was promised (the sweep re-derives it); a kill
 * after a send but before it is recorded resends with the same `defuse-delivery-id` for receivers to drop.
 */
import type { Result } from '../core/errors.ts';
import { markOverdueMissed } from '../services/commitment.service.ts';
import { SYSTEM } from '../services/context.ts';
import { createMissingFollowUps } from '../services/follow-up.service.ts';
import { removeExpired } from '../services/housekeeping.service.ts';
import { sweepCommitments } from '../services/promise-clock.service.ts';
import type { DomainEvent } from '../services/domain-events.ts';
import { releaseStrandedDeliveries } from '../services/webhook-delivery.service.ts';
import { runDueDeliveries } from './delivery-worker.ts';
import type { JobContext } from './job-context.ts';

export interface Scheduler {
  /** Runs one full tick now (tests and start-up). */
  tick(): Promise<void>;
  /** Settles when the first tick (started at once) has run. */
  first: Promise<void>;
  stop(): Promise<void>;
}

/** A failed step fails the tick (reported by `onError`; the next tick retries it). */
function orThrow<T>(result: Result<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/** How often a running scheduler checks for parked deliveries nothing holds any more. */
const PARKED_CHECK_MS = 60_000;

/** Sends deliveries until none are due: a batch is at most 20, and due deliveries should not wait a whole interval. */
async function drainDeliveries(ctx: JobContext): Promise<void> {
  while ((await runDueDeliveries(ctx)) > 0) {
    // keep draining
  }
}

/**
 * Runs one tick in small committed steps, so that a process killed again and again still makes progress: first the
 * deliveries already owed (a restarted process sends what it owes before anything else), then housekeeping and
 * missing F6 follow-ups, then the clocks (reminders, escalations, which enqueue) one batch of SWEEP_BATCH promises at a
 * time with the deliveries each batch made due sent before the next, then promises past the grace marked missed and
 * their deliveries. Every step is its own transaction; a kill rolls back only the step it interrupts.
 */
export async function runTick(
  ctx: JobContext,
  options: { checkParked: boolean } = { checkParked: true },
): Promise<DomainEvent[]> {
  await drainDeliveries(ctx);
  // The safety net under webhook parking (now and then: it reads every pending delivery's index entry).
  if (options.checkParked && (await releaseStrandedDeliveries(ctx, SYSTEM)) > 0) await drainDeliveries(ctx);
  await removeExpired(ctx, SYSTEM);
  orThrow(await createMissingFollowUps(ctx, SYSTEM));
  const events: DomainEvent[] = [];
  for (;;) {
    const swept = orThrow(await sweepCommitments(ctx, SYSTEM));
    for (const event of swept.events) await ctx.publish(event);
    events.push(...swept.events);
    await drainDeliveries(ctx);
    if (!swept.more) break;
  }
  orThrow(await markOverdueMissed(ctx, SYSTEM, { graceMs: ctx.config.DEFUSE_MISSED_AFTER_HOURS * 3_600_000 }));
  await drainDeliveries(ctx);
  return events;
}

/** Starts ticking every `intervalMs` (ticks never overlap); errors are reported, never fatal. */
export function startScheduler(
  ctx: JobContext,
  options: { intervalMs: number; onError: (error: unknown) => void },
): Scheduler {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  // Parked deliveries are checked on the first tick and then at most once a minute.
  let parkedCheckedAt = Number.NEGATIVE_INFINITY;
  const tick = () => {
    running = running.then(() => {
      const now = ctx.now().getTime();
      const checkParked = now - parkedCheckedAt >= PARKED_CHECK_MS;
      if (checkParked) parkedCheckedAt = now;
      return runTick(ctx, { checkParked }).then(() => undefined, options.onError);
    });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void tick();
  }, options.intervalMs);
  const first = tick();
  return {
    tick,
    first,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
