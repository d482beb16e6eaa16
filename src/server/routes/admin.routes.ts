/** Admin-only: users, teams. Every change is audited in its own transaction (see services/tenant.service.ts). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requirePrincipal } from '../auth/guard.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { createTeam, createUser, listOrgTeams, listOrgUsers, updateUser } from '../../services/tenant.service.ts';
import { CreateTeamBody, CreateUserBody, TeamOut, UpdateUserBody, UserOut } from './admin.schemas.ts';
import { ResetPasswordBody } from './auth.schemas.ts';
import { resetPassword } from '../../services/auth.service.ts';
import { actorOf } from '../auth/actor.ts';
import { orThrow } from '../http/result.ts';
import { IdParams } from './common.schemas.ts';

const tags = ['admin'];

export async function adminRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;
  app.get(
    '/api/v1/users',
    {
      config: { permission: 'user:manage' },
      schema: { tags, response: { 200: z.object({ items: z.array(UserOut) }) } },
    },
    async (request) => ({
      items: await listOrgUsers(ctx, requirePrincipal(request)),
    }),
  );

  app.post(
    '/api/v1/users',
    { config: { permission: 'user:manage' }, schema: { tags, body: CreateUserBody, response: { 201: UserOut } } },
    async (request, reply) => {
      const created = orThrow(await createUser(ctx, actorOf(requirePrincipal(request)), request.body));
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
      const input = { userId: request.params.id, ...request.body };
      return orThrow(await updateUser(ctx, actorOf(requirePrincipal(request)), input));
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
      orThrow(
        await resetPassword(ctx, actorOf(requirePrincipal(request)), {
          userId: request.params.id,
          newPassword: request.body.newPassword,
        }),
      );
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/teams',
    { config: { permission: 'case:read' }, schema: { tags, response: { 200: z.object({ items: z.array(TeamOut) }) } } },
    async (request) => ({
      items: await listOrgTeams(ctx, requirePrincipal(request)),
    }),
  );

  app.post(
    '/api/v1/teams',
    { config: { permission: 'team:manage' }, schema: { tags, body: CreateTeamBody, response: { 201: TeamOut } } },
    async (request, reply) => {
      return reply.status(201).send(orThrow(await createTeam(ctx, actorOf(requirePrincipal(request)), request.body)));
    },
  );
}
