/** Log-in, sessions and API tokens. */
import { AppError } from '../../core/errors.ts';
import type { ServerContext } from '../context.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../../services/password.ts';
import { auditActor, type Principal } from '../auth/principal.ts';
import { API_TOKEN_PREFIX, generateSecret, hashSecret } from '../auth/secret-token.ts';
import * as auth from '../../store/repositories/auth.repository.ts';

/** Failed attempts per e-mail in the window before log-in is refused regardless of IP. */
const MAX_FAILURES = 10;
const FAILURE_WINDOW_MS = 15 * 60_000;
const INVALID = 'e-mail or password is wrong';

/**
 * Checks credentials, logs the attempt (ok or not), and opens a session whose secret is returned once. One
 * e-mail may have accounts in several organizations: the password picks the account; when it opens more than
 * one, the caller names the organization (`org`, slug or name).
 */
export async function login(
  ctx: ServerContext,
  input: { email: string; password: string; ip: string; org?: string | undefined },
) {
  const now = ctx.now();
  const email = input.email.toLowerCase();
  const failures = await auth.countFailedLogins(ctx.db, email, new Date(now.getTime() - FAILURE_WINDOW_MS));
  if (failures >= MAX_FAILURES)
    throw new AppError('rate_limited', 'too many failed log-ins for this e-mail; try again in 15 minutes');
  const accounts = (await auth.findLoginUsers(ctx.db, email, input.org)).filter((a) => a.active && a.passwordHash);
  const matches: typeof accounts = [];
  for (const account of accounts)
    if (await verifyPassword(input.password, account.passwordHash!)) matches.push(account);
  // Unknown e-mails cost the same time as wrong passwords.
  if (accounts.length === 0) await burnPasswordCheck(input.password);
  const user = matches.length === 1 ? matches[0] : undefined;
  await auth.recordLoginAttempt(ctx.db, {
    orgId: user?.orgId ?? accounts[0]?.orgId ?? null,
    email,
    ip: input.ip,
    ok: user !== undefined,
    at: now,
  });
  if (matches.length > 1)
    throw new AppError(
      'invalid_input',
      `this e-mail and password open accounts in ${matches.length} organizations (${matches.map((m) => m.orgSlug).join(', ')}): log in again with "org" set to one of them`,
      'org',
    );
  if (!user) throw new AppError('unauthorized', INVALID);
  const secret = generateSecret();
  const expiresAt = new Date(now.getTime() + ctx.config.DEFUSE_SESSION_TTL_HOURS * 3_600_000);
  await auth.createSession(ctx.db, {
    orgId: user.orgId,
    userId: user.userId,
    sessionHash: hashSecret(secret),
    expiresAt,
    now,
  });
  return { secret, expiresAt, user };
}

export const logout = (ctx: ServerContext, principal: Principal, secret: string | undefined) =>
  secret ? auth.deleteSession(ctx.db, principal.orgId, hashSecret(secret)) : Promise.resolve();

/** Creates an API token for the caller, optionally expiring; the plain token exists only in this response. */
export async function createToken(ctx: ServerContext, principal: Principal, name: string, expiresAt?: string) {
  const now = ctx.now();
  const expires = expiresAt === undefined ? null : new Date(expiresAt);
  if (expires && expires <= now)
    throw new AppError(
      'invalid_input',
      'must be in the future (a token that has already expired is of no use)',
      'expiresAt',
    );
  const token = generateSecret(API_TOKEN_PREFIX);
  const row = await auth.createApiToken(
    ctx.db,
    { orgId: principal.orgId, userId: principal.userId, name, tokenHash: hashSecret(token), expiresAt: expires, now },
    auditActor(principal),
  );
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    token,
  };
}

/**
 * A user changes their own password: the current one must be right; their other sessions end (the one in use
 * stays), audited as `password_changed` (never the password).
 */
export async function changeOwnPassword(
  ctx: ServerContext,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
  sessionSecret: string | undefined,
): Promise<void> {
  const stored = await auth.findPasswordHash(ctx.db, principal.orgId, principal.userId);
  if (!stored?.passwordHash || !(await verifyPassword(input.currentPassword, stored.passwordHash)))
    throw new AppError('invalid_input', 'the current password is wrong', 'currentPassword');
  if (input.newPassword === input.currentPassword)
    throw new AppError('invalid_input', 'the new password must differ from the current one', 'newPassword');
  await auth.setPassword(
    ctx.db,
    {
      orgId: principal.orgId,
      userId: principal.userId,
      passwordHash: await hashPassword(input.newPassword),
      keepSessionHash: principal.via === 'session' && sessionSecret ? hashSecret(sessionSecret) : undefined,
      action: 'password_changed',
      now: ctx.now(),
    },
    auditActor(principal),
  );
}

/** An admin sets a user's password: every session of that user ends; audited as `password_reset`. */
export async function resetPassword(
  ctx: ServerContext,
  principal: Principal,
  userId: string,
  newPassword: string,
): Promise<void> {
  const done = await auth.setPassword(
    ctx.db,
    {
      orgId: principal.orgId,
      userId,
      passwordHash: await hashPassword(newPassword),
      action: 'password_reset',
      now: ctx.now(),
    },
    auditActor(principal),
  );
  if (!done) throw new AppError('not_found', 'no user with that id');
}
