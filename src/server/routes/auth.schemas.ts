import { z } from 'zod';

export const LoginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export const Me = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['agent', 'supervisor', 'admin']),
  teamId: z.uuid().nullable(),
  via: z.enum(['session', 'token']),
});

export const CreateTokenBody = z.object({ name: z.string().trim().min(1).max(100) });

export const CreatedToken = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  token: z.string().describe('Shown once: only its SHA-256 digest is stored.'),
});

export const TokenList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      createdAt: z.iso.datetime(),
      lastUsedAt: z.iso.datetime().nullable(),
      revokedAt: z.iso.datetime().nullable(),
    }),
  ),
});
