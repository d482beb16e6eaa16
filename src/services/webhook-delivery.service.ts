/**
 * Webhook deliveries, as the scheduler's sender sees them: claim due ones with a lease, check one is still owed
 * just before sending it, record each attempt (the HTTP send itself is the sender's, src/jobs/webhook-sender.ts).
 */
import {
  type ClaimedDelivery,
  claimDueDeliveries,
  type DeliveryRow,
  isDeliveryPending,
  recordDeliveryAttempt,
  releaseStrandedParks,
} from '../store/repositories/webhook.repository.ts';
import type { DeliveryAttempt } from '../store/schema/index.ts';
import type { ServiceContext, SYSTEM } from './context.ts';

export type { ClaimedDelivery, DeliveryAttempt, DeliveryRow };

/** Claims up to `batch` deliveries due at `now` by pushing their next attempt to `leaseUntil`. */
export const claimDeliveries = (ctx: ServiceContext, input: { now: Date; leaseUntil: Date; batch: number }) =>
  claimDueDeliveries(ctx.db, input.now, input.leaseUntil, input.batch);

/** True while the delivery is still owed (not delivered, dead or deleted with its webhook). */
export const isStillPending = (ctx: ServiceContext, delivery: Pick<DeliveryRow, 'orgId' | 'id'>) =>
  isDeliveryPending(ctx.db, delivery.orgId, delivery.id);

/** Records one attempt and the delivery's new state; false when the delivery is gone (its webhook was deleted). */
export const recordAttempt = (
  ctx: ServiceContext,
  delivery: Pick<DeliveryRow, 'orgId' | 'id'>,
  attempt: DeliveryAttempt,
  state: Parameters<typeof recordDeliveryAttempt>[3],
) => recordDeliveryAttempt(ctx.db, delivery, attempt, state);

/** How long a delivery stays parked before the safety net checks that something still holds it. */
const STRANDED_AFTER_MS = 60_000;

/**
 * Returns to the claim any delivery parked for over a minute that nothing holds any more (see releaseStrandedParks), so
 * a release that never ran cannot leave a promise's webhook waiting for ever. As the system, over every org.
 */
export const releaseStrandedDeliveries = (ctx: ServiceContext, _actor: typeof SYSTEM) =>
  releaseStrandedParks(ctx.db, new Date(ctx.now().getTime() - STRANDED_AFTER_MS), 500);
