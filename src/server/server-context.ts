/** Builds the ServerContext from config and an opened store. */
import type { Config } from '../config.ts';
import type { DomainEvent } from '../services/domain-events.ts';
import type { OpenedDatabase } from '../store/database.ts';
import type { ServerContext } from './context.ts';
import { createAlertHub, type Alert } from './live/alert-hub.ts';
import { createSessionCache } from './live/live-sessions.ts';
import { createMetrics } from './plugins/metrics.ts';

/** A committed domain event as a live alert for the team's supervisors. */
const toAlert = (event: DomainEvent): Alert => ({
  orgId: event.orgId,
  teamId: event.teamId ?? null,
  kind: 'event',
  conversationId: typeof event.data.conversationId === 'string' ? event.data.conversationId : null,
  agentId: typeof event.data.agentId === 'string' ? event.data.agentId : null,
  message: event.type,
  at: event.occurredAt.toISOString(),
  data: { type: event.type, ...event.data },
});

export function createServerContext(
  config: Config,
  store: OpenedDatabase,
  options: { now?: () => Date; onEvent?: (event: DomainEvent) => void } = {},
): ServerContext {
  const alerts = createAlertHub();
  const metrics = createMetrics();
  return {
    config,
    db: store.db,
    dbKind: store.kind,
    now: options.now ?? (() => new Date()),
    metrics,
    alerts,
    liveSessions: createSessionCache({
      maxSessions: config.DEFUSE_LIVE_SESSIONS,
      onReplay: (how, turns) => {
        metrics.liveSessionRebuilds.inc({ how });
        metrics.liveSessionReplays.inc({ how }, turns);
      },
    }),
    alertBridge: null,
    publish: async (event) => {
      options.onEvent?.(event);
      alerts.publish(toAlert(event));
    },
  };
}
