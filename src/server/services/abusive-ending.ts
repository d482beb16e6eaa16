/**
 * B3: an agent ending a call on a directly abusive customer is a documented ending, not a silent hang-up: the
 * reason, the boundary said first, and an alert to the team's supervisors (the `conversation.abusive` event, on
 * the live socket and to webhooks) are stored on the conversation and in the audit trail.
 */
import { z } from 'zod';
import type { AbusiveEnding, Conversation } from '../../core/conversation/types.ts';
import type { Transaction } from '../../store/database.ts';
import { appendAudit } from '../../store/repositories/audit.repository.ts';
import { updateConversation } from '../../store/repositories/conversation.repository.ts';
import type { ConversationRow } from '../../store/repositories/conversation.repository.ts';
import type { Principal } from '../auth/principal.ts';

export const AbusiveEndingIn = z
  .strictObject({
    reason: z
      .string({ error: 'say why the call was ended (B3), e.g. "repeated personal insults after a warning"' })
      .trim()
      .min(1, 'say why the call was ended (B3), e.g. "repeated personal insults after a warning"')
      .max(1_000),
    boundary: z
      .string({ error: 'quote the boundary you set before ending the call (B3)' })
      .trim()
      .min(1, 'quote the boundary you set before ending the call (B3)')
      .max(2_000),
  })
  .describe(
    'B3: the agent ended the call on a directly abusive customer: why, and the boundary said first. Stored on the ' +
      'conversation and in the audit trail; the team supervisors are alerted (conversation.abusive).',
  );
export type AbusiveEndingInput = z.output<typeof AbusiveEndingIn>;

/** The conversation with the agent's hang-up after its last turn, unless it already ends that way. */
export function withAgentHangup(conversation: Conversation): Conversation {
  const afterTurn = conversation.turns.length - 1;
  const ended = conversation.events.some((e) => e.type === 'hangup' && e.by === 'agent' && e.afterTurn === afterTurn);
  return ended
    ? conversation
    : { ...conversation, events: [...conversation.events, { type: 'hangup', by: 'agent', afterTurn }] };
}

/** Stores the documented ending on the conversation (which is then abusive) and audits it, in the caller's transaction. */
export async function recordAbusiveEnding(
  tx: Transaction,
  principal: Principal,
  row: ConversationRow,
  input: AbusiveEndingInput,
  now: Date,
): Promise<ConversationRow> {
  const ending: AbusiveEnding = {
    kind: 'abusive_customer',
    principle: 'B3',
    reason: input.reason,
    boundary: input.boundary,
    endedBy: principal.userId,
    at: now.toISOString(),
    supervisorAlerted: true,
  };
  const updated = await updateConversation(tx, principal.orgId, row.id, { ending, abusive: true, updatedAt: now });
  await appendAudit(tx, principal.orgId, [
    {
      entity: 'conversation',
      entityId: row.id,
      action: 'ended_abusive',
      actorId: principal.userId,
      at: now,
      before: null,
      // Whether the engine had also read abuse: a supervisor reviewing the ending sees both.
      after: { principle: 'B3', reason: input.reason, boundary: input.boundary, engineReadAbuse: row.abusive },
    },
  ]);
  return updated;
}
