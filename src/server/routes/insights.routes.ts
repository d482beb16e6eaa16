/** /insights: root causes, recurrence, promises kept, anger start→end, QA by principle (supervisors and admins). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  summarizeAnger,
  summarizePromises,
  summarizeQa,
  summarizeRecurrence,
  summarizeRootCauses,
  type AngerTrendLike,
} from '../../core/insights/index.ts';
import { findOrgPolicy } from '../../store/repositories/organization.repository.ts';
import { findRootCauseSpikesForOrg } from '../../store/services/insights.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import * as facts from '../repositories/insights.repository.ts';

const tags = ['insights'];
const Period = z.object({
  days: z.coerce.number().int().min(1).max(730).default(30).describe('look-back window in days'),
});

export async function insightsRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const since = (days: number) => new Date(ctx.now().getTime() - days * 86_400_000);
  const opts = (summary: string) => ({
    config: { permission: 'insights:read' as const },
    schema: { tags, summary, querystring: Period },
  });

  app.get(
    '/api/v1/insights/root-causes',
    opts('P3: complaints by root cause, and root causes spiking this week'),
    async (request) => {
      const p = requirePrincipal(request);
      const [rows, names] = await Promise.all([
        facts.listCaseFacts(ctx.db, p.orgId, since(request.query.days)),
        facts.rootCauseNames(ctx.db, p.orgId),
      ]);
      return {
        days: request.query.days,
        rootCauses: summarizeRootCauses(rows, names),
        spikes: orThrow(await findRootCauseSpikesForOrg(ctx, p.orgId)),
      };
    },
  );

  app.get('/api/v1/insights/recurrence', opts('P2: share of cases repeating an earlier complaint'), async (request) => {
    const p = requirePrincipal(request);
    const policy = await findOrgPolicy(ctx.db, p.orgId);
    const rows = await facts.listCaseFacts(ctx.db, p.orgId, since(request.query.days));
    return { days: request.query.days, ...summarizeRecurrence(rows, policy?.recurrenceWindowDays ?? 90) };
  });

  app.get('/api/v1/insights/promises', opts('F4: promises kept on time, late, broken, waived'), async (request) => {
    const p = requirePrincipal(request);
    return {
      days: request.query.days,
      ...summarizePromises(await facts.listPromiseFacts(ctx.db, p.orgId, since(request.query.days)), ctx.now()),
    };
  });

  app.get('/api/v1/insights/anger', opts('Anger at the start versus the end of conversations'), async (request) => {
    const p = requirePrincipal(request);
    const rows = await facts.listAnalyses(ctx.db, p.orgId, since(request.query.days));
    const trends = rows.flatMap((r) => (r.analysis?.anger_trend ? [r.analysis.anger_trend as AngerTrendLike] : []));
    return { days: request.query.days, ...summarizeAnger(trends) };
  });

  app.get('/api/v1/insights/qa', opts('QA by playbook principle: met / violated / not applicable'), async (request) => {
    const p = requirePrincipal(request);
    const rows = await facts.listAnalyses(ctx.db, p.orgId, since(request.query.days));
    const rubrics = rows.flatMap((r) =>
      r.analysis?.rubric ? [r.analysis.rubric as Record<string, 'met' | 'violated' | 'n/a'>] : [],
    );
    return { days: request.query.days, conversations: rubrics.length, principles: summarizeQa(rubrics) };
  });
}
