/** Conversations: the one look-up, listing (filters, search, team scoping, keyset pages), QA rows and writes. */
import { and, eq, gte, lt, sql, type SQL, desc, isNull } from 'drizzle-orm';
import type { ConversationEvent, Turn } from '../../core/conversation/types.ts';
import type { Executor } from '../database.ts';
import { containsAny, keyset, toPage } from '../pagination.ts';
import { type TeamScope, visibleTo } from '../visibility.ts';
import { conversations, customers, teams, users, commitments } from '../schema/index.ts';

export type ConversationRow = typeof conversations.$inferSelect;

/** Who the customer is, in words: the linked record's name, else the name the call system gave at the start. */
const nameOfCustomer = sql<string | null>`coalesce(${customers.name}, ${conversations.customerName})`;
export type NewConversation = Omit<typeof conversations.$inferInsert, 'orgId' | 'id'>;

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
  teamOf?: TeamScope | undefined;
}

/** One row per conversation: who, when, how it went (the engine's summary columns); never the turns. */
export async function listConversations(db: Executor, scope: ConversationScope, f: ConversationFilters) {
  const page = keyset(
    { key: conversations.createdAt, id: conversations.id, direction: 'desc', kind: 'time' },
    f.cursor,
  );
  const where: Array<SQL | undefined> = [
    eq(conversations.orgId, scope.orgId),
    visibleTo(scope.teamOf, conversations.agentId, users.teamId),
    page.after,
  ];
  if (f.customerId) where.push(eq(conversations.customerId, f.customerId));
  if (f.agentId) where.push(eq(conversations.agentId, f.agentId));
  if (f.from) where.push(gte(conversations.createdAt, f.from));
  if (f.to) where.push(lt(conversations.createdAt, f.to));
  if (f.abusive !== undefined) where.push(eq(conversations.abusive, f.abusive));
  if (f.hangup !== undefined) where.push(eq(conversations.hangup, f.hangup));
  where.push(
    containsAny(f.q, [
      customers.name,
      conversations.customerName,
      conversations.externalRef,
      (pattern) =>
        sql`exists (select 1 from jsonb_array_elements(${conversations.turns}) as turn where turn->>'text' ilike ${pattern})`,
    ]),
  );
  const rows = await db
    .select({
      id: conversations.id,
      externalRef: conversations.externalRef,
      customerId: conversations.customerId,
      customerName: nameOfCustomer,
      agentId: conversations.agentId,
      agentName: users.name,
      startedAt: conversations.startedAt,
      endedAt: conversations.endedAt,
      createdAt: conversations.createdAt,
      channel: conversations.channel,
      turnCount: sql<number>`jsonb_array_length(${conversations.turns})`.mapWith(Number),
      peakAnger: conversations.peakAnger,
      peakAngerLevel: sql<string | null>`${conversations.analysis}->>'peakAngerLevel'`,
      abusive: conversations.abusive,
      hangup: conversations.hangup,
      score: conversations.score,
    })
    .from(conversations)
    .leftJoin(customers, and(eq(customers.orgId, conversations.orgId), eq(customers.id, conversations.customerId)))
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(f.limit + 1);
  return toPage(rows, f.limit, (row) => [row.createdAt, row.id]);
}

/**
 * The QA of every analysed conversation since `since`, with its agent and the agent's team (names included), for
 * QA by agent or team. `teamOf` limits it to one team's agents and the caller's own conversations.
 */
export async function listConversationQa(db: Executor, scope: ConversationScope, since: Date) {
  const where = [
    eq(conversations.orgId, scope.orgId),
    gte(conversations.createdAt, since),
    sql`${conversations.analysis} is not null`,
    visibleTo(scope.teamOf, conversations.agentId, users.teamId),
  ];
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
  input: {
    orgId: string;
    agentId: string;
    customerId: string | null;
    customerName: string | null;
    channel: string;
    now: Date;
  },
) {
  const [row] = await db
    .insert(conversations)
    .values({
      orgId: input.orgId,
      agentId: input.agentId,
      customerId: input.customerId,
      customerName: input.customerName,
      channel: input.channel,
      startedAt: input.now,
      createdAt: input.now,
      updatedAt: input.now,
    })
    .returning();
  return row!;
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

/** Inserts a conversation (turns, events, analysis and its summary columns) for the org. */
export async function insertConversation(
  db: Executor,
  orgId: string,
  values: NewConversation,
): Promise<ConversationRow> {
  const [row] = await db
    .insert(conversations)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

/** The id of the org's conversation stored under a client's external reference, or undefined. */
export async function findConversationIdByExternalRef(
  db: Executor,
  orgId: string,
  externalRef: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.orgId, orgId), eq(conversations.externalRef, externalRef)));
  return row?.id;
}

/**
 * The one look-up of a conversation: the row with its agent's team (`teamId`, whose supervisors hear its alerts
 * and who may read it) and its owner (the agent); `lock` takes the row for update until the transaction ends.
 */
export async function findConversation(db: Executor, orgId: string, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({ conversation: conversations, teamId: users.teamId })
    .from(conversations)
    .leftJoin(users, and(eq(users.orgId, conversations.orgId), eq(users.id, conversations.agentId)))
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
  const [row] = options.lock ? await query.for('update', { of: conversations }) : await query;
  return row ? { ...row.conversation, teamId: row.teamId, ownerId: row.conversation.agentId } : undefined;
}

/** A conversation with the promises made in it (the API's read of one conversation). */
export async function findConversationWithPromises(db: Executor, orgId: string, id: string) {
  const conversation = await findConversation(db, orgId, id);
  if (!conversation) return undefined;
  const promises = await db
    .select()
    .from(commitments)
    .where(and(eq(commitments.orgId, orgId), eq(commitments.conversationId, id)));
  return { ...conversation, commitments: promises };
}

// Live conversations: started over /api/v1/live and not ended yet, for the consoles that follow them.
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
  return db
    .select({
      conversationId: conversations.id,
      agentId: conversations.agentId,
      agentName: users.name,
      customerId: conversations.customerId,
      customerName: nameOfCustomer,
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
        visibleTo({ userId: scope.agentId, teamId: scope.teamId }, conversations.agentId, users.teamId),
      ),
    )
    .orderBy(desc(conversations.startedAt))
    .limit(20);
}
