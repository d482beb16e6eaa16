/** /cases: list (filters, search, cursor), open, read, edit, and move through the lifecycle. */
import type { FastifyInstance } from 'fastify';
import { createCase, listVisibleCases, readCaseDetail } from '../../services/case.service.ts';
import { moveCase } from '../../services/case-transition.service.ts';
import { changeCase } from '../../services/handover.service.ts';
import { actorOf, loadVisibleCase } from '../auth/actor.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import {
  CaseDetailOut,
  CaseListQuery,
  CaseOut,
  CasePage,
  CreateCaseBody,
  OpenedCaseOut,
  TransitionBody,
  TransitionOut,
  UpdateCaseBody,
} from './case.schemas.ts';
import { IdParams } from './common.schemas.ts';

const tags = ['cases'];

export async function caseRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get(
    '/api/v1/cases',
    { config: { permission: 'case:read' }, schema: { tags, querystring: CaseListQuery, response: { 200: CasePage } } },
    async (request) => {
      const p = requirePrincipal(request);
      const { mine, ...filters } = request.query;
      return listVisibleCases(ctx, actorOf(p), { ...filters, ...(mine === 'true' ? { ownerId: p.userId } : {}) });
    },
  );

  app.post(
    '/api/v1/cases',
    { config: { permission: 'case:write' }, schema: { tags, body: CreateCaseBody, response: { 201: OpenedCaseOut } } },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const opened = orThrow(await createCase(ctx, p, request.body));
      return reply.status(201).send({
        ...opened.case,
        commitments: opened.commitments,
        recurrence: opened.recurrence,
        routing: opened.routing,
      });
    },
  );

  app.get(
    '/api/v1/cases/:id',
    { config: { permission: 'case:read' }, schema: { tags, params: IdParams, response: { 200: CaseDetailOut } } },
    async (request) => {
      return orThrow(await readCaseDetail(ctx, actorOf(requirePrincipal(request)), request.params.id));
    },
  );

  app.patch(
    '/api/v1/cases/:id',
    {
      config: { permission: 'case:write' },
      schema: {
        tags,
        summary: 'Change a case',
        description:
          'Send only what changes (issue text, resolution, severity, fault, consent, root cause, owner). Closed cases ' +
          'are read-only. Audited; emits `case.updated`. Reassigning (`ownerId`) hands the old owner’s open promises ' +
          'on the case to the new owner in the same transaction (each audited `handed_over`, each emitting ' +
          '`commitment.handed_over`); moved back to the queue (`ownerId: null`) they stay with the old owner. ' +
          'Agents may hand a case to a teammate or back to the queue; supervisors and admins to anyone active.',
        params: IdParams,
        body: UpdateCaseBody,
        response: { 200: CaseOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      await loadVisibleCase(ctx, p, request.params.id);
      return orThrow(await changeCase(ctx, p, { ...request.body, caseId: request.params.id })).case;
    },
  );

  app.post(
    '/api/v1/cases/:id/transitions',
    {
      config: { permission: 'case:write' },
      schema: {
        tags,
        summary: 'Move a case through its lifecycle (close needs its promises met or waived, F4)',
        params: IdParams,
        body: TransitionBody,
        response: { 200: TransitionOut },
      },
    },
    async (request) => {
      const { action, waivers, expectedVersion } = request.body;
      const input = {
        caseId: request.params.id,
        action,
        ...(waivers ? { waivers } : {}),
        ...(expectedVersion ? { expectedVersion } : {}),
      };
      return orThrow(await moveCase(ctx, actorOf(requirePrincipal(request)), input));
    },
  );
}
