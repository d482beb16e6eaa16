import { z } from 'zod';
import { COMMITMENT_STATES } from '../../core/cases/types.ts';
import { CommitmentOut, page } from './common.schemas.ts';

export { createCommitmentSchema as CreateCommitmentBody } from '../../core/cases/case-input.ts';

export const CommitmentListQuery = z.object({
  mine: z.enum(['true', 'false']).optional().describe('only promises I own'),
  state: z.enum(COMMITMENT_STATES).optional(),
  dueBefore: z.iso.datetime({ offset: true }).optional(),
  overdue: z.enum(['true', 'false']).optional().describe('open promises whose due time has passed'),
  caseId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const CommitmentPage = page(CommitmentOut);
export const CompleteBody = z.strictObject({
  outcome: z.string().trim().min(1).max(5000).describe('What was done (F4: report back with the solution)'),
});
export const WaiveBody = z.strictObject({ reason: z.string().trim().min(1).max(5000) });
