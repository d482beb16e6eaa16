import { z } from 'zod';
import { EVENT_TYPES } from '../../services/domain-events.ts';
import { ROLES } from '../auth/permissions.ts';
import { DateTime } from './common.schemas.ts';

export const UserOut = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  teamId: z.uuid().nullable(),
  active: z.boolean(),
  instanceAdmin: z.boolean().describe('May create organizations on this instance (POST /api/v1/orgs)'),
  createdAt: DateTime,
});

export const CreateUserBody = z.strictObject({
  email: z.email().max(320),
  password: z.string().min(10, 'must be at least 10 characters').max(1024),
  role: z.enum(ROLES),
  name: z.string().trim().min(1).max(200).optional(),
  teamId: z.uuid().nullable().optional(),
});

export const UpdateUserBody = z
  .strictObject({
    role: z.enum(ROLES),
    teamId: z.uuid().nullable(),
    active: z.boolean(),
    name: z.string().trim().min(1).max(200),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

export const TeamOut = z.object({ id: z.uuid(), name: z.string(), createdAt: DateTime });
export const CreateTeamBody = z.strictObject({ name: z.string().trim().min(1).max(100) });

export const WebhookOut = z.object({
  id: z.uuid(),
  url: z.string(),
  eventTypes: z.array(z.string()),
  active: z.boolean(),
  createdAt: DateTime,
});

export const CreatedWebhookOut = WebhookOut.extend({
  secret: z.string().describe('Shown once: verify `defuse-signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`'),
});

export const CreateWebhookBody = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
  eventTypes: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length).default([]).describe('empty: every event'),
});

export const UpdateWebhookBody = z
  .strictObject({
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
    eventTypes: z.array(z.enum(EVENT_TYPES)).max(EVENT_TYPES.length),
    active: z
      .boolean()
      .describe(
        'false pauses the endpoint: it gets no new events, and pending ones are retried until the 24 h window closes',
      ),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'name at least one field to change');

export const DeliveryOut = z.object({
  id: z.uuid(),
  event: z.string(),
  idempotencyKey: z.string(),
  status: z.enum(['pending', 'delivered', 'failed', 'dead']),
  attemptCount: z.number(),
  nextAttemptAt: DateTime.nullable(),
  heldSince: DateTime.nullable().describe(
    'when set, this pending delivery is held behind an earlier pending one of the same case (events of a case go out in order): it is waiting, not overdue, and is attempted as soon as the earlier one is delivered or given up on',
  ),
  responseCode: z.number().nullable(),
  error: z.string().nullable(),
  attempts: z.array(
    z.object({
      at: DateTime,
      responseCode: z.number().nullable(),
      error: z.string().nullable(),
      durationMs: z.number(),
    }),
  ),
  payload: z.record(z.string(), z.unknown()),
  deliveredAt: DateTime.nullable(),
  createdAt: DateTime,
});
