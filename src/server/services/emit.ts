/** Domain events: written to the webhook outbox in the same transaction as the change, then told to live subscribers. */
import type { DomainEvent, EventType } from '../../jobs/event-types.ts';
import { enqueueEvent } from '../../store/repositories/outbox.repository.ts';
import type { Database } from '../../store/database.ts';
import { translateDbError } from '../../store/store-errors.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';

/**
 * Runs `work` with a context whose `db` is one transaction (store services nest as savepoints), enqueues the
 * events it returns in that same transaction, and publishes them to live subscribers once it has committed.
 */
export async function withEvents<T>(
  ctx: ServerContext,
  work: (tx: ServerContext) => Promise<{ value: T; events: DomainEvent[] }>,
): Promise<T> {
  let events: DomainEvent[] = [];
  let value: T;
  try {
    value = await ctx.db.transaction(async (tx) => {
      const out = await work({ ...ctx, db: tx as unknown as Database });
      for (const event of out.events) await enqueueEvent(tx, event);
      events = out.events;
      return out.value;
    });
  } catch (error) {
    throw translateDbError(error);
  }
  for (const event of events) await ctx.publish(event);
  return value;
}

/** An event about one row, keyed by the row and its version (or state) so a replay is a no-op. */
export const rowEvent = (
  ctx: ServerContext,
  principal: Principal,
  type: EventType,
  row: { id: string; teamId?: string | null },
  version: string | number,
  data: Record<string, unknown>,
): DomainEvent => ({
  orgId: principal.orgId,
  type,
  key: `${type}:${row.id}:${version}`,
  teamId: row.teamId ?? principal.teamId,
  data: { ...data, actorId: principal.userId },
  occurredAt: ctx.now(),
});
