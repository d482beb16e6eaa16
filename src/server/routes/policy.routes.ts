/** /policy: the org's promise clocks and concession threshold; anyone reads it, only admins change it. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { OrgPolicy } from '../../core/cases/types.ts';
import { findOrgPolicy } from '../../store/repositories/organization.repository.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { auditActor } from '../auth/principal.ts';
import { changePolicy } from '../services/tenant.service.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';

const tags = ['admin'];

const PolicyOut = z.object({
  chaserMinutes: z.number().describe('F5: a Chaser call-back is due this many minutes after a customer hang-up'),
  supervisorFollowUpHours: z.number().describe('F6: a supervisor follows up an unresolved case within this many hours'),
  concessionApprovalThresholdCents: z.number().describe('R5: concessions above this need a supervisor'),
  currency: z.string(),
  regulatoryPreset: z.string().nullable(),
  recurrenceWindowDays: z.number(),
});

const PolicyPatch = z
  .strictObject({
    chaserMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
    supervisorFollowUpHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 30),
    concessionApprovalThresholdCents: z.number().int().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD'),
    regulatoryPreset: z.string().min(1).nullable(),
    recurrenceWindowDays: z.number().int().min(1).max(3650),
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one setting to change');

export async function policyRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get(
    '/api/v1/policy',
    { config: { permission: 'case:read' }, schema: { tags, response: { 200: PolicyOut } } },
    async (request) => (await findOrgPolicy(ctx.db, requirePrincipal(request).orgId))!,
  );

  app.patch(
    '/api/v1/policy',
    { config: { permission: 'policy:manage' }, schema: { tags, body: PolicyPatch, response: { 200: PolicyOut } } },
    async (request) => {
      const p = requirePrincipal(request);
      const changes = Object.fromEntries(
        Object.entries(request.body).filter(([, v]) => v !== undefined),
      ) as Partial<OrgPolicy>;
      return changePolicy(ctx.db, p.orgId, changes, ctx.now(), auditActor(p));
    },
  );
}
