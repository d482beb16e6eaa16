import { z } from 'zod';
import { CASE_ACTIONS } from '../../core/cases/case-lifecycle.ts';
import { CASE_STATES, SEVERITIES } from '../../core/cases/types.ts';
import { CommitmentOut, DateTime, page } from './common.schemas.ts';

export { createCaseSchema as CreateCaseBody, updateCaseSchema as UpdateCaseBody } from '../../core/cases/case-input.ts';

export const CaseOut = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  conversationId: z.uuid().nullable(),
  ownerId: z.uuid().nullable(),
  teamId: z.uuid().nullable(),
  state: z.enum(CASE_STATES),
  outcome: z.enum(['resolved', 'unresolved']).nullable(),
  category: z.string().nullable(),
  presentingIssue: z.string(),
  underlyingIssue: z.string().nullable(),
  desiredResolution: z.string().nullable(),
  resolution: z.string().nullable(),
  severity: z.enum(SEVERITIES),
  companyAtFault: z.boolean().nullable(),
  rootCauseId: z.uuid().nullable(),
  consentToDocument: z.boolean(),
  regulatoryPreset: z.string().nullable(),
  receivedAt: DateTime,
  resolvedAt: DateTime.nullable(),
  closedAt: DateTime.nullable(),
  version: z.number().int(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const CaseDetailOut = CaseOut.extend({ commitments: z.array(CommitmentOut) });
export const OpenedCaseOut = CaseOut.extend({
  commitments: z.array(CommitmentOut),
  recurrence: z.unknown().describe('P2: the earlier complaint this one repeats, or null'),
  routing: z.unknown().describe('R3: how the owner was chosen, or null when the caller named one'),
});

export const CaseListQuery = z.object({
  state: z.enum(CASE_STATES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  customerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  rootCauseId: z.uuid().optional(),
  mine: z.enum(['true', 'false']).optional().describe('only cases I own'),
  q: z.string().trim().min(1).max(200).optional().describe('search in issue text and category'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const CasePage = page(CaseOut);

export const TransitionBody = z.strictObject({
  action: z.enum(CASE_ACTIONS),
  /** Reasons for waiving open promises on close, by commitment id (F4). */
  waivers: z.record(z.uuid(), z.string().trim().min(1).max(2000)).optional(),
  expectedVersion: z.number().int().positive().optional(),
});

export const TransitionOut = z.object({ case: CaseOut, commitments: z.array(CommitmentOut) });
