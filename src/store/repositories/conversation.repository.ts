/** Conversation listing: filters, search, team scoping and keyset pagination (newest first). */
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ConversationEvent, Turn } from '../../core/conversation/types.ts';
import type { Executor } from '../database.ts';
import { containsPattern, decodeTimeCursor, toPage } from '../pagination.ts';
import { conversations, customers, teams, users } from '../schema/index.ts';

export interface ConversationFilters {
  q?: string | undefined;
  customerId?: string | undefined;
  agentId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  abusive?: boolean | undefined;
  hangup?: boolean | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Agents see the conversations of their team's agents and their own; supervisors and admins pass none. */
export interface ConversationScope {
  orgId: string;
  teamOf?: { teamId: string | null; userId: string } | undefined;
}

/** One row per conversation: who, when, how it went (the engine's summary columns); never the turns. */
export async function listConversations(db: Executor, scope: ConversationScope, f: ConversationFilters) {
  const where: SQL[] = [eq(conversations.orgId, scope.orgId)];
  if (scope.teamOf) {
    const own = eq(conversations.agentId, scope.teamOf.userId);
    where.push(scope.teamOf.teamId ? or(own, eq(users.teamId, scope.teamOf.teamId))! : own);
  }
  if (f.customerId) where.push(eq(conversations.customerId, f.customerId));
  if (f.agentId) where.push(eq(conversations.agentId, f.agentId));
  if (f.from) where.push(gte(conversations.createdAt, f.from));
  if (f.to) where.push(lt(conversations.createdAt, f.to));
  if (f.abusive !== undefined) where.push(eq(conversations.abusive, f.abusive));
  if (f.hangup !== undefined) where.push(eq(conversations.hangup, f.hangup));
  if (f.q) {
    const pattern = containsPattern(f.q);
    where.push(
      or(
        ilike(customers.name, pattern),
        ilike(conversations.externalRef, pattern),
        sql`exists (select 1 from jsonb_array_elements(${conversations.turns}) as turn where turn->>'text' ilike ${pattern})`,
      )!,
    );
  }
  if (f.cursor) {
    const [at, id] = decodeTimeCursor(f.cursor);
    where.push(
      sql`(${conversations.createdAt}, ${conversations.id}) < (${at.toISOString()}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await db
    .select({
      id: conversations.id,
      externalRef: conversations.externalRef,
      customerId: conversations.customerId,
      customerName: customers.name,
      agentId: conversations.agentId,
      agentName: users.name,
      startedAt: conversations.startedAt,
      endedAt: conversations.endedAt,
      createdAt: conversations.createdAt,
      channel: conversations.channel,
      turnCount: sql<number>`jsonb_array_length(${conversations.turns})`.mapWith(Number),
      peakAnger: conversations.peakAnger,
      peakAngerLevel: sql<string | null>`${conversations.analysis}->>'peak_anger'`,
      abusive: conversations.abusive,
      hangup: conversations.hangup,
      score: conversations.score,
    })
    .from(conversations)
    .leftJoin(customers, and(eq(customers.orgId, conversations.orgId), eq(customers.id, conversations.customerId)))
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .where(and(...where))
    .orderBy(desc(conversations.createdAt), desc(conversations.id))
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (row) => [row.createdAt, row.id]);
}

/**
 * The QA of every analysed conversation since `since`, with its agent and the agent's team (names included), for
 * QA by agent or team. `teamOf` limits it to one team's agents and the caller's own conversations.
 */
export async function listConversationQa(db: Executor, scope: ConversationScope, since: Date) {
  const where: SQL[] = [
    eq(conversations.orgId, scope.orgId),
    gte(conversations.createdAt, since),
    sql`${conversations.analysis} is not null`,
  ];
  if (scope.teamOf) {
    const own = eq(conversations.agentId, scope.teamOf.userId);
    where.push(scope.teamOf.teamId ? or(own, eq(users.teamId, scope.teamOf.teamId))! : own);
  }
  return db
    .select({
      agentId: conversations.agentId,
      agentName: users.name,
      teamId: users.teamId,
      teamName: teams.name,
      rubric: sql<Record<string, 'met' | 'violated' | 'n/a'> | null>`${conversations.analysis}->'rubric'`,
      score: conversations.score,
    })
    .from(conversations)
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .leftJoin(teams, and(eq(teams.orgId, users.orgId), eq(teams.id, users.teamId)))
    .where(and(...where));
}

/** Starts a live conversation (turns arrive one by one). */
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

/** A conversation with its agent's team (whose supervisors hear its alerts), or undefined. */
export async function loadLiveConversation(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select({ conversation: conversations, teamId: users.teamId })
    .from(conversations)
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
  return row ? { ...row.conversation, teamId: row.teamId, ownerId: row.conversation.agentId } : undefined;
}

/** Appends one turn as it arrives, so a reconnect (to any node) resumes where it left off. */
export async function appendTurn(db: Executor, orgId: string, id: string, turn: Turn, now: Date): Promise<void> {
  await db
    .update(conversations)
    .set({ turns: sql`${conversations.turns} || ${JSON.stringify([turn])}::jsonb`, updatedAt: now })
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
}

/** Appends one event (a hang-up also sets the hang-up flag). */
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

/** A conversation of the org locked for update (the caller is in a transaction), or undefined. */
export async function lockConversation(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)))
    .for('update');
  return row;
}

/** Writes a conversation's columns (its stored analysis and summary when it ends); returns the row. */
export async function updateConversation(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Omit<typeof conversations.$inferInsert, 'orgId' | 'id'>>,
) {
  const [row] = await db
    .update(conversations)
    .set(patch)
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)))
    .returning();
  return row!;
}
