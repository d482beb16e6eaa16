/** /conversations: store a conversation with its analysis (and Chaser on hang-up); read one back. */
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/guard.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { findConversationForRead } from '../repositories/conversation.repository.ts';
import { storeConversation } from '../services/conversation.service.ts';
import { assertVisible } from '../services/visibility.ts';
import { IdParams } from './common.schemas.ts';
import { ConversationOut, StoreConversationBody } from './conversation.schemas.ts';

export async function conversationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/v1/conversations',
    {
      config: { permission: 'conversation:create' },
      schema: {
        tags: ['conversations'],
        summary: 'Store a conversation and its analysis; a customer hang-up creates a Chaser (F5)',
        body: StoreConversationBody,
        response: { 201: ConversationOut },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const { conversation, chasers } = await storeConversation(app.ctx, principal, request.body);
      return reply.status(201).send({ ...conversation, commitments: chasers });
    },
  );

  app.get(
    '/api/v1/conversations/:id',
    {
      config: { permission: 'conversation:read' },
      schema: { tags: ['conversations'], params: IdParams, response: { 200: ConversationOut } },
    },
    async (request) => {
      const principal = requirePrincipal(request);
      return assertVisible(
        principal,
        await findConversationForRead(app.ctx.db, principal.orgId, request.params.id),
        'conversation',
      );
    },
  );
}
