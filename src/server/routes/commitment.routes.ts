/** Promises: add to a case, list (mine, state, due before, overdue), complete or waive. */
import type { FastifyInstance } from 'fastify';
import { addCommitment, listVisibleCommitments, settleCommitment } from '../../services/commitment.service.ts';
import { actorOf, loadVisibleCase } from '../auth/actor.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { CommitmentOut, IdParams } from './common.schemas.ts';
import {
  CommitmentListQuery,
  CommitmentPage,
  CompleteBody,
  CreateCommitmentBody,
  WaiveBody,
} from './commitment.schemas.ts';

const tags = ['commitments'];

export async function commitmentRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.post(
    '/api/v1/cases/:id/commitments',
    {
      config: { permission: 'commitment:write' },
      schema: {
        tags,
        summary: 'Record a promise on a case (F1, F2)',
        params: IdParams,
        body: CreateCommitmentBody,
        response: { 201: CommitmentOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      await loadVisibleCase(ctx, p, request.params.id);
      return reply
        .status(201)
        .send(orThrow(await addCommitment(ctx, p, { ...request.body, caseId: request.params.id })));
    },
  );

  app.get(
    '/api/v1/commitments',
    {
      config: { permission: 'commitment:read' },
      schema: { tags, querystring: CommitmentListQuery, response: { 200: CommitmentPage } },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { mine, overdue, dueBefore, ...rest } = request.query;
      return listVisibleCommitments(ctx, actorOf(p), {
        ...rest,
        ...(mine === 'true' ? { ownerId: p.userId } : {}),
        ...(dueBefore ? { dueBefore: new Date(dueBefore) } : {}),
        ...(overdue === 'true' ? { overdueAt: ctx.now() } : {}),
      });
    },
  );

  app.post(
    '/api/v1/commitments/:id/complete',
    {
      config: { permission: 'commitment:write' },
      schema: { tags, params: IdParams, body: CompleteBody, response: { 200: CommitmentOut } },
    },
    async (request) => {
      const input = { commitmentId: request.params.id, action: 'complete' as const, outcome: request.body.outcome };
      return orThrow(await settleCommitment(ctx, actorOf(requirePrincipal(request)), input));
    },
  );

  app.post(
    '/api/v1/commitments/:id/waive',
    {
      config: { permission: 'commitment:write' },
      schema: { tags, params: IdParams, body: WaiveBody, response: { 200: CommitmentOut } },
    },
    async (request) => {
      const input = { commitmentId: request.params.id, action: 'waive' as const, reason: request.body.reason };
      return orThrow(await settleCommitment(ctx, actorOf(requirePrincipal(request)), input));
    },
  );
}
