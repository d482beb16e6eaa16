/** Admin-only: users, teams. Every change is audited in its own transaction (see services/tenant.service.ts). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { translateDbError } from '../../store/store-errors.ts';
import { requirePrincipal } from '../auth/guard.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { auditActor } from '../auth/principal.ts';
import { findTeam, listTeams, listUsers } from '../../store/repositories/organization.repository.ts';
import { changeUser, createTeam, createUser } from '../../services/tenant.service.ts';
import { CreateTeamBody, CreateUserBody, TeamOut, UpdateUserBody, UserOut } from './admin.schemas.ts';
import { ResetPasswordBody } from './auth.schemas.ts';
import { resetPassword } from '../services/auth.service.ts';
import { IdParams } from './common.schemas.ts';

const tags = ['admin'];

export async function adminRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  const guarded = <T>(work: () => Promise<T>) =>
    work().catch((error: unknown) => Promise.reject(translateDbError(error)));

  app.get(
    '/api/v1/users',
    {
      config: { permission: 'user:manage' },
      schema: { tags, response: { 200: z.object({ items: z.array(UserOut) }) } },
    },
    async (request) => ({
      items: await listUsers(ctx.db, requirePrincipal(request).orgId),
    }),
  );

  app.post(
    '/api/v1/users',
    { config: { permission: 'user:manage' }, schema: { tags, body: CreateUserBody, response: { 201: UserOut } } },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const created = await guarded(() =>
        createUser(ctx.db, { ...request.body, orgId: p.orgId }, ctx.now(), auditActor(p)),
      );
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { permission: 'user:manage' },
      schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: UserOut } },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const body = request.body;
      if (
        request.params.id === p.userId &&
        ((body.role !== undefined && body.role !== 'admin') || body.active === false)
      ) {
        throw new AppError('invalid_input', 'you cannot demote or deactivate yourself; ask another admin', 'body');
      }
      if (body.teamId && !(await findTeam(ctx.db, p.orgId, body.teamId)))
        throw new AppError('invalid_input', 'no such team in this organization', 'body.teamId');
      const updated = await changeUser(ctx.db, p.orgId, request.params.id, body, ctx.now(), auditActor(p));
      if (!updated) throw new AppError('not_found', 'no user with that id');
      return updated;
    },
  );

  app.post(
    '/api/v1/users/:id/password',
    {
      config: { permission: 'user:manage' },
      schema: {
        tags,
        summary: "Reset a user's password (admins)",
        description:
          'Sets a new password for a user of your organization and ends every session of theirs. Audited as ' +
          '`password_reset` with you as the actor; the password is never stored in the trail or logged.',
        params: IdParams,
        body: ResetPasswordBody,
      },
    },
    async (request, reply) => {
      await resetPassword(ctx, requirePrincipal(request), request.params.id, request.body.newPassword);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/teams',
    { config: { permission: 'case:read' }, schema: { tags, response: { 200: z.object({ items: z.array(TeamOut) }) } } },
    async (request) => ({
      items: await listTeams(ctx.db, requirePrincipal(request).orgId),
    }),
  );

  app.post(
    '/api/v1/teams',
    { config: { permission: 'team:manage' }, schema: { tags, body: CreateTeamBody, response: { 201: TeamOut } } },
    async (request, reply) => {
      const p = requirePrincipal(request);
      return reply
        .status(201)
        .send(
          await guarded(() =>
            createTeam(ctx.db, { orgId: p.orgId, name: request.body.name }, ctx.now(), auditActor(p)),
          ),
        );
    },
  );
}
