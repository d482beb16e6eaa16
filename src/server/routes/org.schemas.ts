import { z } from 'zod';
import { UserOut } from './admin.schemas.ts';
import { DateTime } from './common.schemas.ts';

export const CreateOrgBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).describe('The organization name; its slug is derived from it'),
    admin: z
      .strictObject({
        email: z.email().max(320).describe("The first admin's e-mail (their log-in)"),
        password: z.string().min(10, 'must be at least 10 characters').max(1024),
        name: z.string().trim().min(1).max(200).optional(),
      })
      .describe('The first admin of the new organization; they add its other users with POST /api/v1/users'),
  })
  .meta({
    example: {
      name: 'Initech',
      admin: { email: 'boss@initech.example', password: 'a long admin password', name: 'Bill Lumbergh' },
    },
  });

export const CreatedOrgOut = z.object({
  organization: z.object({ id: z.uuid(), name: z.string(), slug: z.string(), createdAt: DateTime }),
  team: z.object({ id: z.uuid(), name: z.string() }).describe('The default team, "Front line"'),
  admin: UserOut,
});
