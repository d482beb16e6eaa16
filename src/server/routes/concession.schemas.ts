import { z } from 'zod';
import { CONCESSION_KINDS, CONCESSION_STATUSES } from '../../core/cases/types.ts';
import { DateTime } from './common.schemas.ts';

export { proposeConcessionSchema as ProposeConcessionBody } from '../../core/cases/case-input.ts';

export const RecommendBody = z.strictObject({
  caseId: z.uuid(),
  requested: z
    .strictObject({ kind: z.enum(CONCESSION_KINDS), amountCents: z.number().int().nonnegative().optional() })
    .optional(),
});

export const RecommendationOut = z.object({
  kind: z.enum(CONCESSION_KINDS),
  minCents: z.number(),
  maxCents: z.number(),
  currency: z.string(),
  requiresApproval: z.boolean(),
  expectationInflationRisk: z.boolean(),
  factors: z
    .array(z.object({ factor: z.string(), principle: z.string(), levels: z.number(), reason: z.string() }))
    .describe('Every factor (V1 value, R5 history, fault, severity) and its effect'),
});

export const ConcessionOut = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  customerId: z.uuid(),
  kind: z.enum(CONCESSION_KINDS),
  amountCents: z.number(),
  currency: z.string(),
  recommendedMinCents: z.number().nullable(),
  recommendedMaxCents: z.number().nullable(),
  requiresApproval: z.boolean(),
  status: z.enum(CONCESSION_STATUSES),
  createdBy: z.uuid().nullable(),
  approvedBy: z.uuid().nullable(),
  decidedAt: DateTime.nullable(),
  createdAt: DateTime,
});

export const DecisionBody = z.strictObject({ decision: z.enum(['approve', 'reject']) });
