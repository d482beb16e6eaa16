/** Stores a conversation with the engine's analysis; a customer hang-up creates the Chaser call-back (F5). */
import { analyzeConversation, type ConversationAnalysis } from '../../core/analyze.ts';
import { parseConversations } from '../../core/conversation/parse.ts';
import type { Conversation } from '../../core/conversation/types.ts';
import { AppError } from '../../core/errors.ts';
import type { DomainEvent } from '../../jobs/event-types.ts';
import type { Transaction } from '../../store/database.ts';
import { runUnitOfWork } from '../../services/context.ts';
import { orThrow } from '../http/result.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import type { CommitmentRow } from '../../store/repositories/commitment.repository.ts';
import {
  findConversationIdByExternalRef,
  insertConversation,
  type ConversationRow,
} from '../../store/repositories/conversation.repository.ts';
import { findCustomer } from '../../store/repositories/customer.repository.ts';
import { findConversation, updateConversation } from '../../store/repositories/conversation.repository.ts';
import { findOrgPolicy } from '../../store/repositories/organization.repository.ts';
import { addChasers } from '../../services/commitment.service.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';
import { recordAbusiveEnding, withAgentHangup, type AbusiveEndingInput } from './abusive-ending.ts';
import { findConversationWithPromises } from '../../store/repositories/conversation.repository.ts';
import { isVisible } from './visibility.ts';

export interface StoreConversationInput {
  conversation: unknown;
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

/**
 * What a finished conversation owes: Chasers for customer hang-ups, audit entries, and its events in the outbox. The
 * events go to the team of the conversation's agent (`teamId`), which is not the caller's when an integration ends a
 * call it started for an agent.
 */
async function recordOutcome(
  tx: Transaction,
  principal: Principal,
  row: ConversationRow,
  conversation: Conversation,
  teamId: string | null,
  now: Date,
): Promise<{ chasers: CommitmentRow[]; events: DomainEvent[] }> {
  const policy = (await findOrgPolicy(tx, principal.orgId))!;
  const { chasers, audit } = await addChasers(tx, policy, row, conversation.events, principal.userId, now);
  await appendAudit(tx, principal.orgId, [
    {
      entity: 'conversation',
      entityId: row.id,
      action: 'analyzed',
      actorId: principal.userId,
      at: now,
      after: { score: row.score, hangup: row.hangup, abusive: row.abusive },
    },
    ...audit,
  ]);
  const base = { orgId: principal.orgId, teamId, occurredAt: now };
  const data = {
    conversationId: row.id,
    agentId: row.agentId,
    customerId: row.customerId,
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

/**
 * The unit of work (src/services/context.ts): the rows, audit entries and the events `work` returns commit in one
 * transaction (the events through the outbox) and are published after the commit; a failure is thrown.
 */
async function commit<T extends { events: DomainEvent[] }>(
  ctx: ServerContext,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return orThrow(
    await runUnitOfWork(ctx, async (uow) => {
      const value = await work(uow.db as unknown as Transaction);
      return { value, events: value.events };
    }),
  );
}

/**
 * The conversation already stored under `externalRef` with its promises (a retried POST), or undefined. One the
 * caller may not see (another team's) is a conflict: the reference is taken, but its content is not theirs.
 */
async function findByExternalRef(ctx: ServerContext, principal: Principal, externalRef: string) {
  const id = await findConversationIdByExternalRef(ctx.db, principal.orgId, externalRef);
  const stored = id ? await findConversationWithPromises(ctx.db, principal.orgId, id) : undefined;
  if (!stored) return undefined;
  if (!isVisible(principal, stored))
    throw new AppError(
      'conflict',
      'another conversation in this organization has this external reference',
      'externalRef',
    );
  const { commitments, teamId: _teamId, ownerId: _ownerId, ...conversation } = stored;
  return { conversation, chasers: commitments, events: [] as DomainEvent[], created: false };
}

const isExternalRefTaken = (error: unknown) =>
  error instanceof AppError &&
  error.code === 'conflict' &&
  error.message.includes('conversations_org_external_ref_unique');

/**
 * Analyzes and stores in one transaction: the row, any Chaser, the audit entries and the webhook outbox. A
 * conversation whose `externalRef` is already stored is not stored again: the stored one comes back with
 * `created: false` (and nothing is written, no second Chaser).
 */
export async function storeConversation(ctx: ServerContext, principal: Principal, input: StoreConversationInput) {
  if (input.externalRef) {
    const stored = await findByExternalRef(ctx, principal, input.externalRef);
    if (stored) return stored;
  }
  const [parsed] = parseConversations(input.conversation);
  if (!parsed) throw new AppError('invalid_input', 'expected one conversation', 'conversation');
  const ending = input.abusiveEnding;
  const conversation = ending ? withAgentHangup(parsed) : parsed;
  const analysis = analyzeConversation(conversation);
  const now = ctx.now();
  const stored = await commit(ctx, async (tx) => {
    if (input.customerId && !(await findCustomer(tx, principal.orgId, input.customerId))) {
      throw new AppError('not_found', 'no customer with that id in this organization', 'customerId');
    }
    const row = await insertConversation(tx, principal.orgId, {
      externalRef: input.externalRef ?? null,
      customerId: input.customerId ?? null,
      agentId: principal.userId,
      channel: input.channel ?? null,
      industry: conversation.industry ?? null,
      turns: conversation.turns,
      events: conversation.events,
      ...summaryColumns(analysis),
      createdAt: now,
      updatedAt: now,
    });
    const stored = ending ? await recordAbusiveEnding(tx, principal, row, ending, now) : row;
    return {
      conversation: stored,
      ...(await recordOutcome(tx, principal, stored, conversation, principal.teamId, now)),
    };
  }).catch(async (error: unknown) => {
    // The same reference stored by a concurrent request between the look-up and the insert.
    const raced =
      input.externalRef && isExternalRefTaken(error)
        ? await findByExternalRef(ctx, principal, input.externalRef)
        : undefined;
    if (raced) return raced;
    throw error;
  });
  return { created: true, ...stored };
}

/**
 * Ends a live conversation: analyzes its stored turns and records what it owes, once. With `ending` (B3) the
 * agent's hang-up is added when the call does not already end with it, and the documented ending is stored.
 */
export async function finishLiveConversation(
  ctx: ServerContext,
  principal: Principal,
  conversationId: string,
  ending?: AbusiveEndingInput,
) {
  const now = ctx.now();
  return commit(ctx, async (tx) => {
    const current = await findConversation(tx, principal.orgId, conversationId, { lock: true });
    if (!current) throw new AppError('not_found', 'no conversation with that id');
    if (current.analysis) throw new AppError('conflict', 'this conversation has already ended');
    if (current.turns.length === 0)
      throw new AppError('invalid_input', 'a conversation needs at least one turn before it ends');
    const recorded: Conversation = { id: current.id, turns: current.turns, events: current.events };
    const conversation = ending ? withAgentHangup(recorded) : recorded;
    const analysis = analyzeConversation(conversation);
    const updated = await updateConversation(tx, principal.orgId, conversationId, {
      ...summaryColumns(analysis),
      events: conversation.events,
      endedAt: now,
      updatedAt: now,
    });
    const row = ending ? await recordAbusiveEnding(tx, principal, updated, ending, now) : updated;
    return {
      conversation: row,
      analysis,
      ...(await recordOutcome(tx, principal, row, conversation, current.teamId, now)),
    };
  });
}
