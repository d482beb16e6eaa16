/**
 * People and who-did-what: the team directory every member reads, promise hand-over, and the audit trail
 * (admins; supervisors for the case domain).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can, ROLES } from '../auth/permissions.ts';
import { readVisibleCommitment } from '../../services/commitment.service.ts';
import { AUDITED_ENTITIES, readAuditTrail } from '../../services/audit-trail.service.ts';
import { readDirectory } from '../../services/directory.service.ts';
import { handOverCommitment } from '../../services/handover.service.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { actorOf } from '../auth/actor.ts';
import { CommitmentOut, DateTime, IdParams, page } from './common.schemas.ts';

const DirectoryEntry = z.object({
  id: z.uuid(),
  name: z.string().describe("The colleague's display name"),
  role: z.enum(ROLES),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable().describe("Their team's name (null: no team)"),
});

const HandoverBody = z.strictObject({
  toUserId: z.uuid({ error: 'must be a UUID' }).describe('Who takes the promise: an active user of the organization'),
  note: z
    .string()
    .trim()
    .min(1, 'say what the new owner needs to know')
    .max(2000)
    .describe('What the new owner needs to know to keep it (kept in the audit trail)'),
});

const AuditQuery = z.object({
  actorId: z.uuid({ error: 'must be a UUID' }).optional().describe('Only changes made by this user'),
  entity: z.enum(AUDITED_ENTITIES).optional().describe('Only changes to this kind of thing'),
  entityId: z.uuid({ error: 'must be a UUID' }).optional().describe('Only changes to this one row'),
  action: z.string().trim().min(1).max(100).optional().describe('Only this action, e.g. `handed_over`'),
  from: DateTime.optional().describe('Entries at or after this time'),
  to: DateTime.optional().describe('Entries before this time'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

const AuditEntryOut = z.object({
  id: z.uuid(),
  at: DateTime.describe('When the change was made'),
  entity: z.string().describe('What changed: case, commitment, concession, user, webhook, policy, …'),
  entityId: z.uuid().describe('The id of the row that changed'),
  caseId: z
    .uuid()
    .nullable()
    .describe('The case the change belongs to (the case itself, or the case of a promise, concession or note)'),
  action: z.string().describe('What was done: opened, updated, handed_over, done, waived, created, …'),
  actorId: z.uuid().nullable().describe('Who did it; null for the system (scheduler, routing rules, CLI)'),
  actorVia: z
    .enum(['session', 'token', 'cli', 'system'])
    .nullable()
    .describe('How they acted: a browser session, an API token, the CLI or the system; null on old entries'),
  before: z.record(z.string(), z.unknown()).nullable().describe('The fields that changed, as they were'),
  after: z.record(z.string(), z.unknown()).nullable().describe('The fields that changed, as they became'),
});

const uuidOrNull = (value: unknown): string | null =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value) ? value : null;

export async function peopleRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get(
    '/api/v1/directory',
    {
      config: { permission: 'directory:read' },
      schema: {
        tags: ['directory'],
        summary: 'The team directory',
        description:
          'Every active member of the organization with only their id, name, role and team, by name: for showing ' +
          'and picking people (owners, hand-overs). Every member may read it; e-mails and account details stay in ' +
          'the admin-only `GET /users`.',
        response: { 200: z.object({ items: z.array(DirectoryEntry).describe('Active members, by name') }) },
      },
    },
    async (request) => ({ items: orThrow(await readDirectory(ctx, requirePrincipal(request))) }),
  );

  app.post(
    '/api/v1/commitments/:id/handover',
    {
      config: { permission: 'commitment:write' },
      schema: {
        tags: ['commitments'],
        summary: 'Hand a promise to a colleague',
        description:
          'Gives an open promise to another active user of the organization with a note for them (F1: it always ' +
          'has an owner). Its owner, a supervisor of its team (the case’s team, else the owner’s) or an admin may. ' +
          'Audited (`entity: commitment`, `action: handed_over`, the note in `after`); emits ' +
          '`commitment.handed_over`. A promise that is no longer open is a 409.',
        params: IdParams,
        body: HandoverBody,
        response: { 200: CommitmentOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      orThrow(await readVisibleCommitment(ctx, actorOf(p), request.params.id));
      return orThrow(await handOverCommitment(ctx, p, { commitmentId: request.params.id, ...request.body })).commitment;
    },
  );

  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['admin'],
        summary: 'Read the audit trail',
        description:
          'Every recorded change, newest first, keyset-paginated (`cursor`, `limit`), filtered by `actorId`, ' +
          '`entity`, `entityId`, `action` and a time range (`from` inclusive, `to` exclusive). Admins read all of ' +
          'it; supervisors read the case domain (cases, promises, concessions, notes, conversations, customers, ' +
          'root causes and fixes), not users, teams, tokens, webhooks or policy.',
        querystring: AuditQuery,
        response: { 200: page(AuditEntryOut) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { from, to, ...rest } = request.query;
      const trail = orThrow(
        await readAuditTrail(
          ctx,
          { orgId: p.orgId, readsAll: can(p.role, 'audit:read-admin') },
          {
            ...rest,
            ...(from ? { from: new Date(from) } : {}),
            ...(to ? { to: new Date(to) } : {}),
          },
        ),
      );
      return {
        nextCursor: trail.nextCursor,
        items: trail.items.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          entity: e.entity,
          entityId: e.entityId,
          caseId: e.entity === 'case' ? e.entityId : uuidOrNull(e.after?.caseId ?? e.before?.caseId),
          action: e.action,
          actorId: e.actorId,
          actorVia: (e.actorVia ?? null) as 'session' | 'token' | 'cli' | 'system' | null,
          before: e.before,
          after: e.after,
        })),
      };
    },
  );
}
