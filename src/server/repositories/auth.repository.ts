/** The queries authentication needs: sessions, API tokens and log-in attempts (all by hashed secret). */
import { and, count, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../store/database.ts';
import { apiTokens, loginAttempts, organizations, sessions, users } from '../../store/schema/index.ts';
import { appendAudit, type AuditActor } from '../../store/repositories/audit.repository.ts';
import type { Principal } from '../auth/principal.ts';

const principalColumns = {
  orgId: users.orgId,
  userId: users.id,
  role: users.role,
  teamId: users.teamId,
  email: users.email,
  name: users.name,
  instanceAdmin: users.instanceAdmin,
};

export async function findLoginUser(db: Executor, email: string) {
  const [row] = await db
    .select({
      ...principalColumns,
      passwordHash: users.passwordHash,
      active: users.active,
      orgName: organizations.name,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return row;
}

/** The organization's display name (the app's header shows it). */
export async function findOrgName(db: Executor, orgId: string): Promise<string> {
  const [row] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, orgId));
  return row?.name ?? '';
}

export async function findSessionPrincipal(
  db: Executor,
  sessionHash: string,
  now: Date,
): Promise<Principal | undefined> {
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
    .select({ ...principalColumns, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, and(eq(users.orgId, apiTokens.orgId), eq(users.id, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .limit(1);
  return row ? { ...row, via: 'token' } : undefined;
}

export async function createSession(
  db: Executor,
  input: { orgId: string; userId: string; sessionHash: string; expiresAt: Date; now: Date },
) {
  await db.insert(sessions).values({ ...input, createdAt: input.now });
}

export async function deleteSession(db: Executor, orgId: string, sessionHash: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.sessionHash, sessionHash)));
}

/** Creates an API token and audits it (name and owner; never the hash), in one transaction. */
export async function createApiToken(
  db: Executor,
  input: { orgId: string; userId: string; name: string; tokenHash: string; now: Date },
  actor: AuditActor,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        orgId: input.orgId,
        userId: input.userId,
        name: input.name,
        tokenHash: input.tokenHash,
        createdAt: input.now,
      })
      .returning({ id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt });
    await appendAudit(tx, input.orgId, [
      {
        entity: 'api_token',
        entityId: row!.id,
        action: 'created',
        ...actor,
        at: input.now,
        before: null,
        after: { name: row!.name, userId: input.userId },
      },
    ]);
    return row!;
  });
}

export async function recordLoginAttempt(
  db: Executor,
  attempt: { orgId: string | null; email: string; ip: string; ok: boolean; at: Date },
) {
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
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - 60_000))),
      ),
    );
}

/** The caller's own API tokens (never their hashes). */
export const listApiTokens = (db: Executor, orgId: string, userId: string) =>
  db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)));

/** Revokes one of the caller's tokens and audits it, in one transaction; returns false when there is no such token of theirs. */
export async function revokeApiToken(
  db: Executor,
  orgId: string,
  userId: string,
  id: string,
  now: Date,
  actor: AuditActor,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(
        and(
          eq(apiTokens.orgId, orgId),
          eq(apiTokens.userId, userId),
          eq(apiTokens.id, id),
          isNull(apiTokens.revokedAt),
        ),
      )
      .returning({ id: apiTokens.id, name: apiTokens.name });
    const [row] = rows;
    if (!row) return false;
    await appendAudit(tx, orgId, [
      {
        entity: 'api_token',
        entityId: id,
        action: 'revoked',
        ...actor,
        at: now,
        before: { name: row.name, userId, revokedAt: null },
        after: { revokedAt: now.toISOString() },
      },
    ]);
    return true;
  });
}
