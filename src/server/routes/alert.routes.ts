/** POST /api/v1/alerts/supervisor: an agent's one-click call for a supervisor (abuse, B1–B3), sent as a live alert. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requirePrincipal } from '../auth/guard.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';

export const SupervisorAlertBody = z.strictObject({
  message: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .describe("What is happening, e.g. the abusive words; shown to the supervisor with the agent's name"),
  conversationId: z.uuid().optional().describe('The stored conversation, when it has been saved'),
});

export async function alertRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/v1/alerts/supervisor',
    {
      config: { permission: 'live:use' },
      schema: {
        tags: ['live'],
        summary: "Ask a supervisor for help now: an 'abuse' alert to the team's subscribed supervisors (B1–B3)",
        body: SupervisorAlertBody,
        response: { 202: z.object({ sent: z.literal(true), at: z.iso.datetime() }) },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const at = app.ctx.now().toISOString();
      app.ctx.alerts.publish({
        orgId: p.orgId,
        teamId: p.teamId,
        kind: 'abuse',
        conversationId: request.body.conversationId ?? null,
        agentId: p.userId,
        message: `${p.name} asks for a supervisor: ${request.body.message}`,
        at,
        data: { requestedBy: p.userId, manual: true },
      });
      return reply.status(202).send({ sent: true as const, at });
    },
  );
}
