/** Prometheus metrics on a registry owned by one app (so tests can build many apps). */
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
  liveCueSeconds: Histogram;
  webhookAttempts: Counter<'outcome'>;
  /** 1 while the alert bridge LISTENs, 0 while it reconnects (absent without a bridge, i.e. on PGlite). */
  alertBridgeUp: Gauge;
  alertBridgeReconnects: Counter;
  /** Turns fed through the engine again when a live session was restored from a checkpoint or rebuilt. */
  liveSessionReplays: Counter<'how'>;
  /** Live sessions brought back after eviction: from a checkpoint (restored) or from the first turn. */
  liveSessionRebuilds: Counter<'how'>;
  /** Requests answered 503 because the database could not be reached. */
  databaseUnavailable: Counter;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'defuse_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'defuse_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    liveCueSeconds: new Histogram({
      name: 'defuse_live_turn_seconds',
      help: 'Time from a live turn arriving to its cues being sent',
      buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1],
      registers: [registry],
    }),
    webhookAttempts: new Counter({
      name: 'defuse_webhook_attempts_total',
      help: 'Webhook delivery attempts by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    alertBridgeUp: new Gauge({
      name: 'defuse_alert_bridge_up',
      help: '1 while the live-alert bridge LISTENs on PostgreSQL, 0 while it reconnects',
      registers: [registry],
    }),
    alertBridgeReconnects: new Counter({
      name: 'defuse_alert_bridge_reconnects_total',
      help: 'Times the live-alert bridge re-established its LISTEN connection after losing it',
      registers: [registry],
    }),
    liveSessionReplays: new Counter({
      name: 'defuse_live_session_replayed_turns_total',
      help: 'Turns replayed to bring back an evicted live session: from its checkpoint (restored) or from the start',
      labelNames: ['how'],
      registers: [registry],
    }),
    liveSessionRebuilds: new Counter({
      name: 'defuse_live_session_rebuilds_total',
      help: 'Live sessions brought back: from a checkpoint (restored) or replayed from the first turn (from_start)',
      labelNames: ['how'],
      registers: [registry],
    }),
    databaseUnavailable: new Counter({
      name: 'defuse_database_unavailable_total',
      help: 'Requests answered 503 because the database could not be reached',
      registers: [registry],
    }),
  };
}

/** Counts and times every request by its route pattern (never the raw URL, to bound label cardinality). */
export function registerMetricsHooks(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.duration.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}
