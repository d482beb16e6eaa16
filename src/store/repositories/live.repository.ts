/** Live conversations: started over /api/v1/live and not ended yet, for the consoles that follow them. */
import { and, desc, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { conversations, customers, users } from '../schema/index.ts';

/**
 * Live conversations (no analysis stored yet, a turn or the start within `since`) of one agent, or also of every
 * agent of `teamId` (for that team's supervisors). Newest first, at most 20.
 */
export async function listLiveConversations(
  db: Executor,
  orgId: string,
  scope: { agentId: string; teamId: string | null },
  since: Date,
) {
  const own = eq(conversations.agentId, scope.agentId);
  return db
    .select({
      conversationId: conversations.id,
      agentId: conversations.agentId,
      agentName: users.name,
      customerId: conversations.customerId,
      customerName: customers.name,
      channel: conversations.channel,
      startedAt: conversations.startedAt,
      turns: sql<number>`jsonb_array_length(${conversations.turns})`.mapWith(Number),
    })
    .from(conversations)
    .leftJoin(customers, and(eq(customers.orgId, conversations.orgId), eq(customers.id, conversations.customerId)))
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .where(
      and(
        eq(conversations.orgId, orgId),
        isNull(conversations.analysis),
        gte(conversations.updatedAt, since),
        scope.teamId ? or(own, eq(users.teamId, scope.teamId)) : own,
      ),
    )
    .orderBy(desc(conversations.startedAt))
    .limit(20);
}
