/** Live conversations persist turn by turn, so a reconnect (to any node) resumes where it left off. */
import { and, eq, sql } from 'drizzle-orm';
import type { ConversationEvent, Turn } from '../../core/conversation/types.ts';
import type { Executor } from '../../store/database.ts';
import { conversations, users } from '../../store/schema/index.ts';

export async function createLiveConversation(
  db: Executor,
  input: { orgId: string; agentId: string; customerId: string | null; channel: string; now: Date },
) {
  const [row] = await db
    .insert(conversations)
    .values({
      orgId: input.orgId,
      agentId: input.agentId,
      customerId: input.customerId,
      channel: input.channel,
      startedAt: input.now,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning();
  return row!;
}

export async function loadLiveConversation(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select({ conversation: conversations, teamId: users.teamId })
    .from(conversations)
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
  return row ? { ...row.conversation, teamId: row.teamId, ownerId: row.conversation.agentId } : undefined;
}

export async function appendTurn(db: Executor, orgId: string, id: string, turn: Turn, now: Date): Promise<void> {
  await db
    .update(conversations)
    .set({ turns: sql`${conversations.turns} || ${JSON.stringify([turn])}::jsonb`, updatedAt: now })
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
}

export async function appendEvent(
  db: Executor,
  orgId: string,
  id: string,
  event: ConversationEvent,
  now: Date,
): Promise<void> {
  await db
    .update(conversations)
    .set({
      events: sql`${conversations.events} || ${JSON.stringify([event])}::jsonb`,
      hangup: event.type === 'hangup' ? true : undefined,
      updatedAt: now,
    })
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
}
