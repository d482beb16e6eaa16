/** Emits a domain event after its change committed: into the webhook outbox, then to live subscribers. */
import type { DomainEvent, EventType } from '../../jobs/event-types.ts';
import { enqueueEvent } from '../../jobs/outbox.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';

export async function emit(ctx: ServerContext, event: DomainEvent): Promise<void> {
  await enqueueEvent(ctx.db, event);
  await ctx.publish(event);
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
