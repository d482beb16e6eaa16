import { z } from 'zod';
import { LIMITS } from '../../core/conversation/limits.ts';
import { ANALYSIS_VERSION } from '../../core/analyze.ts';
import { ANGER_LEVELS } from '../../core/signals/types.ts';

const TurnIn = z.object({
  speaker: z.enum(['customer', 'agent']),
  text: z
    .string()
    .min(1)
    .max(LIMITS.maxTurnChars, `a turn holds at most ${LIMITS.maxTurnChars} characters`)
    .describe(`What was said (at most ${LIMITS.maxTurnChars} characters, the limit every endpoint shares)`),
  at: z.number().nonnegative().optional(),
  end: z.number().nonnegative().optional(),
  callback: z.boolean().optional(),
});

const HangupIn = z.object({
  type: z.literal('hangup'),
  by: z.enum(['customer', 'agent']),
  afterTurn: z.number().int().nonnegative(),
});

/** A conversation as the engine reads it (the same JSON as `defuse analyze`); the engine checks the rest. */
export const ConversationIn = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]).optional(),
  industry: z.string().max(100).optional(),
  turns: z.array(TurnIn).min(1).max(LIMITS.maxTurns),
  events: z.array(HangupIn).max(100).optional(),
});

const conversationJson = z.toJSONSchema(ConversationIn, { io: 'input' });
delete conversationJson.$schema;

/** One conversation or an array; the engine's own parser validates it so errors name `turns[3].speaker`. */
export const AnalyzeBody = z
  .unknown()
  .meta({ anyOf: [conversationJson, { type: 'array', items: conversationJson, minItems: 1, maxItems: 100 }] });

export const AnalysisOut = z
  .object({
    version: z
      .literal(ANALYSIS_VERSION)
      .describe('The analysis contract version (2: camelCase; rows stored before were rewritten to it)'),
    id: z.string(),
    industry: z.string().optional(),
    rubric: z.record(z.string(), z.enum(['met', 'violated', 'n/a'])),
    evidence: z.record(z.string(), z.unknown()),
    hangup: z.boolean(),
    abusiveCustomer: z.boolean(),
    peakAngerLevel: z.enum(ANGER_LEVELS),
    score: z.number(),
    angerTrend: z.object({
      startLevel: z.enum(ANGER_LEVELS).nullable(),
      endLevel: z.enum(ANGER_LEVELS).nullable(),
      startScore: z.number().nullable(),
      endScore: z.number().nullable(),
      direction: z.enum(['calmer', 'angrier', 'steady']),
    }),
    turns: z.array(z.unknown()),
  })
  .describe(
    'The engine analysis: QA rubric by principle, hang-up, abuse, anger trend, score and per-turn cues (as `defuse analyze --json`).',
  );

export const LintBody = z.object({
  reply: z.string().min(1).max(LIMITS.maxTurnChars, `a reply holds at most ${LIMITS.maxTurnChars} characters`),
  context: z
    .object({
      customerMessage: z.string().max(LIMITS.maxTurnChars).optional(),
      customerName: z.string().max(200).optional(),
      customerVenting: z.boolean().optional(),
    })
    .optional(),
});

export const LintOut = z.object({
  findings: z.array(
    z.object({
      label: z.string(),
      principle: z.string(),
      polarity: z.enum(['move', 'anti']),
      span: z.object({ start: z.number(), end: z.number() }),
      message: z.string(),
      rewrite: z.string().optional(),
    }),
  ),
});
