/** /orgs: an instance admin adds a tenant to a running instance (the embedded database allows one process). */
import type { FastifyInstance } from 'fastify';
import { actorOf } from '../auth/actor.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { createOrg } from '../../services/tenant.service.ts';
import { CreatedOrgOut, CreateOrgBody } from './org.schemas.ts';

export async function orgRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.post(
    '/api/v1/orgs',
    {
      config: { permission: 'org:create', instanceAdmin: true },
      schema: {
        tags: ['admin'],
        summary: 'Create an organization with its default team and first admin (instance admins)',
        description:
          'Adds a tenant to a running instance: the organization, its "Front line" team and its first admin are ' +
          'written in one transaction with their audit entries (actor: the instance admin), so a failure leaves ' +
          'no partial rows. Only users with `instanceAdmin` may call it (granted by `defuse org create ' +
          '--instance-admin` or `defuse user create --instance-admin`). The new admin then adds users with ' +
          '`POST /api/v1/users`. A name or slug already in use is a 409.',
        body: CreateOrgBody,
        response: { 201: CreatedOrgOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const { name, admin } = request.body;
      const created = orThrow(
        await createOrg(ctx, actorOf(p), {
          name,
          adminEmail: admin.email,
          adminPassword: admin.password,
          ...(admin.name ? { adminName: admin.name } : {}),
        }),
      );
      return reply.status(201).send({
        organization: {
          id: created.org.id,
          name: created.org.name,
          slug: created.org.slug,
          createdAt: created.org.createdAt,
        },
        team: { id: created.team.id, name: created.team.name },
        admin: created.admin,
      });
    },
  );
}
