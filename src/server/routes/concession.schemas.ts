import { z } from 'zod';
import { CONCESSION_KINDS, CONCESSION_STATUSES } from '../../core/cases/types.ts';
import { DateTime, page } from './common.schemas.ts';

export { proposeConcessionSchema as ProposeConcessionBody } from '../../core/cases/case-input.ts';

export const RecommendBody = z.strictObject({
  caseId: z.uuid(),
  requested: z
    .strictObject({ kind: z.enum(CONCESSION_KINDS), amountCents: z.number().int().nonnegative().optional() })
    .optional()
    .describe(
      'R1: what the customer asked for. A refund of a stated amount asked when the company is at fault is restitution',
    ),
  wrongfulChargeCents: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('Money the company took in error (a wrongful or duplicate charge): recommended back in full (R5)'),
});

export const RecommendationOut = z.object({
  kind: z.enum(CONCESSION_KINDS),
  minCents: z.number(),
  maxCents: z.number(),
  currency: z.string(),
  requiresApproval: z.boolean(),
  expectationInflationRisk: z.boolean(),
  restitutionCents: z
    .number()
    .describe('R5: money taken in error, given back in full; included in minCents/maxCents (goodwill is on top)'),
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
  reason: z.string().nullable().describe('Why it is offered (R5); null only on concessions recorded before reasons'),
  requiresApproval: z.boolean(),
  approvalReason: z
    .string()
    .nullable()
    .describe(
      "Why a supervisor must approve it: the case's total (approved + waiting + this one) against the threshold",
    ),
  status: z.enum(CONCESSION_STATUSES),
  createdBy: z.uuid().nullable(),
  approvedBy: z.uuid().nullable(),
  decidedAt: DateTime.nullable(),
  createdAt: DateTime,
});

export const DecisionBody = z.strictObject({ decision: z.enum(['approve', 'reject']) });

export const ConcessionListQuery = z.object({
  status: z
    .enum(['pending', ...CONCESSION_STATUSES])
    .default('pending')
    .describe('`pending` (= `proposed`): waiting for a supervisor'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ConcessionPage = page(ConcessionOut);
