/** The queries authentication needs: sessions, API tokens and log-in attempts (all by hashed secret). */
import { and, count, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { apiTokens, loginAttempts, organizations, sessions, users } from '../schema/index.ts';
import { appendAudit, type AuditActor } from './audit.repository.ts';

const principalColumns = {
  orgId: users.orgId,
  userId: users.id,
  role: users.role,
  teamId: users.teamId,
  email: users.email,
  name: users.name,
  instanceAdmin: users.instanceAdmin,
};

/** Who a session or an API token authenticates (the server's Principal is this shape). */
export interface AuthenticatedUser {
  orgId: string;
  userId: string;
  role: (typeof users.$inferSelect)['role'];
  teamId: string | null;
  email: string;
  name: string;
  instanceAdmin: boolean;
  via: 'session' | 'token';
  tokenId?: string;
  tokenExpiresAt?: Date | null;
  /** The token's own requests-per-minute limit; null: the server default. */
  tokenRateLimitPerMinute?: number | null;
}

const loginColumns = {
  ...principalColumns,
  passwordHash: users.passwordHash,
  active: users.active,
  orgName: organizations.name,
  orgSlug: organizations.slug,
};

/**
 * The accounts with this e-mail, one per organization it has an account in (e-mails are unique per org); with
 * `org` (a slug or a name), only that organization's.
 */
export const findLoginUsers = (db: Executor, email: string, org?: string) =>
  db
    .select(loginColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(
      and(
        sql`lower(${users.email}) = lower(${email})`,
        org === undefined
          ? undefined
          : sql`(${organizations.slug} = lower(${org}) or lower(${organizations.name}) = lower(${org}))`,
      ),
    )
    .orderBy(organizations.slug);

/** The first account with this e-mail (tests and tools; log-in uses findLoginUsers). */
export async function findLoginUser(db: Executor, email: string) {
  const [row] = await findLoginUsers(db, email);
  return row;
}

/** A user's password hash, or undefined for an unknown user. */
export async function findPasswordHash(db: Executor, orgId: string, userId: string) {
  const [row] = await db
    .select({ passwordHash: users.passwordHash, email: users.email })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId)));
  return row;
}

/**
 * Sets a user's password hash and ends their sessions (all, or all but `keepSessionHash`), auditing it as
 * `action` (never the password or its hash), in one transaction. False for an unknown user.
 */
export async function setPassword(
  db: Executor,
  input: {
    orgId: string;
    userId: string;
    passwordHash: string;
    keepSessionHash?: string | undefined;
    action: 'password_changed' | 'password_reset';
    now: Date;
  },
  actor: AuditActor,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ passwordHash: input.passwordHash, updatedAt: input.now })
      .where(and(eq(users.orgId, input.orgId), eq(users.id, input.userId)))
      .returning({ id: users.id });
    if (updated.length === 0) return false;
    const ended = await tx
      .delete(sessions)
      .where(
        and(
          eq(sessions.orgId, input.orgId),
          eq(sessions.userId, input.userId),
          input.keepSessionHash === undefined ? undefined : ne(sessions.sessionHash, input.keepSessionHash),
        ),
      )
      .returning({ id: sessions.id });
    await appendAudit(tx, input.orgId, [
      {
        entity: 'user',
        entityId: input.userId,
        action: input.action,
        ...actor,
        at: input.now,
        before: null,
        after: { sessionsEnded: ended.length },
      },
    ]);
    return true;
  });
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
): Promise<AuthenticatedUser | undefined> {
  const [row] = await db
    .select(principalColumns)
    .from(sessions)
    .innerJoin(users, and(eq(users.orgId, sessions.orgId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.sessionHash, sessionHash), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  return row ? { ...row, via: 'session' } : undefined;
}

const p = (name: string) => sql.placeholder(name);

// The statement every request with a token sends: built (and, on PostgreSQL, prepared) once per database handle,
// since building it with drizzle cost more CPU than PostgreSQL spends running it.
const tokenPrincipalQuery = (db: Executor, touch: boolean) => {
  const touched = db.$with('touched', { id: sql<string>`id` }).as(
    db
      .update(apiTokens)
      .set({ lastUsedAt: sql`${p('now')}` })
      .where(
        and(
          eq(apiTokens.tokenHash, p('tokenHash')),
          isNull(apiTokens.revokedAt),
          or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, p('usedBefore'))),
          or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, p('now'))),
          sql`exists (select 1 from ${users} where ${users.orgId} = ${apiTokens.orgId} and ${users.id} = ${apiTokens.userId} and ${users.active})`,
        ),
      )
      .returning({ id: apiTokens.id })
      .getSQL(),
  );
  return (touch ? db.with(touched) : db)
    .select({
      ...principalColumns,
      tokenId: apiTokens.id,
      tokenExpiresAt: apiTokens.expiresAt,
      tokenRateLimitPerMinute: apiTokens.rateLimitPerMinute,
    })
    .from(apiTokens)
    .innerJoin(users, and(eq(users.orgId, apiTokens.orgId), eq(users.id, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, p('tokenHash')), isNull(apiTokens.revokedAt), eq(users.active, true)))
    .limit(1)
    .prepare(touch ? 'find_token_principal_touch' : 'find_token_principal');
};
const tokenPrincipalQueries = new WeakMap<Executor, Map<boolean, ReturnType<typeof tokenPrincipalQuery>>>();

