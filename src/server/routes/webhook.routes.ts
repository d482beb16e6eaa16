/** Admin-only: webhook endpoints (secret shown once, deletable) and every delivery attempt. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { auditActor } from '../auth/principal.ts';
import { generateSecret } from '../auth/secret-token.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import {
  deleteWebhook,
  findWebhook,
  insertWebhook,
  listDeliveries,
  listWebhooks,
  updateWebhook,
} from '../../store/repositories/webhook.repository.ts';
import { redeliver, sendTestEvent } from '../services/webhook.service.ts';
import { CreatedWebhookOut, CreateWebhookBody, DeliveryOut, UpdateWebhookBody, WebhookOut } from './admin.schemas.ts';
import { IdParams } from './common.schemas.ts';

const tags = ['webhooks'];

const DeliveryParams = IdParams.extend({
  deliveryId: z.uuid({ error: 'must be a UUID' }).describe('The delivery id (from `GET /webhooks/{id}/deliveries`)'),
});

export async function webhookRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { ctx } = app;

  app.get(
    '/api/v1/webhooks',
    {
      config: { permission: 'webhook:manage' },
      schema: { tags, response: { 200: z.object({ items: z.array(WebhookOut) }) } },
    },
    async (request) => ({
      items: await listWebhooks(ctx.db, requirePrincipal(request).orgId),
    }),
  );

  app.post(
    '/api/v1/webhooks',
    {
      config: { permission: 'webhook:manage' },
      schema: {
        tags,
        summary: 'Register an endpoint; events are signed with HMAC-SHA256 and retried with backoff for 24 h',
        body: CreateWebhookBody,
        response: { 201: CreatedWebhookOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      const secret = generateSecret('whsec_');
      const row = await insertWebhook(
        ctx.db,
        { orgId: p.orgId, url: request.body.url, secret, eventTypes: request.body.eventTypes, now: ctx.now() },
        auditActor(p),
      );
      return reply.status(201).send({ ...row, eventTypes: request.body.eventTypes, secret });
    },
  );

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      config: { permission: 'webhook:manage' },
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: z.object({ items: z.array(DeliveryOut) }) },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      if (!(await findWebhook(ctx.db, p.orgId, request.params.id)))
        throw new AppError('not_found', 'no webhook with that id');
      return { items: await listDeliveries(ctx.db, p.orgId, request.params.id, request.query.limit) };
    },
  );

  app.patch(
    '/api/v1/webhooks/:id',
    {
      config: { permission: 'webhook:manage' },
      schema: {
        tags,
        summary: 'Change the URL or events, or pause (active: false)',
        params: IdParams,
        body: UpdateWebhookBody,
        response: { 200: WebhookOut },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const updated = await updateWebhook(
        ctx.db,
        p.orgId,
        request.params.id,
        { ...request.body, now: ctx.now() },
        auditActor(p),
      );
      if (!updated) throw new AppError('not_found', 'no webhook with that id');
      return updated;
    },
  );

  app.delete(
    '/api/v1/webhooks/:id',
    {
      config: { permission: 'webhook:manage' },
      schema: {
        tags,
        summary:
          'Delete an endpoint: its pending deliveries are dropped (never sent) and its delivery log is deleted with it; the deletion is audited',
        params: IdParams,
        response: { 204: z.null().describe('Deleted') },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      if (!(await deleteWebhook(ctx.db, p.orgId, request.params.id, auditActor(p), ctx.now())))
        throw new AppError('not_found', 'no webhook with that id');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/webhooks/:id/test',
    {
      config: { permission: 'webhook:manage' },
      schema: {
        tags,
        summary: 'Send a test event to an endpoint',
        description:
          'Enqueues a signed `webhook.test` event for this endpoint, whatever events it subscribes to. It goes the ' +
          'normal way: the scheduler sends it on its next tick, signs it, retries it and logs every attempt in ' +
          '`GET /webhooks/{id}/deliveries`. Answers 202 with the delivery (status `pending`). A paused endpoint is a ' +
          '409. Audited (`entity: webhook`, `action: test_sent`).',
        params: IdParams,
        response: { 202: DeliveryOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      return reply.status(202).send(await sendTestEvent(ctx, p, request.params.id));
    },
  );

  app.post(
    '/api/v1/webhooks/:id/deliveries/:deliveryId/redeliver',
    {
      config: { permission: 'webhook:manage' },
      schema: {
        tags,
        summary: 'Send a delivery again',
        description:
          'Puts the delivery back in the queue, due now: the same payload and the same `defuse-delivery-id` (a ' +
          'receiver that already processed it drops the repeat), its attempt log kept. It is sent on the ' +
          "scheduler's next tick; if that attempt fails after the event's 24 h retry window, it is dead again. " +
          'Answers 202 with the delivery. A paused endpoint is a 409. Audited (`action: redelivery_requested`).',
        params: DeliveryParams,
        response: { 202: DeliveryOut },
      },
    },
    async (request, reply) => {
      const p = requirePrincipal(request);
      return reply.status(202).send(await redeliver(ctx, p, request.params.id, request.params.deliveryId));
    },
  );
}
