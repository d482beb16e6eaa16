/** /root-causes: what complaints are traced to (P3) and the process fixes against them (P2). */
import type { FastifyInstance } from 'fastify';
import {
  changeRootCause,
  countCasesPerRootCause,
  createRootCause,
  listRootCausesWithFixes,
  type RootCauseInput,
  type RootCauseWithFixes,
} from '../../services/root-cause.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { actorOf } from '../auth/actor.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { IdParams } from './common.schemas.ts';
import { CreateRootCauseBody, RootCauseList, RootCauseOut, UpdateRootCauseBody } from './root-cause.schemas.ts';

const tags = ['root causes'];

type FixBody = { dueAt?: string | null | undefined } & Omit<NonNullable<RootCauseInput['processFix']>, 'dueAt'>;

/** The request's process fix with its due time as a Date. */
const toInput = <T extends { processFix?: FixBody | undefined }>(body: T) => {
  const { processFix, ...rest } = body;
  if (!processFix) return rest;
  const { dueAt, ...fix } = processFix;
  return { ...rest, processFix: { ...fix, ...(dueAt === undefined ? {} : { dueAt: dueAt ? new Date(dueAt) : null }) } };
};

const present = (row: RootCauseWithFixes, caseCount: number) => ({ ...row, caseCount });

export async function rootCauseRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get(
    '/api/v1/root-causes',
    {
      config: { permission: 'root-cause:read' },
      schema: {
        tags,
        summary: "List the organization's root causes",
        description:
          'By name, each with how many cases name it and its process fixes. Everyone may read them (to link a case ' +
          'with `PATCH /cases/{id} {"rootCauseId"}`); supervisors and admins create and edit them.',
        response: { 200: RootCauseList },
      },
    },
    async (request) => {
      const { rows, fixes, counts } = await listRootCausesWithFixes(ctx, requirePrincipal(request));
      return {
        items: rows.map((row) => ({
          ...row,
          caseCount: counts.get(row.id) ?? 0,
          processFixes: fixes.filter((f) => f.rootCauseId === row.id),
        })),
      };
    },
  );

  app.post(
    '/api/v1/root-causes',
    {
      config: { permission: 'root-cause:manage' },
      schema: {
        tags,
        summary: 'Record a root cause (P3), optionally with its first process fix (P2)',
        description:
          'Names are unique in the organization (a taken name is a 409). Audited: `entity: root_cause` and, for the ' +
          'fix, `entity: process_fix`, both `action: created`.',
        body: CreateRootCauseBody,
        response: { 201: RootCauseOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const row = orThrow(await createRootCause(ctx, actorOf(p), toInput(request.body)));
      return reply.status(201).send(present(row, 0));
    },
  );

  app.patch(
    '/api/v1/root-causes/:id',
    {
      config: { permission: 'root-cause:manage' },
      schema: {
        tags,
        summary: 'Rename or describe a root cause; add or move a process fix (P2)',
        description:
          'Send only what changes. `processFix` without `id` adds a fix; with the id of one of this root cause’s ' +
          'fixes it changes that fix (e.g. `{"status": "done"}` records when it was done). Each change is audited ' +
          'with before/after of the changed fields; a patch that changes nothing writes nothing.',
        params: IdParams,
        body: UpdateRootCauseBody,
        response: { 200: RootCauseOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const input = { ...toInput(request.body), rootCauseId: request.params.id };
      const row = orThrow(await changeRootCause(ctx, actorOf(p), input));
      return present(row, (await countCasesPerRootCause(ctx, p)).get(row.id) ?? 0);
    },
  );
}
