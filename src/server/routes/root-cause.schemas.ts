/** Root causes (P3) and their process fixes (P2). */
import { z } from 'zod';
import { PROCESS_FIX_STATUSES } from '../../core/cases/types.ts';
import { DateTime } from './common.schemas.ts';

const name = z.string().trim().min(1).max(200).describe('A short name insights show, unique in the organization');
const description = z.string().trim().min(1).max(5000).nullable().describe('What goes wrong and where; null clears it');

const ProcessFixIn = z
  .strictObject({
    id: z.uuid().optional().describe('The fix to change; leave out to add a new fix'),
    title: z.string().trim().min(1).max(200).optional().describe('What will change (needed for a new fix)'),
    description: z.string().trim().min(1).max(5000).nullable().optional().describe('How; null clears it'),
    ownerId: z.uuid().nullable().optional().describe('The user who owns the fix; null for nobody'),
    dueAt: DateTime.nullable().optional().describe('When it should be done').meta({ example: '2026-05-01T17:00:00Z' }),
    status: z.enum(PROCESS_FIX_STATUSES).optional().describe('planned → in_progress → done (done records doneAt)'),
  })
  .describe('P2: a change to the process so the root cause does not recur');

export const CreateRootCauseBody = z
  .strictObject({
    name,
    description: description.optional(),
    processFix: ProcessFixIn.optional().describe('A first process fix (no id)'),
  })
  .meta({
    example: {
      name: 'Courier misses the delivery slot',
      description: 'The courier app shows the slot in UTC',
      processFix: { title: 'Show local time in the courier app', dueAt: '2026-05-01T17:00:00Z' },
    },
  });

export const UpdateRootCauseBody = z
  .strictObject({
    name: name.optional(),
    description: description.optional(),
    processFix: ProcessFixIn.optional().describe('Add a fix (no id) or change one (with its id)'),
  })
  .refine((body) => Object.keys(body).length > 0, 'name at least one field to change')
  .meta({ example: { processFix: { id: '3f0c5a8e-8f5e-4a57-9c43-52b1d0e6f1a2', status: 'done' } } });

export const ProcessFixOut = z.object({
  id: z.uuid().describe('The fix id'),
  title: z.string().describe('What will change'),
  description: z.string().nullable().describe('How'),
  ownerId: z.uuid().nullable().describe('Who owns it'),
  status: z.enum(PROCESS_FIX_STATUSES).describe('planned, in_progress or done'),
  dueAt: DateTime.nullable().describe('When it should be done'),
  doneAt: DateTime.nullable().describe('When it was marked done'),
  createdAt: DateTime.describe('When it was recorded'),
});

export const RootCauseOut = z.object({
  id: z.uuid().describe('The root cause id (cases link to it with `rootCauseId`)'),
  name: z.string().describe('Its name'),
  description: z.string().nullable().describe('What goes wrong'),
  caseCount: z.number().int().describe('How many cases name it'),
  processFixes: z.array(ProcessFixOut).describe('Its process fixes, oldest first'),
  createdAt: DateTime.describe('When it was recorded'),
  updatedAt: DateTime.describe('When it last changed'),
});

export const RootCauseList = z.object({ items: z.array(RootCauseOut).describe('By name') });