/**
 * Who an API token authenticates (while it is not revoked and its user is active). With `now`, the same statement
 * also marks the token used (`last_used_at`, at most once a minute, and only while it has not expired), so a request
 * authenticated by a token costs one round trip, not a read and then a write.
 */
export async function findTokenPrincipal(
  db: Executor,
  tokenHash: string,
  now?: Date,
): Promise<AuthenticatedUser | undefined> {
  const touch = now !== undefined;
  let queries = tokenPrincipalQueries.get(db);
  if (!queries) {
    queries = new Map();
    tokenPrincipalQueries.set(db, queries);
  }
  let query = queries.get(touch);
  if (!query) {
    query = tokenPrincipalQuery(db, touch);
    queries.set(touch, query);
  }
  const [row] = await query.execute(
    now ? { tokenHash, now, usedBefore: new Date(now.getTime() - 60_000) } : { tokenHash },
  );
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
  input: { orgId: string; userId: string; name: string; tokenHash: string; expiresAt?: Date | null; now: Date },
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
        expiresAt: input.expiresAt ?? null,
        createdAt: input.now,
      })
      .returning({
        id: apiTokens.id,
        name: apiTokens.name,
        createdAt: apiTokens.createdAt,
        expiresAt: apiTokens.expiresAt,
      });
    await appendAudit(tx, input.orgId, [
      {
        entity: 'api_token',
        entityId: row!.id,
        action: 'created',
        ...actor,
        at: input.now,
        before: null,
        after: {
          name: row!.name,
          userId: input.userId,
          ...(row!.expiresAt ? { expiresAt: row!.expiresAt.toISOString() } : {}),
        },
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

/** The caller's own API tokens (never their hashes). */
const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
  expiresAt: apiTokens.expiresAt,
  rateLimitPerMinute: apiTokens.rateLimitPerMinute,
};

export const listApiTokens = (db: Executor, orgId: string, userId: string) =>
  db
    .select(tokenColumns)
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)));

/** One user's tokens with their owner (for admins setting integrations' limits), newest first. */
export const listUserApiTokens = (db: Executor, orgId: string, userId: string) =>
  db
    .select({ ...tokenColumns, userId: apiTokens.userId })
    .from(apiTokens)
    .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.userId, userId)))
    .orderBy(sql`${apiTokens.createdAt} desc`, apiTokens.id);

/**
 * Sets a token's own requests-per-minute limit (null: back to the server default) and audits it, in one
 * transaction; undefined when the org has no such token.
 */
export async function setApiTokenRateLimit(
  db: Executor,
  orgId: string,
  id: string,
  rateLimitPerMinute: number | null,
  now: Date,
  actor: AuditActor,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ rateLimitPerMinute: apiTokens.rateLimitPerMinute })
      .from(apiTokens)
      .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id)))
      .for('update');
    if (!before) return undefined;
    const [row] = await tx
      .update(apiTokens)
      .set({ rateLimitPerMinute })
      .where(and(eq(apiTokens.orgId, orgId), eq(apiTokens.id, id)))
      .returning({ ...tokenColumns, userId: apiTokens.userId });
    await appendAudit(tx, orgId, [
      {
        entity: 'api_token',
        entityId: id,
        action: 'rate_limit_set',
        ...actor,
        at: now,
        before: { rateLimitPerMinute: before.rateLimitPerMinute },
        after: { rateLimitPerMinute },
      },
    ]);
    return row!;
  });
}

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

// Sessions and log-in attempts: what housekeeping removes once it has expired.
/** Deletes sessions (every org) whose end has passed. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** Deletes log-in attempts older than `before` (the throttling no longer needs them). */
export async function deleteLoginAttemptsBefore(db: Executor, before: Date): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
}
