import { z } from 'zod';

export const LoginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
  org: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'The organization (slug or name): needed only when this e-mail and password open accounts in several organizations',
    ),
});

const NewPassword = z.string().min(10, 'must be at least 10 characters').max(1024);

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: NewPassword,
});

export const ResetPasswordBody = z.strictObject({ newPassword: NewPassword });

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

export const CreateTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresAt: z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 date-time with an offset, e.g. 2027-01-31T00:00:00Z' })
    .optional()
    .describe('When the token stops working (omit: until revoked)')
    .meta({ example: '2027-01-31T00:00:00Z' }),
});

export const CreatedToken = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable().describe('When the token stops working; null: until revoked'),
  token: z.string().describe('Shown once: only its SHA-256 digest is stored.'),
});

const RateLimitPerMinute = z.number().int().min(1).max(1_000_000);

export const TokenOut = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable(),
  rateLimitPerMinute: RateLimitPerMinute.nullable(),
});

export const TokenList = z.object({ items: z.array(TokenOut) });

export const OwnedTokenOut = TokenOut.extend({ userId: z.uuid() });
export const OwnedTokenList = z.object({ items: z.array(OwnedTokenOut) });

export const TokenLimitBody = z.strictObject({
  rateLimitPerMinute: RateLimitPerMinute.nullable().meta({ example: 6000 }),
});
