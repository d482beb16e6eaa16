import { z } from 'zod';
import { formatPath } from '../conversation/parse.ts';
import { AppError, fail, ok, type Result } from '../errors.ts';
import { COMMITMENT_KINDS, CONCESSION_KINDS, SEVERITIES } from './types.ts';

const id = z.uuid();
const text = z.string().trim().min(1).max(10_000);
const cents = z.number().int('must be a whole number of minor units').nonnegative('cannot be negative');

const contact = z.strictObject({
  name: z.string().max(200).optional(),
  phone: z.string().max(50).optional(),
  email: z.email().optional(),
  channel: z.enum(['phone', 'email', 'chat', 'sms']).optional(),
});

const DUE_AT_FORMAT = 'an ISO 8601 date-time with an offset, e.g. 2026-12-07T17:00:00Z or 2026-12-07T17:00:00+01:00';

/** When a promise is due: a precise instant, never a phrase like "tomorrow 5pm" (F1). */
const dueAtSchema = z.iso
  .datetime({
    offset: true,
    error: (issue) =>
      issue.input === undefined
        ? `a commitment needs a due time (F1): ${DUE_AT_FORMAT}`
        : `${JSON.stringify(issue.input)} is not a date-time: use ${DUE_AT_FORMAT}`,
  })
  .describe(`When the promise is due (F1): ${DUE_AT_FORMAT}`)
  .meta({ example: '2026-12-07T17:00:00Z' });

/** A promise as a client sends it; `dueAt` is required (F1). */
export const createCommitmentSchema = z.strictObject({
  kind: z.enum(COMMITMENT_KINDS),
  dueAt: dueAtSchema,
  ownerId: id.optional(),
  contact: contact.optional(),
  peopleInvolved: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  steps: z.array(z.string().trim().min(1).max(2_000)).max(50).optional(),
});
export type CreateCommitmentInput = z.infer<typeof createCommitmentSchema>;

/** A new case: presenting and underlying issue (C3), what the customer asked for (R1), fault (A4), consent (P1). */
export const createCaseSchema = z.strictObject({
  customerId: id,
  conversationId: id.optional(),
  category: z.string().trim().min(1).max(100).optional(),
  presentingIssue: text,
  underlyingIssue: text.optional(),
  desiredResolution: text.optional(),
  severity: z.enum(SEVERITIES).default('medium'),
  companyAtFault: z.boolean().nullable().default(null),
  rootCauseId: id.optional(),
  consentToDocument: z.boolean().default(false),
  regulatoryPreset: z.string().min(1).optional(),
  ownerId: id.optional(),
  teamId: id.optional(),
  /** Promises made during the conversation, recorded with the case in one step (F1, F2). */
  commitments: z.array(createCommitmentSchema).max(20).optional(),
});
export type CreateCaseInput = z.infer<typeof createCaseSchema>;

/** Details that may change while a case is open. */
export const updateCaseSchema = createCaseSchema
  .omit({
    customerId: true,
    conversationId: true,
    regulatoryPreset: true,
    ownerId: true,
    teamId: true,
    commitments: true,
  })
  .extend({
    /**
     * Reassigns the case (null: back to the team queue). Supervisors and admins may name anyone active in the
     * organization; agents a teammate (or themselves) or null.
     */
    ownerId: id.nullable().optional(),
    resolution: text.optional(),
    severity: z.enum(SEVERITIES).optional(),
    companyAtFault: z.boolean().nullable().optional(),
    consentToDocument: z.boolean().optional(),
  })
  .partial();
export type UpdateCaseInput = z.infer<typeof updateCaseSchema>;

/** A concession to propose on a case (R5). */
export const proposeConcessionSchema = z.strictObject({
  kind: z.enum(CONCESSION_KINDS),
  amountCents: cents,
  reason: z
    .string({ error: 'say why it is offered (R5), e.g. "refund of the duplicate charge of 12 Nov"' })
    .trim()
    .min(1, 'say why it is offered (R5), e.g. "refund of the duplicate charge of 12 Nov"')
    .max(2_000),
  requested: z.strictObject({ kind: z.enum(CONCESSION_KINDS), amountCents: cents.optional() }).optional(),
  /** Money the company took in error (a wrongful or duplicate charge): the advisor recommends it back in full. */
  wrongfulChargeCents: cents.optional(),
});
export type ProposeConcessionInput = z.infer<typeof proposeConcessionSchema>;

/** Parses input with a schema into a Result whose error names the offending path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): Result<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return ok(result.data);
  const issue = result.error.issues[0];
  return fail(new AppError('invalid_input', issue?.message ?? 'invalid input', formatPath(issue?.path ?? [])));
}
