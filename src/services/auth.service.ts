/** Log-in, sessions and API tokens: who a request is (its session cookie or bearer token), and their tokens. */
import type { Config } from '../config.ts';
import { AppError, type Result } from '../core/errors.ts';
import * as auth from '../store/repositories/auth.repository.ts';
import { findMember } from '../store/repositories/organization.repository.ts';
import { type Actor, auditActorOf, runSingleWrite, type ServiceContext } from './context.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from './password.ts';
import { API_TOKEN_PREFIX, generateSecret, hashSecret } from './secret-token.ts';

/** Failed attempts per e-mail in the window before log-in is refused regardless of IP. */
const MAX_FAILURES = 10;
const FAILURE_WINDOW_MS = 15 * 60_000;
const INVALID = 'e-mail or password is wrong';

/** A context that knows how long a session lasts. */
export interface SessionContext extends ServiceContext {
  config: Pick<Config, 'DEFUSE_SESSION_TTL_HOURS'>;
}

/** Runs a use case whose expected failures (AppError) come out as values. */
const attempt = <T>(ctx: ServiceContext, work: () => Promise<T>): Promise<Result<T>> =>
  runSingleWrite(ctx.db, () => work());

/**
 * Checks credentials, logs the attempt (ok or not), and opens a session whose secret is returned once. One
 * e-mail may have accounts in several organizations: the password picks the account; when it opens more than
 * one, the caller names the organization (`org`, slug or name).
 */
export const login = (
  ctx: SessionContext,
  input: { email: string; password: string; ip: string; org?: string | undefined },
) =>
  attempt(ctx, async () => {
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
  });

/** The user a session cookie belongs to, while it has not expired and the user is active. */
export const authenticateSession = async (ctx: ServiceContext, secret: string) =>
  (await auth.findSessionPrincipal(ctx.db, hashSecret(secret), ctx.now())) ?? null;

/**
 * The user an API token belongs to (an expired token is refused, saying when it expired); the same statement marks
 * the token used.
 */
export const authenticateToken = (ctx: ServiceContext, token: string) =>
  attempt(ctx, async () => {
    const now = ctx.now();
    const user = await auth.findTokenPrincipal(ctx.db, hashSecret(token), now);
    if (user?.tokenExpiresAt && user.tokenExpiresAt <= now)
      throw new AppError(
        'unauthorized',
        `this API token expired at ${user.tokenExpiresAt.toISOString()}; create a new one (POST /api/v1/tokens)`,
      );
    return user ?? null;
  });

/** Ends the session whose secret the caller holds (nothing when they hold none). */
export const logout = (ctx: ServiceContext, actor: Actor, secret: string | undefined) =>
  secret ? auth.deleteSession(ctx.db, actor.orgId, hashSecret(secret)) : Promise.resolve();

/** The name of the actor's organization. */
export const organizationName = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>) =>
  auth.findOrgName(ctx.db, actor.orgId);

/** Creates an API token for the actor, optionally expiring; the plain token exists only in this result. */
export const createToken = (
  ctx: ServiceContext,
  actor: Actor,
  input: { name: string; expiresAt?: string | undefined },
) =>
  attempt(ctx, async () => {
    const now = ctx.now();
    const expires = input.expiresAt === undefined ? null : new Date(input.expiresAt);
    if (expires && expires <= now)
      throw new AppError(
        'invalid_input',
        'must be in the future (a token that has already expired is of no use)',
        'expiresAt',
      );
    const token = generateSecret(API_TOKEN_PREFIX);
    const row = await auth.createApiToken(
      ctx.db,
      {
        orgId: actor.orgId,
        userId: actor.userId,
        name: input.name,
        tokenHash: hashSecret(token),
        expiresAt: expires,
        now,
      },
      auditActorOf(actor),
    );
    return {
      id: row.id,
      name: row.name,
      createdAt: row.createdAt.toISOString(),
      expiresAt: row.expiresAt?.toISOString() ?? null,
      token,
    };
  });

/** The actor's own API tokens (never the tokens themselves). */
export const listOwnTokens = (ctx: ServiceContext, actor: Actor) =>
  auth.listApiTokens(ctx.db, actor.orgId, actor.userId);

/** Revokes one of the actor's own active tokens (audited); another's, or an unknown id, is not_found. */
export const revokeOwnToken = (ctx: ServiceContext, actor: Actor, tokenId: string): Promise<Result<void>> =>
  attempt(ctx, async () => {
    if (!(await auth.revokeApiToken(ctx.db, actor.orgId, actor.userId, tokenId, ctx.now(), auditActorOf(actor))))
      throw new AppError('not_found', 'no active token of yours with that id');
  });

/** Every API token a user of the actor's org created, revoked ones included (admins). */
export const listUserTokens = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>, userId: string) =>
  attempt(ctx, async () => {
    if (!(await findMember(ctx.db, actor.orgId, userId)))
      throw new AppError('not_found', 'no user with that id in your organization');
    return auth.listUserApiTokens(ctx.db, actor.orgId, userId);
  });

/** Gives one token its own requests-per-minute limit (null: the server default); audited as `rate_limit_set`. */
export const setTokenRateLimit = (
  ctx: ServiceContext,
  actor: Actor,
  input: { tokenId: string; rateLimitPerMinute: number | null },
) =>
  attempt(ctx, async () => {
    const row = await auth.setApiTokenRateLimit(
      ctx.db,
      actor.orgId,
      input.tokenId,
      input.rateLimitPerMinute,
      ctx.now(),
      auditActorOf(actor),
    );
    if (!row) throw new AppError('not_found', 'no API token with that id in your organization');
    return row;
  });

/**
 * A user changes their own password: the current one must be right; their other sessions end (the one in use
 * stays: `sessionSecret`, when the request came with one), audited as `password_changed` (never the password).
 */
export const changeOwnPassword = (
  ctx: ServiceContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; sessionSecret?: string | undefined },
): Promise<Result<void>> =>
  attempt(ctx, async () => {
    const stored = await auth.findPasswordHash(ctx.db, actor.orgId, actor.userId);
    if (!stored?.passwordHash || !(await verifyPassword(input.currentPassword, stored.passwordHash)))
      throw new AppError('invalid_input', 'the current password is wrong', 'currentPassword');
    if (input.newPassword === input.currentPassword)
      throw new AppError('invalid_input', 'the new password must differ from the current one', 'newPassword');
    await auth.setPassword(
      ctx.db,
      {
        orgId: actor.orgId,
        userId: actor.userId,
        passwordHash: await hashPassword(input.newPassword),
        keepSessionHash: actor.via !== 'token' && input.sessionSecret ? hashSecret(input.sessionSecret) : undefined,
        action: 'password_changed',
        now: ctx.now(),
      },
      auditActorOf(actor),
    );
  });

/** An admin sets a user's password: every session of that user ends; audited as `password_reset`. */
export const resetPassword = (
  ctx: ServiceContext,
  actor: Actor,
  input: { userId: string; newPassword: string },
): Promise<Result<void>> =>
  attempt(ctx, async () => {
    const done = await auth.setPassword(
      ctx.db,
      {
        orgId: actor.orgId,
        userId: input.userId,
        passwordHash: await hashPassword(input.newPassword),
        action: 'password_reset',
        now: ctx.now(),
      },
      auditActorOf(actor),
    );
    if (!done) throw new AppError('not_found', 'no user with that id');
  });
