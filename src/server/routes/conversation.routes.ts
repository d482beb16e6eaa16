/** /conversations: store a conversation with its analysis (and Chaser on hang-up); read one back. */
import type { FastifyInstance } from 'fastify';
import { requirePrincipal } from '../auth/guard.ts';
import type { ZodTypeProvider } from '../http/zod-schemas.ts';
import { parseConversations } from '../../core/conversation/parse.ts';
import { AppError } from '../../core/errors.ts';
import {
  listVisibleConversations,
  readConversationWithPromises,
  storeConversation,
} from '../../services/conversation.service.ts';
import { orThrow } from '../http/result.ts';
import { actorOf } from '../auth/actor.ts';
import { IdParams } from './common.schemas.ts';
import {
  ConversationListQuery,
  ConversationOut,
  ConversationPage,
  StoreConversationBody,
} from './conversation.schemas.ts';

export async function conversationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/api/v1/conversations',
    {
      config: { permission: 'conversation:create' },
      schema: {
        tags: ['conversations'],
        summary: 'Store a conversation and its analysis; a customer hang-up creates a Chaser (F5)',
        description:
          "`externalRef` (your system's id for the call or chat) is unique per organization: posting a conversation " +
          'whose reference is already stored creates nothing (no second Chaser) and answers 200 with the stored one; ' +
          'a new one answers 201.',
        body: StoreConversationBody,
        response: { 200: ConversationOut, 201: ConversationOut },
      },
    },
    async (request, reply) => {
      const [conversation] = parseConversations(request.body.conversation);
      if (!conversation) throw new AppError('invalid_input', 'expected one conversation', 'conversation');
      const stored = orThrow(
        await storeConversation(app.ctx, actorOf(requirePrincipal(request)), { ...request.body, conversation }),
      );
      const { created, chasers } = stored;
      return reply.status(created ? 201 : 200).send({ ...stored.conversation, commitments: chasers });
    },
  );

  app.get(
    '/api/v1/conversations',
    {
      config: { permission: 'conversation:read' },
      schema: {
        tags: ['conversations'],
        summary: 'List and search conversations',
        description:
          'Newest first, one page at a time (pass `nextCursor` back as `cursor`). Filters combine with AND. Agents see ' +
          "the conversations of their team's agents and their own; supervisors and admins see the whole organization. " +
          'Each item is a summary (no turns): read one with `GET /conversations/{id}`.',
        querystring: ConversationListQuery,
        response: { 200: ConversationPage },
      },
    },
    async (request) => {
      const p = requirePrincipal(request);
      const { from, to, ...filters } = request.query;
      const page = await listVisibleConversations(app.ctx, actorOf(p), {
        ...filters,
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((row) => ({
          id: row.id,
          externalRef: row.externalRef,
          customer: row.customerId && row.customerName ? { id: row.customerId, name: row.customerName } : null,
          customerName: row.customerName,
          agent: row.agentId && row.agentName ? { id: row.agentId, name: row.agentName } : null,
          startedAt: row.startedAt ?? row.createdAt,
          endedAt: row.endedAt,
          channel: row.channel,
          turnCount: row.turnCount,
          peakAnger: row.peakAnger,
          peakAngerLevel: row.peakAngerLevel as 'calm' | 'annoyed' | 'angry' | 'furious' | null,
          abusive: row.abusive,
          hangup: row.hangup,
          qaScore: row.score,
        })),
      };
    },
  );

  app.get(
    '/api/v1/conversations/:id',
    {
      config: { permission: 'conversation:read' },
      schema: { tags: ['conversations'], params: IdParams, response: { 200: ConversationOut } },
    },
    async (request) => {
      return orThrow(
        await readConversationWithPromises(app.ctx, actorOf(requirePrincipal(request)), request.params.id),
      );
    },
  );
}
