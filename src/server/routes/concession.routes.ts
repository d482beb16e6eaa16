/** Concessions (R5, V1): the advisor's range, proposals on a case, and the supervisor approval flow. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  adviseConcession,
  decideConcession,
  listConcessionQueue,
  listConcessionsOfCase,
  proposeConcession,
  requireConcession,
} from '../../services/concession.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { loadVisibleCase } from '../auth/actor.ts';
import { IdParams } from './common.schemas.ts';
import {
  ConcessionListQuery,
  ConcessionOut,
  ConcessionPage,
  DecisionBody,
  ProposeConcessionBody,
  RecommendationOut,
  RecommendBody,
} from './concession.schemas.ts';

const tags = ['concessions'];

export async function concessionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.post(
    '/api/v1/concessions/recommend',
    {
      config: { permission: 'concession:recommend' },
      schema: {
        tags,
        summary: 'The explainable concession range for a case; records nothing',
        body: RecommendBody,
        response: { 200: RecommendationOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await loadVisibleCase(ctx, p, request.body.caseId);
      return orThrow(await adviseConcession(ctx, p, request.body));
    },
  );

  app.post(
    '/api/v1/cases/:id/concessions',
    {
      config: { permission: 'concession:request' },
      schema: {
        tags,
        summary: 'Propose a concession; above the org threshold it waits for a supervisor',
        description:
          "Records a concession with its `reason` and the advisor's recommendation. The approval threshold applies to " +
          "the case's total: what is already approved, what is waiting, and this one; above it the concession is " +
          '`proposed` (waiting for `POST /concessions/{id}/decision`) and `approvalReason` says why.',
        params: IdParams,
        body: ProposeConcessionBody,
        response: { 201: ConcessionOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      await loadVisibleCase(ctx, p, request.params.id);
      return reply
        .status(201)
        .send(orThrow(await proposeConcession(ctx, p, { ...request.body, caseId: request.params.id })));
    },
  );

  app.get(
    '/api/v1/cases/:id/concessions',
    {
      config: { permission: 'case:read' },
      schema: { tags, params: IdParams, response: { 200: z.object({ items: z.array(ConcessionOut) }) } },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const kase = await loadVisibleCase(ctx, p, request.params.id);
      return { items: await listConcessionsOfCase(ctx, p, kase.id) };
    },
  );

  app.get(
    '/api/v1/concessions',
    {
      config: { permission: 'concession:approve' },
      schema: {
        tags,
        summary: 'Concessions awaiting a decision (or in another status), oldest first (supervisors)',
        description:
          "The organization's concessions in one status, oldest first, a keyset page at a time (pass `nextCursor` " +
          'back as `cursor`). `status=pending` (the default) is the approval queue: each item says why it needs ' +
          'approval (`approvalReason`) and why it is offered (`reason`).',
        querystring: ConcessionListQuery,
        response: { 200: ConcessionPage },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { status, cursor, limit } = request.query;
      return listConcessionQueue(ctx, p, { status: status === 'pending' ? 'proposed' : status, cursor, limit });
    },
  );

  app.post(
    '/api/v1/concessions/:id/decision',
    {
      config: { permission: 'concession:approve' },
      schema: {
        tags,
        summary: 'Approve or reject a concession waiting for approval (supervisors)',
        params: IdParams,
        body: DecisionBody,
        response: { 200: ConcessionOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      orThrow(await requireConcession(ctx, p, request.params.id));
      const input = { concessionId: request.params.id, decision: request.body.decision };
      return orThrow(await decideConcession(ctx, p, input));
    },
  );
}
