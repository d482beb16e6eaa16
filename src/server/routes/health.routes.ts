/** Liveness/readiness and Prometheus metrics. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { databaseAnswers } from '../../services/health.service.ts';
import { RETRY_AFTER_SECONDS } from '../http/error-handler.ts';

const Checks = z
  .object({
    databaseReachable: z.boolean().describe('Whether the database answered `select 1` within 3 s'),
    alertBridge: z
      .enum(['connecting', 'listening', 'reconnecting', 'closed', 'none'])
      .describe(
        'The LISTEN/NOTIFY link that carries live alerts between server processes on PostgreSQL: listening, ' +
          'connecting, reconnecting (after a database restart; alerts raised on other processes do not arrive ' +
          'meanwhile), closed, or none (one process, PGlite)',
      ),
  })
  .describe('What the health check looked at, one by one');
const Health = z.object({
  status: z
    .enum(['ok', 'degraded', 'unavailable'])
    .describe(
      'ok; degraded (answers requests, but live alerts do not cross processes); or unavailable (the database cannot be reached)',
    ),
  database: z.enum(['pglite', 'postgres']),
  checks: Checks,
});

/** How long /healthz waits for `select 1` before calling the database unreachable (never a hanging probe). */
const PROBE_TIMEOUT_MS = 3000;

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/healthz',
    {
      config: { isPublic: true, rateLimit: false },
      schema: {
        tags: ['ops'],
        summary: 'Health check',
        description:
          'Answers 200 when the database answers a query and (on PostgreSQL) the live-alert bridge is listening; 503 ' +
          'with Retry-After when the database cannot be reached or the bridge is reconnecting (`status` says which). ' +
          'For load balancers and uptime checks. No login.',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      // A trivial query proves the database answers, not only that the process is up.
      const databaseReachable = await databaseAnswers(app.ctx, { timeoutMs: PROBE_TIMEOUT_MS });
      const alertBridge = app.ctx.alertBridge?.state() ?? 'none';
      const bridgeOk = alertBridge === 'none' || alertBridge === 'listening';
      const status = !databaseReachable ? 'unavailable' : bridgeOk ? 'ok' : 'degraded';
      // Degraded (live alerts not crossing processes) is 503 too: a load balancer or uptime check must see it.
      if (status !== 'ok') reply.status(503).header('retry-after', String(RETRY_AFTER_SECONDS));
      return { status, database: app.ctx.dbKind, checks: { databaseReachable, alertBridge } };
    },
  );
  app.get(
    '/metrics',
    { config: { isPublic: true, rateLimit: false }, schema: { tags: ['ops'] } },
    async (_request, reply) => {
      reply.header('content-type', app.ctx.metrics.registry.contentType);
      return app.ctx.metrics.registry.metrics();
    },
  );
}
