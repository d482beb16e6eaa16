import { z } from 'zod';
import { AbusiveEndingIn } from '../../core/conversation/abusive-ending.ts';
import { CommitmentOut, DateTime, page } from './common.schemas.ts';
import { AnalysisOut, ConversationIn } from './engine.schemas.ts';

export const StoreConversationBody = z.object({
  conversation: ConversationIn,
  customerId: z.uuid().optional(),
  channel: z.enum(['phone', 'chat', 'email', 'sms', 'social']).optional(),
  externalRef: z.string().min(1).max(200).optional(),
  abusiveEnding: AbusiveEndingIn.optional(),
});

export const ConversationOut = z.object({
  id: z.uuid(),
  externalRef: z.string().nullable(),
  customerId: z.uuid().nullable(),
  customerName: z
    .string()
    .nullable()
    .describe('The name the call system gave when the live conversation started; null when none was given'),
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
  analysis: AnalysisOut.nullable(),
  peakAnger: z.number().nullable(),
  abusive: z.boolean(),
  hangup: z.boolean(),
  score: z.number().nullable(),
  ending: z
    .object({
      kind: z.literal('abusive_customer'),
      principle: z.literal('B3'),
      reason: z.string(),
      boundary: z.string(),
      endedBy: z.uuid(),
      at: DateTime,
      supervisorAlerted: z.boolean(),
    })
    .nullable()
    .describe('B3: how the agent ended a call on a directly abusive customer; null for any other ending'),
  createdAt: DateTime,
  commitments: z
    .array(CommitmentOut)
    .describe('Promises made in this conversation, e.g. the Chaser after a hang-up (F5).'),
});

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ConversationListQuery = z
  .object({
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe("Search the customer's name, the external reference and the text of every turn (case-insensitive)"),
    customerId: z.uuid().optional().describe('Only conversations with this customer'),
    agentId: z.uuid().optional().describe('Only conversations handled by this agent'),
    from: DateTime.optional().describe('Only conversations that started at or after this time (ISO 8601)'),
    to: DateTime.optional().describe('Only conversations that started before this time (ISO 8601)'),
    abusive: flag.optional().describe('true: only conversations where the customer was abusive; false: only others'),
    hangup: flag.optional().describe('true: only conversations that ended in a hang-up; false: only others'),
    cursor: z.string().max(500).optional().describe('The `nextCursor` of the previous page'),
    limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size (1–200)'),
  })
  .refine((query) => !query.from || !query.to || Date.parse(query.from) < Date.parse(query.to), {
    message: '`from` must be before `to`',
    path: ['from'],
  });

const Party = z.object({ id: z.uuid(), name: z.string() });

export const ConversationSummaryOut = z.object({
  id: z.uuid().describe('The conversation id'),
  externalRef: z.string().nullable().describe('Its id in the help desk or telephony system, when one was given'),
  customer: Party.nullable().describe('The customer, when the conversation was linked to one'),
  customerName: z
    .string()
    .nullable()
    .describe("The customer's name: the linked record's, else the name the call system gave; null when neither"),
  agent: Party.nullable().describe('The agent who handled it'),
  startedAt: DateTime.describe('When it started (for a stored transcript: when it was recorded)'),
  endedAt: DateTime.nullable().describe('When a live conversation ended; null while live or for a stored transcript'),
  channel: z.string().nullable().describe('phone, chat, email, sms or social'),
  turnCount: z.number().int().describe('How many turns (customer and agent) it has'),
  peakAnger: z.number().nullable().describe("The customer's highest anger probability (0–1); null before analysis"),
  peakAngerLevel: z
    .enum(['calm', 'annoyed', 'angry', 'furious'])
    .nullable()
    .describe("The customer's highest anger level; null before analysis"),
  abusive: z.boolean().describe('The customer was abusive (B1–B3)'),
  hangup: z.boolean().describe('The conversation ended in a hang-up'),
  qaScore: z.number().nullable().describe('The QA score from the playbook rubric (0–100); null before analysis'),
});

export const ConversationPage = page(ConversationSummaryOut);
