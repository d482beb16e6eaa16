import type { Config } from '../config.ts';
import type { Database } from '../store/database.ts';
import type { RouteEntry } from './auth/guard.ts';
import type { Principal } from './auth/principal.ts';
import type { Action } from './auth/permissions.ts';
import type { BridgeState } from './live/alert-bridge.ts';
import type { AlertHub } from './live/alert-hub.ts';
import type { SessionCache } from './live/live-sessions.ts';
import type { Metrics } from './plugins/metrics.ts';
import type { DomainEvent } from '../services/domain-events.ts';

/** What every route and service receives: no globals, the clock is injected. */
export interface ServerContext {
  config: Config;
  db: Database;
  dbKind: 'pglite' | 'postgres';
  now: () => Date;
  metrics: Metrics;
  alerts: AlertHub;
  liveSessions: SessionCache;
  /** The LISTEN/NOTIFY bridge between processes on PostgreSQL (null: one process); /healthz reports its state. */
  alertBridge: { state(): BridgeState } | null;
  /** Tells live subscribers about a committed domain event (webhooks get it through the outbox). */
  publish: (event: DomainEvent) => Promise<void>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The action this route performs; the guard checks the caller's role against PERMISSIONS. */
    permission?: Action;
    /** Marks a route that needs no caller (log-in, health, docs). */
    isPublic?: boolean;
    /** Only an instance admin (`users.instance_admin`) may call it, on top of `permission`. */
    instanceAdmin?: boolean;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    ctx: ServerContext;
    routeTable: RouteEntry[];
  }
}
