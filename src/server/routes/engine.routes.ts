/** Stateless engine endpoints: analysis (as `defuse analyze --json`) and the reply linter. */
import type { FastifyInstance } from 'fastify';
import { analyzeConversation } from '../../core/analyze.ts';
import { lint } from '../../core/coach/lint/index.ts';
import type { LintContext } from '../../core/coach/lint-types.ts';
import { parseConversations } from '../../core/conversation/parse.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { AnalysisOut, AnalyzeBody, LintBody, LintOut } from './engine.schemas.ts';

export async function engineRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/v1/analyze',
    {
      config: { permission: 'engine:use' },
      schema: {
        tags: ['engine'],
        summary: 'Analyze one conversation (or an array); nothing is stored',
        body: AnalyzeBody,
        response: { 200: AnalysisOut.or(AnalysisOut.array()) },
      },
    },
    async (request) => {
      const conversations = parseConversations(request.body);
      const results = conversations.map((conversation) => analyzeConversation(conversation));
      return Array.isArray(request.body) ? results : results[0]!;
    },
  );

  app.post(
    '/api/v1/lint',
    {
      config: { permission: 'engine:use' },
      schema: {
        tags: ['engine'],
        summary: 'Lint an agent reply against the playbook',
        body: LintBody,
        response: { 200: LintOut },
      },
    },
    async (request) => {
      const { reply, context } = request.body;
      const lintContext = Object.fromEntries(
        Object.entries(context ?? {}).filter(([, v]) => v !== undefined),
      ) as LintContext;
      return { findings: lint(reply, lintContext) };
    },
  );
}
