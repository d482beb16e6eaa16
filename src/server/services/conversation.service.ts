/** Stores a conversation with the engine's analysis; a customer hang-up creates the Chaser call-back (F5). */
import { analyzeConversation } from '../../core/analyze.ts';
import { chaserForHangup } from '../../core/cases/commitment-rules.ts';
import { parseConversations } from '../../core/conversation/parse.ts';
import { AppError } from '../../core/errors.ts';
import type { DomainEvent } from '../../jobs/event-types.ts';
import { enqueueEvent } from '../../jobs/outbox.ts';
import { appendAudit, snapshot } from '../../store/repositories/audit.repository.ts';
import { insertCommitments } from '../../store/repositories/commitment.repository.ts';
import { findCustomer, insertConversation } from '../../store/repositories/customer.repository.ts';
import { findOrgPolicy } from '../../store/repositories/organization.repository.ts';
import { commitmentRow } from '../../store/services/case.service.ts';
import { contactOf } from '../../store/services/service-context.ts';
import { translateDbError } from '../../store/store-errors.ts';
import type { Principal } from '../auth/principal.ts';
import type { ServerContext } from '../context.ts';

export interface StoreConversationInput {
  conversation: unknown;
  customerId?: string | undefined;
  channel?: string | undefined;
  externalRef?: string | undefined;
}

/** Analyzes and stores in one transaction: the row, any Chaser, the audit entries and the webhook outbox. */
export async function storeConversation(ctx: ServerContext, principal: Principal, input: StoreConversationInput) {
  const [conversation] = parseConversations(input.conversation);
  if (!conversation) throw new AppError('invalid_input', 'expected one conversation', 'conversation');
  const analysis = analyzeConversation(conversation);
  const now = ctx.now();
  const events: DomainEvent[] = [];
  try {
    const stored = await ctx.db.transaction(async (tx) => {
      const policy = (await findOrgPolicy(tx, principal.orgId))!;
      const customer = input.customerId ? await findCustomer(tx, principal.orgId, input.customerId) : undefined;
      if (input.customerId && !customer) throw new AppError('not_found', 'no customer with that id in this organization', 'customerId');
      const row = await insertConversation(tx, principal.orgId, {
        externalRef: input.externalRef ?? null,
        customerId: customer?.id ?? null,
        agentId: principal.userId,
        channel: input.channel ?? null,
        industry: conversation.industry ?? null,
        turns: conversation.turns,
        events: conversation.events,
        analysis: analysis as unknown as Record<string, unknown>,
        peakAnger: Math.max(0, ...analysis.turns.map((t) => t.customer?.anger ?? 0)),
        abusive: analysis.abusive_customer,
        hangup: analysis.hangup,
        score: analysis.score,
        createdAt: now,
        updatedAt: now,
      });
      const drafts = conversation.events.flatMap((event) => chaserForHangup(event, policy, now, customer ? contactOf(customer) : {}) ?? []);
      const chasers = await insertCommitments(tx, principal.orgId, drafts.map((d) => commitmentRow({ ...d, ownerId: principal.userId }, { conversationId: row.id }, now)));
      await appendAudit(tx, principal.orgId, [
        { entity: 'conversation', entityId: row.id, action: 'stored', actorId: principal.userId, at: now, after: { score: row.score, hangup: row.hangup, abusive: row.abusive } },
        ...chasers.map((c) => ({ entity: 'commitment', entityId: c.id, action: 'created', actorId: principal.userId, at: now, after: snapshot(c) })),
      ]);
      const base = { orgId: principal.orgId, teamId: principal.teamId, occurredAt: now };
      const data = { conversationId: row.id, agentId: principal.userId, customerId: row.customerId, score: row.score, peakAnger: analysis.peak_anger };
      if (row.abusive) events.push({ ...base, type: 'conversation.abusive', key: `conversation.abusive:${row.id}`, data });
      if (chasers.length > 0) {
        events.push({ ...base, type: 'conversation.escalated', key: `conversation.escalated:${row.id}`, data: { ...data, reason: 'customer hang-up', chaserIds: chasers.map((c) => c.id) } });
      }
      for (const event of events) await enqueueEvent(tx, event);
      return { conversation: row, chasers };
    });
    for (const event of events) await ctx.publish(event);
    return stored;
  } catch (error) {
    throw translateDbError(error);
  }
}
