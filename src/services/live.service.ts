/**
 * Live conversations (the live socket): started for an agent, their turns and hang-ups stored as they happen (so a
 * reconnect replays exactly what the agent was coached on), listed and read for the consoles that follow them.
 * Ending one is `finishLiveConversation` (conversation.service.ts), the same outcome as a stored conversation.
 */
import type { ConversationEvent, Turn } from '../core/conversation/types.ts';
import { AppError, type Result } from '../core/errors.ts';
import {
  appendEvent,
  appendTurn,
  type ConversationRow,
  createLiveConversation,
  findConversation,
  listLiveConversations,
} from '../store/repositories/conversation.repository.ts';
import { findCustomer } from '../store/repositories/customer.repository.ts';
import { findMember } from '../store/repositories/organization.repository.ts';
import { type Actor, runSingleWrite, type ScopedActor, type ServiceContext, visibleRow } from './context.ts';

/** A conversation the actor may see (any state), or not_found. */
export const readConversation = (
  ctx: ServiceContext,
  actor: ScopedActor,
  conversationId: string,
): Promise<Result<ConversationRow & { teamId: string | null; ownerId: string | null }>> =>
  runSingleWrite(ctx.db, async (db) =>
    visibleRow(actor, await findConversation(db, actor.orgId, conversationId), 'conversation'),
  );

/**
 * Who the customer of a conversation is, in words: the linked record's name, else the name the call system gave at
 * the start, else null.
 */
export const customerName = async (
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  row: Pick<ConversationRow, 'customerId' | 'customerName'>,
) => {
  const customer = row.customerId ? await findCustomer(ctx.db, actor.orgId, row.customerId) : undefined;
  return customer?.name ?? row.customerName ?? null;
};

/** An active user of the actor's org a live conversation may be started for, or not_found naming `agentId`. */
export const readActiveAgent = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>, userId: string) =>
  runSingleWrite(ctx.db, async (db) => {
    const member = await findMember(db, actor.orgId, userId);
    if (!member?.active) throw new AppError('not_found', 'no active user with that id', 'agentId');
    return member;
  });

/** Live conversations (not ended, active since `since`) of the actor, or also of a team's agents. */
export const listLive = (ctx: ServiceContext, actor: Actor, input: { teamId: string | null; since: Date }) =>
  listLiveConversations(ctx.db, actor.orgId, { agentId: actor.userId, teamId: input.teamId }, input.since);

/**
 * Starts a live conversation for an agent (the door decided the actor may start one for them), with a customer of
 * the org or none: an unknown customer is not_found naming `customerId`. Without a customer record, the name the
 * call system gave is kept on the conversation.
 */
export const startLiveConversation = (
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: { agentId: string; customerId?: string | undefined; customerName?: string | undefined; channel: string },
) =>
  runSingleWrite(ctx.db, async (db) => {
    const customer = input.customerId ? await findCustomer(db, actor.orgId, input.customerId) : undefined;
    if (input.customerId && !customer) throw new AppError('not_found', 'no customer with that id', 'customerId');
    const row = await createLiveConversation(db, {
      orgId: actor.orgId,
      agentId: input.agentId,
      customerId: input.customerId ?? null,
      customerName: customer ? null : (input.customerName ?? null),
      channel: input.channel,
      now: ctx.now(),
    });
    return { conversation: row, customerName: customer?.name ?? null };
  });

/** Stores one turn of a live conversation, before it is answered. */
export const recordLiveTurn = (
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: { conversationId: string; turn: Turn },
): Promise<Result<void>> =>
  runSingleWrite(ctx.db, (db) => appendTurn(db, actor.orgId, input.conversationId, input.turn, ctx.now()));

/** Stores one event (a hang-up) of a live conversation. */
export const recordLiveEvent = (
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: { conversationId: string; event: ConversationEvent },
): Promise<Result<void>> =>
  runSingleWrite(ctx.db, (db) => appendEvent(db, actor.orgId, input.conversationId, input.event, ctx.now()));
