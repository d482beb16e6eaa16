/** Admin-only: webhook endpoints (secret shown once, deletable) and every delivery attempt. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliver,
  sendTestEvent,
  updateWebhook,
} from '../../services/webhook.service.ts';
import { actorOf } from '../auth/actor.ts';
import { requirePrincipal } from '../auth/guard.ts';
import { orThrow } from '../http/result.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
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
      items: await listWebhooks(ctx, requirePrincipal(request)),
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
      const row = orThrow(await createWebhook(ctx, actorOf(requirePrincipal(request)), request.body));
      return reply.status(201).send({ ...row, eventTypes: request.body.eventTypes });
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
      const input = { webhookId: request.params.id, limit: request.query.limit };
      return { items: orThrow(await listWebhookDeliveries(ctx, requirePrincipal(request), input)) };
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
      const input = { webhookId: request.params.id, ...request.body };
      return orThrow(await updateWebhook(ctx, actorOf(requirePrincipal(request)), input));
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
      orThrow(await deleteWebhook(ctx, actorOf(requirePrincipal(request)), request.params.id));
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
      const actor = actorOf(requirePrincipal(request));
      return reply.status(202).send(orThrow(await sendTestEvent(ctx, actor, request.params.id)));
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
      const actor = actorOf(requirePrincipal(request));
      const input = { webhookId: request.params.id, deliveryId: request.params.deliveryId };
      return reply.status(202).send(orThrow(await redeliver(ctx, actor, input)));
    },
  );
}
