/**
 * B3: an agent ending a call on a directly abusive customer is a documented ending, not a silent hang-up: the
 * reason and the boundary said first (the input every door parses with this schema), and the agent's hang-up.
 */
import { z } from 'zod';
import type { Conversation } from './types.ts';

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
