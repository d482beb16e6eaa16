/** The queries authentication needs: sessions, API tokens and log-in attempts (all by hashed secret). */
import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { apiTokens, loginAttempts, organizations, sessions, users } from '../../store/schema/index.ts';
import type { Principal } from '../auth/principal.ts';

const principalColumns = {
  orgId: users.orgId,
  userId: users.id,
  role: users.role,
  teamId: users.teamId,
  email: users.email,
  name: users.name,
};

export async function findLoginUser(db: Executor, email: string) {
  const [row] = await db
    .select({ ...principalColumns, passwordHash: users.passwordHash, active: users.active, orgName: organizations.name })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return row;
}

export async function findSessionPrincipal(db: Executor, sessionHash: string, now: Date): Promise<Principal | undefined> {
  const [row] = await db
    .select(principalColumns)
    .from(sessions)
    .innerJoin(users, and(eq(users.orgId, sessions.orgId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.sessionHash, sessionHash), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  return row ? { ...row, via: 'session' } : undefined;
}

export async function findTokenPrincipal(db: Executor, tokenHash: string): Promise<Principal | undefined> {
  const [row] = await db
    .select(principalColumns)
    .from(apiTokens)
    .innerJoin(users, and(eq(users.orgId, apiTokens.orgId), eq(users.id, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .limit(1);
  return row ? { ...row, via: 'token' } : undefined;
}

export async function createSession(db: Executor, input: { orgId: string; userId: string; sessionHash: string; expiresAt: Date; now: Date }) {
  await db.insert(sessions).values({ ...input, createdAt: input.now });
}

export async function deleteSession(db: Executor, orgId: string, sessionHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.sessionHash, sessionHash)));
}

export async function createApiToken(db: Executor, input: { orgId: string; userId: string; name: string; tokenHash: string; now: Date }) {
  const [row] = await db
    .insert(apiTokens)
    .values({ orgId: input.orgId, userId: input.userId, name: input.name, tokenHash: input.tokenHash, createdAt: input.now })
    .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
  return row!;
}

export async function recordLoginAttempt(db: Executor, attempt: { orgId: string | null; email: string; ip: string; ok: boolean; at: Date }) {
  await db.insert(loginAttempts).values(attempt);
}

/** Failed attempts for an e-mail since `since`: the durable half of log-in throttling. */
export async function countFailedLogins(db: Executor, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email.toLowerCase()), eq(loginAttempts.ok, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

/** Records when a token was last used; at most one write a minute per token, so busy integrations don't write on every call. */
export async function touchApiToken(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.tokenHash, tokenHash), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - 60_000)))));
}

/** The caller's own API tokens (never their hashes). */
export const listApiTokens = (db: Executor, orgId: string, userId: string) =>
  db
    .select({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)));

/** Revokes one of the caller's tokens; returns false when there is no such token of theirs. */
export async function revokeApiToken(db: Executor, orgId: string, userId: string, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId), eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}
