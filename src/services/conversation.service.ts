/**
 * Conversations: one stored with the engine's analysis (the API, the demo seed) or ended live (the live socket); a
 * customer hang-up creates the Chaser call-back (F5) and a documented abusive ending (B3) alerts the supervisors,
 * whichever door it came through.
 */
import { analyzeConversation, type ConversationAnalysis } from '../core/analyze.ts';
import { type AbusiveEndingInput, withAgentHangup } from '../core/conversation/abusive-ending.ts';
import type { AbusiveEnding, Conversation } from '../core/conversation/types.ts';
import { AppError, fail, ok, type Result } from '../core/errors.ts';
import type { DomainEvent } from './domain-events.ts';
import type { Executor } from '../store/database.ts';
import { appendAudit } from '../store/repositories/audit.repository.ts';
import type { CommitmentRow } from '../store/repositories/commitment.repository.ts';
import {
  findConversation,
  findConversationIdByExternalRef,
  findConversationWithPromises,
  insertConversation,
  listConversations,
  updateConversation,
  type ConversationRow,
} from '../store/repositories/conversation.repository.ts';
import { findCustomer } from '../store/repositories/customer.repository.ts';
import { addChasers } from './commitment.service.ts';
import {
  type Actor,
  type EventContext,
  isVisible,
  requirePolicy,
  runSingleWrite,
  runUnitOfWork,
  type ScopedActor,
  type ServiceContext,
  visibleRow,
} from './context.ts';

/** A conversation to store, parsed at the door (`parseConversations`, `AbusiveEndingIn`). */
export interface StoreConversationInput {
  conversation: Conversation;
  customerId?: string | undefined;
  channel?: string | undefined;
  externalRef?: string | undefined;
  /** B3: the agent ended the call on a directly abusive customer. */
  abusiveEnding?: AbusiveEndingInput | undefined;
}

/** The analysis as stored: the snapshot plus the summary columns insights read. */
const summaryColumns = (analysis: ConversationAnalysis) => ({
  analysis,
  peakAnger: Math.max(0, ...analysis.turns.map((t) => t.customer?.anger ?? 0)),
  abusive: analysis.abusiveCustomer,
  hangup: analysis.hangup,
  score: analysis.score,
});

/** Stores the documented ending on the conversation (which is then abusive) and audits it, in the caller's transaction. */
async function recordAbusiveEnding(
  tx: Executor,
  actor: Actor,
  row: ConversationRow,
  input: AbusiveEndingInput,
  now: Date,
): Promise<ConversationRow> {
  const ending: AbusiveEnding = {
    kind: 'abusive_customer',
    principle: 'B3',
    reason: input.reason,
    boundary: input.boundary,
    endedBy: actor.userId,
    at: now.toISOString(),
    supervisorAlerted: true,
  };
  const updated = await updateConversation(tx, actor.orgId, row.id, { ending, abusive: true, updatedAt: now });
  await appendAudit(tx, actor.orgId, [
    {
      entity: 'conversation',
      entityId: row.id,
      action: 'ended_abusive',
      actorId: actor.userId,
      at: now,
      before: null,
      // Whether the engine had also read abuse: a supervisor reviewing the ending sees both.
      after: { principle: 'B3', reason: input.reason, boundary: input.boundary, engineReadAbuse: row.abusive },
    },
  ]);
  return updated;
}

/**
 * What a finished conversation owes: Chasers for customer hang-ups, audit entries, and its events (for the outbox).
 * The events go to the team of the conversation's agent (`teamId`), which is not the actor's when an integration
 * ends a call it started for an agent.
 */
async function recordOutcome(
  tx: Executor,
  actor: Actor,
  row: ConversationRow,
  conversation: Conversation,
  teamId: string | null,
  now: Date,
): Promise<{ chasers: CommitmentRow[]; events: DomainEvent[] }> {
  const policy = await requirePolicy(tx, actor.orgId);
  const { chasers, audit } = await addChasers(tx, policy, row, conversation.events, actor.userId, now);
  await appendAudit(tx, actor.orgId, [
    {
      entity: 'conversation',
      entityId: row.id,
      action: 'analyzed',
      actorId: actor.userId,
      at: now,
      after: { score: row.score, hangup: row.hangup, abusive: row.abusive },
    },
    ...audit,
  ]);
  const base = { orgId: actor.orgId, teamId, occurredAt: now };
  // Who the customer is, in words, so a supervisor's alert and a webhook consumer need no second lookup (read only
  // when there is an event to carry it).
  const announces = row.abusive || chasers.length > 0;
  const customer = announces && row.customerId ? await findCustomer(tx, actor.orgId, row.customerId) : undefined;
  const data = {
    conversationId: row.id,
    agentId: row.agentId,
    customerId: row.customerId,
    customerName: customer?.name ?? row.customerName ?? null,
    score: row.score,
    ...(row.ending ? { ending: row.ending } : {}),
  };
  const events: DomainEvent[] = [];
  if (row.abusive) events.push({ ...base, type: 'conversation.abusive', key: `conversation.abusive:${row.id}`, data });
  if (chasers.length > 0) {
    events.push({
      ...base,
      type: 'conversation.escalated',
      key: `conversation.escalated:${row.id}`,
      data: { ...data, reason: 'customer hang-up', chaserIds: chasers.map((c) => c.id) },
    });
  }
  return { chasers, events };
}

