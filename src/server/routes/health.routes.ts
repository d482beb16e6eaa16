/** Liveness/readiness and Prometheus metrics. */
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const Health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) });

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/healthz',
    { config: { isPublic: true, rateLimit: false }, schema: { tags: ['ops'], response: { 200: Health } } },
    async () => {
      // A trivial query proves the database answers, not only that the process is up.
      await app.ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.ctx.dbKind };
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
