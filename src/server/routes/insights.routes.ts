/** /insights: root causes, recurrence, promises kept, anger start→end, QA by principle (supervisors and admins). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  summarizeAnger,
  summarizePromiseCounts,
  meanScore,
  summarizeQa,
  summarizeQaByGroup,
  summarizeRecurrence,
  summarizeRootCauses,
} from '../../core/insights/index.ts';
import {
  analysisFacts,
  findRootCauseSpikesForOrg,
  promiseFacts,
  qaFacts,
  recurrenceFacts,
  rootCauseFacts,
} from '../../services/insights.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { can } from '../auth/permissions.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';

const tags = ['insights'];
const Period = z.object({
  days: z.coerce.number().int().min(1).max(730).default(30).describe('look-back window in days'),
});

const PrincipleQaOut = z.object({
  principle: z.string().describe('The playbook principle id, e.g. A1 or F5'),
  met: z.number().int().describe('Conversations that met it'),
  violated: z.number().int().describe('Conversations that violated it'),
  notApplicable: z.number().int().describe('Conversations where it did not apply'),
  metRate: z.number().nullable().describe('met / (met + violated), 0–1; null when it never applied'),
});

const QaQuery = Period.extend({
  groupBy: z.enum(['agent', 'team']).optional().describe('Add one summary per agent or per team'),
});

const QaOut = z.object({
  days: z.number().int().describe('The look-back window in days'),
  scope: z
    .enum(['team', 'organization'])
    .describe("What was counted: the supervisor's team (and their own conversations) or the whole organization"),
  conversations: z.number().int().describe('Analysed conversations counted'),
  score: z.number().nullable().describe('Mean QA score (0–100); null when none was scored'),
  principles: z.array(PrincipleQaOut).describe('Per principle, by id'),
  groupBy: z.enum(['agent', 'team']).optional().describe('How `groups` is grouped (only with `groupBy`)'),
  groups: z
    .array(
      z.object({
        id: z.uuid().nullable().describe('The agent or team id; null for conversations with no agent or team'),
        name: z.string().describe('The agent or team name'),
        conversations: z.number().int().describe("The group's analysed conversations"),
        score: z.number().nullable().describe("The group's mean QA score (0–100)"),
        principles: z.array(PrincipleQaOut).describe("The group's per-principle counts"),
      }),
    )
    .optional()
    .describe('One summary per agent or team, by name (only with `groupBy`)'),
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
      const { rows, names } = await rootCauseFacts(ctx, p, since(request.query.days));
      return {
        days: request.query.days,
        rootCauses: summarizeRootCauses(rows, names),
        spikes: orThrow(await findRootCauseSpikesForOrg(ctx, p)),
      };
    },
  );

  app.get('/api/v1/insights/recurrence', opts('P2: share of cases repeating an earlier complaint'), async (request) => {
    const p = requirePrincipal(request);
    const { rows, recurrenceWindowDays } = await recurrenceFacts(ctx, p, since(request.query.days));
    return { days: request.query.days, ...summarizeRecurrence(rows, recurrenceWindowDays) };
  });

  app.get('/api/v1/insights/promises', opts('F4: promises kept on time, late, broken, waived'), async (request) => {
    const p = requirePrincipal(request);
    return {
      days: request.query.days,
      ...summarizePromiseCounts(await promiseFacts(ctx, p, since(request.query.days))),
    };
  });

  app.get('/api/v1/insights/anger', opts('Anger at the start versus the end of conversations'), async (request) => {
    const p = requirePrincipal(request);
    const rows = await analysisFacts(ctx, p, since(request.query.days));
    const trends = rows.flatMap((r) => (r.analysis?.angerTrend ? [r.analysis.angerTrend] : []));
    return { days: request.query.days, ...summarizeAnger(trends) };
  });

  app.get(
    '/api/v1/insights/qa',
    {
      config: { permission: 'insights:read' },
      schema: {
        tags,
        summary: 'QA by playbook principle, overall or by agent or team',
        description:
          'Counts, for every principle of the rubric, the conversations that met it, violated it or where it did not ' +
          'apply, with the mean QA score, over the last `days` days. `groupBy=agent` or `groupBy=team` adds one ' +
          "such summary per agent or per team (the agent's team). Supervisors see their team's agents (and their own " +
          'conversations); admins see the whole organization.',
        querystring: QaQuery,
        response: { 200: QaOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { days, groupBy } = request.query;
      const wholeOrg = can(p.role, 'insights:read-all-teams');
      const scope = wholeOrg ? undefined : { teamId: p.teamId, userId: p.userId };
      const rows = await qaFacts(ctx, p, { since: since(days), scope });
      const rubrics = rows.flatMap((r) => (r.rubric ? [r.rubric] : []));
      const groups =
        groupBy === undefined
          ? undefined
          : summarizeQaByGroup(
              rows.map((r) => ({
                groupId: groupBy === 'agent' ? r.agentId : r.teamId,
                groupName:
                  (groupBy === 'agent' ? r.agentName : r.teamName) ?? (groupBy === 'agent' ? 'no agent' : 'no team'),
                rubric: r.rubric,
                score: r.score,
              })),
            );
      return {
        days,
        scope: wholeOrg ? ('organization' as const) : ('team' as const),
        conversations: rows.length,
        score: meanScore(rows.map((r) => r.score)),
        principles: summarizeQa(rubrics),
        ...(groupBy === undefined ? {} : { groupBy, groups }),
      };
    },
  );
}