export interface StoredConversation {
  conversation: ConversationRow;
  chasers: CommitmentRow[];
  events: DomainEvent[];
  /** False when the `externalRef` was already stored: nothing was written. */
  created: boolean;
}

/**
 * The conversation already stored under `externalRef` with its promises (a retried POST), or undefined. One the
 * actor may not see (another team's) is a conflict: the reference is taken, but its content is not theirs.
 */
async function findByExternalRef(
  db: Executor,
  actor: ScopedActor,
  externalRef: string,
): Promise<StoredConversation | undefined> {
  const id = await findConversationIdByExternalRef(db, actor.orgId, externalRef);
  const stored = id ? await findConversationWithPromises(db, actor.orgId, id) : undefined;
  if (!stored) return undefined;
  if (!isVisible(actor, stored))
    throw new AppError(
      'conflict',
      'another conversation in this organization has this external reference',
      'externalRef',
    );
  const { commitments, teamId: _teamId, ownerId: _ownerId, ...conversation } = stored;
  return { conversation, chasers: commitments, events: [], created: false };
}

const isExternalRefTaken = (error: AppError) =>
  error.code === 'conflict' && error.message.includes('conversations_org_external_ref_unique');

/**
 * Analyzes and stores in one unit of work: the row, any Chaser, the audit entries and its events. A conversation
 * whose `externalRef` is already stored is not stored again: the stored one comes back with `created: false` (and
 * nothing is written, no second Chaser).
 */
export async function storeConversation(
  ctx: EventContext,
  actor: ScopedActor,
  input: StoreConversationInput,
): Promise<Result<StoredConversation>> {
  const { externalRef } = input;
  const already = async (db: Executor) => (externalRef ? findByExternalRef(db, actor, externalRef) : undefined);
  const before = await runSingleWrite(ctx.db, already);
  if (!before.success) return fail(before.error);
  if (before.data) return ok(before.data);
  const ending = input.abusiveEnding;
  const conversation = ending ? withAgentHangup(input.conversation) : input.conversation;
  const analysis = analyzeConversation(conversation);
  const now = ctx.now();
  const stored = await runUnitOfWork(ctx, async ({ db: tx }) => {
    if (input.customerId && !(await findCustomer(tx, actor.orgId, input.customerId))) {
      throw new AppError('not_found', 'no customer with that id in this organization', 'customerId');
    }
    const row = await insertConversation(tx, actor.orgId, {
      externalRef: externalRef ?? null,
      customerId: input.customerId ?? null,
      agentId: actor.userId,
      channel: input.channel ?? null,
      industry: conversation.industry ?? null,
      turns: conversation.turns,
      events: conversation.events,
      ...summaryColumns(analysis),
      createdAt: now,
      updatedAt: now,
    });
    const written = ending ? await recordAbusiveEnding(tx, actor, row, ending, now) : row;
    const outcome = await recordOutcome(tx, actor, written, conversation, actor.teamId, now);
    return { value: { created: true, conversation: written, ...outcome }, events: outcome.events };
  });
  if (stored.success || !isExternalRefTaken(stored.error)) return stored;
  // The same reference stored by a concurrent request between the look-up and the insert.
  const raced = await runSingleWrite(ctx.db, already);
  if (!raced.success) return fail(raced.error);
  return raced.data ? ok(raced.data) : stored;
}

/**
 * Ends a live conversation: analyzes its stored turns and records what it owes, once. With `ending` (B3) the
 * agent's hang-up is added when the call does not already end with it, and the documented ending is stored.
 */
export function finishLiveConversation(
  ctx: EventContext,
  actor: Actor,
  input: { conversationId: string; ending?: AbusiveEndingInput | undefined },
) {
  const now = ctx.now();
  return runUnitOfWork(ctx, async ({ db: tx }) => {
    const current = await findConversation(tx, actor.orgId, input.conversationId, { lock: true });
    if (!current) throw new AppError('not_found', 'no conversation with that id');
    if (current.analysis) throw new AppError('conflict', 'this conversation has already ended');
    if (current.turns.length === 0)
      throw new AppError('invalid_input', 'a conversation needs at least one turn before it ends');
    const recorded: Conversation = { id: current.id, turns: current.turns, events: current.events };
    const conversation = input.ending ? withAgentHangup(recorded) : recorded;
    const analysis = analyzeConversation(conversation);
    const updated = await updateConversation(tx, actor.orgId, input.conversationId, {
      ...summaryColumns(analysis),
      events: conversation.events,
      endedAt: now,
      updatedAt: now,
    });
    const row = input.ending ? await recordAbusiveEnding(tx, actor, updated, input.ending, now) : updated;
    const outcome = await recordOutcome(tx, actor, row, conversation, current.teamId, now);
    return { value: { conversation: row, analysis, chasers: outcome.chasers }, events: outcome.events };
  });
}

/** A conversation the actor may see, with its promises (the Chaser of a hang-up), or not_found. */
export const readConversationWithPromises = (ctx: ServiceContext, actor: ScopedActor, conversationId: string) =>
  runSingleWrite(ctx.db, async (db) =>
    visibleRow(actor, await findConversationWithPromises(db, actor.orgId, conversationId), 'conversation'),
  );

/** The conversations the actor may see, newest first, filtered and searched (keyset pages). */
export const listVisibleConversations = (
  ctx: ServiceContext,
  actor: ScopedActor,
  filters: Parameters<typeof listConversations>[2],
) => listConversations(ctx.db, { orgId: actor.orgId, teamOf: actor.scope }, filters);
