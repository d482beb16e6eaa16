/** The /api/v1/live message protocol: JSON text frames, validated at the edge. */
import { z } from 'zod';
import { AbusiveEndingIn } from '../../core/conversation/abusive-ending.ts';
import { LIMITS } from '../../core/conversation/limits.ts';

const Turn = z.strictObject({
  type: z.literal('turn'),
  speaker: z.enum(['customer', 'agent']),
  text: z
    .string()
    .trim()
    .min(1, 'a turn needs text')
    .max(LIMITS.maxTurnChars, `a turn holds at most ${LIMITS.maxTurnChars} characters`),
  at: z.number().nonnegative().optional(),
  end: z.number().nonnegative().optional(),
  callback: z.boolean().optional(),
});

export const ClientMessage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start'),
    /** Resume this conversation (after a reconnect); omit to start a new one. */
    conversationId: z.uuid().optional(),
    customerId: z.uuid().optional(),
    customerName: z.string().trim().min(1).max(200).optional(),
    channel: z.enum(['phone', 'chat', 'email', 'sms', 'social']).default('phone'),
    /**
     * The agent the conversation is for (an integration such as a call-transcription pipeline starts it for that
     * agent's console); omit for the caller. Agents may name only themselves, supervisors their team, admins anyone.
     */
    agentId: z.uuid().optional(),
  }),
  Turn,
  z.strictObject({
    type: z.literal('hangup'),
    by: z.enum(['customer', 'agent']),
    /** B3: the agent ends the call on a directly abusive customer (by: agent); the conversation ends with it. */
    abusive: AbusiveEndingIn.optional(),
  }),
  /** `abusive` (B3): the agent ended it on a directly abusive customer. */
  z.strictObject({ type: z.literal('end'), abusive: AbusiveEndingIn.optional() }),
  z.strictObject({ type: z.literal('subscribe') }),
  /** Hear about live conversations started for me (supervisors: for their team) as they start and end. */
  z.strictObject({ type: z.literal('watch') }),
  /** Follow one live conversation: its turns, hang-up and end as they arrive (its agent, its team's supervisors). */
  z.strictObject({ type: z.literal('follow'), conversationId: z.uuid() }),
  z.strictObject({ type: z.literal('unfollow') }),
  z.strictObject({ type: z.literal('ping') }),
]);
export type ClientMessage = z.output<typeof ClientMessage>;
