import { z } from 'zod';
import { CommitmentOut, DateTime } from './common.schemas.ts';
import { ConversationIn } from './engine.schemas.ts';

export const StoreConversationBody = z.object({
  conversation: ConversationIn,
  customerId: z.uuid().optional(),
  channel: z.enum(['phone', 'chat', 'email', 'sms', 'social']).optional(),
  externalRef: z.string().min(1).max(200).optional(),
});

export const ConversationOut = z.object({
  id: z.uuid(),
  externalRef: z.string().nullable(),
  customerId: z.uuid().nullable(),
  agentId: z.uuid().nullable(),
  channel: z.string().nullable(),
  industry: z.string().nullable(),
  turns: z.array(
    z.object({
      speaker: z.enum(['customer', 'agent']),
      text: z.string(),
      at: z.number().optional(),
      end: z.number().optional(),
      callback: z.boolean().optional(),
    }),
  ),
  events: z.array(z.object({ type: z.literal('hangup'), by: z.enum(['customer', 'agent']), afterTurn: z.number() })),
  analysis: z.record(z.string(), z.unknown()).nullable(),
  peakAnger: z.number().nullable(),
  abusive: z.boolean(),
  hangup: z.boolean(),
  score: z.number().nullable(),
  createdAt: DateTime,
  commitments: z
    .array(CommitmentOut)
    .describe('Promises made in this conversation, e.g. the Chaser after a hang-up (F5).'),
});
