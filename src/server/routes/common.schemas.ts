/** Schemas shared by several route modules. */
import { z } from 'zod';

export const IdParams = z.object({ id: z.uuid({ error: 'must be a UUID' }) });
export const DateTime = z.iso.datetime({ offset: true });

export const CommitmentOut = z.object({
  id: z.uuid(),
  caseId: z.uuid().nullable(),
  conversationId: z.uuid().nullable(),
  kind: z.string(),
  ownerId: z.uuid().nullable(),
  contact: z.object({
    name: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    channel: z.string().optional(),
  }),
  peopleInvolved: z.array(z.string()),
  steps: z.array(z.string()),
  dueAt: DateTime,
  state: z.enum(['open', 'done', 'missed', 'waived']),
  outcome: z.string().nullable(),
  waiveReason: z.string().nullable(),
  source: z.string().nullable(),
  completedAt: DateTime.nullable(),
  createdAt: DateTime,
  updatedAt: DateTime,
});

/** A page of results and the opaque cursor for the next one (null at the end). */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
