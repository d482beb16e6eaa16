/** Log-in, sessions and API tokens. */
import { AppError } from '../../core/errors.ts';
import type { ServerContext } from '../context.ts';
import { burnPasswordCheck, verifyPassword } from '../auth/password.ts';
import { auditActor, type Principal } from '../auth/principal.ts';
import { API_TOKEN_PREFIX, generateSecret, hashSecret } from '../auth/secret-token.ts';
import * as auth from '../repositories/auth.repository.ts';

/** Failed attempts per e-mail in the window before log-in is refused regardless of IP. */
const MAX_FAILURES = 10;
const FAILURE_WINDOW_MS = 15 * 60_000;
const INVALID = 'e-mail or password is wrong';

/** Checks credentials, logs the attempt (ok or not), and opens a session whose secret is returned once. */
export async function login(ctx: ServerContext, input: { email: string; password: string; ip: string }) {
  const now = ctx.now();
  const email = input.email.toLowerCase();
  const failures = await auth.countFailedLogins(ctx.db, email, new Date(now.getTime() - FAILURE_WINDOW_MS));
  if (failures >= MAX_FAILURES)
    throw new AppError('rate_limited', 'too many failed log-ins for this e-mail; try again in 15 minutes');
  const user = await auth.findLoginUser(ctx.db, email);
  let isValid = false;
  if (user?.passwordHash && user.active) isValid = await verifyPassword(input.password, user.passwordHash);
  else await burnPasswordCheck(input.password); // unknown e-mails cost the same time as wrong passwords
  await auth.recordLoginAttempt(ctx.db, { orgId: user?.orgId ?? null, email, ip: input.ip, ok: isValid, at: now });
  if (!user || !isValid) throw new AppError('unauthorized', INVALID);
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

/** Creates an API token for the caller; the plain token exists only in this response. */
export async function createToken(ctx: ServerContext, principal: Principal, name: string) {
  const token = generateSecret(API_TOKEN_PREFIX);
  const row = await auth.createApiToken(
    ctx.db,
    { orgId: principal.orgId, userId: principal.userId, name, tokenHash: hashSecret(token), now: ctx.now() },
    auditActor(principal),
  );
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), token };
}
