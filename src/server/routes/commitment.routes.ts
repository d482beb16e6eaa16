/** Promises: add to a case, list (mine, state, due before, overdue), complete or waive. */
import type { FastifyInstance } from 'fastify';
import { addCommitment, changeCommitment } from '../../services/commitment.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { can } from '../auth/permissions.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { findCommitmentForAccess, listCommitments } from '../../store/repositories/commitment.repository.ts';
import { loadVisibleCase } from '../services/case-access.ts';
import { rowEvent, withEvents } from '../services/emit.ts';
import { assertVisible } from '../services/visibility.ts';
import { CommitmentOut, IdParams } from './common.schemas.ts';
import {
  CommitmentListQuery,
  CommitmentPage,
  CompleteBody,
  CreateCommitmentBody,
  WaiveBody,
} from './commitment.schemas.ts';

const tags = ['commitments'];

async function change(
  ctx: ServerContext,
  p: Principal,
  id: string,
  action: 'complete' | 'waive',
  detail: { outcome?: string; reason?: string },
) {
  assertVisible(p, await findCommitmentForAccess(ctx.db, p.orgId, id), 'commitment');
  return withEvents(ctx, async (tx) => {
    const value = orThrow(await changeCommitment(tx, p.orgId, p.userId, id, action, detail));
    const completed = rowEvent(ctx, p, 'commitment.completed', value, value.state, {
      commitmentId: value.id,
      caseId: value.caseId,
      kind: value.kind,
      outcome: value.outcome,
    });
    return { value, events: value.state === 'done' ? [completed] : [] };
  });
}

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
        .send(orThrow(await addCommitment(ctx, p.orgId, p.userId, request.params.id, request.body)));
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
      const teamOf = can(p.role, 'case:read-all-teams') ? undefined : { teamId: p.teamId, userId: p.userId };
      return listCommitments(
        ctx.db,
        { orgId: p.orgId, teamOf },
        {
          ...rest,
          ...(mine === 'true' ? { ownerId: p.userId } : {}),
          ...(dueBefore ? { dueBefore: new Date(dueBefore) } : {}),
          ...(overdue === 'true' ? { overdueAt: ctx.now() } : {}),
        },
      );
    },
  );

  app.post(
    '/api/v1/commitments/:id/complete',
    {
      config: { permission: 'commitment:write' },
      schema: { tags, params: IdParams, body: CompleteBody, response: { 200: CommitmentOut } },
    },
    async (request) =>
      change(ctx, requirePrincipal(request), request.params.id, 'complete', { outcome: request.body.outcome }),
  );

  app.post(
    '/api/v1/commitments/:id/waive',
    {
      config: { permission: 'commitment:write' },
      schema: { tags, params: IdParams, body: WaiveBody, response: { 200: CommitmentOut } },
    },
    async (request) =>
      change(ctx, requirePrincipal(request), request.params.id, 'waive', { reason: request.body.reason }),
  );
}
