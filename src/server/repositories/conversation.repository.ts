/** Conversation reads the server needs beyond the store's: with the agent's team, for row-level scoping. */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { commitments, conversations, users } from '../../store/schema/index.ts';

export async function findConversationForRead(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select({ conversation: conversations, teamId: users.teamId })
    .from(conversations)
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
  if (!row) return undefined;
  const promises = await db
    .select()
    .from(commitments)
    .where(and(eq(commitments.orgId, orgId), eq(commitments.conversationId, id)));
  return { ...row.conversation, teamId: row.teamId, ownerId: row.conversation.agentId, commitments: promises };
}
