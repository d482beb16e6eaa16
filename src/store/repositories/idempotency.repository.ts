/** `Idempotency-Key` records: claim a key for a request, store its response, replay it within 24 h. */
import { and, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { idempotencyKeys } from '../schema/index.ts';

export interface IdempotencyRequest {
  orgId: string;
  /** Whose key it is: `user:<id>` (session) or `token:<id>` (API token). */
  scope: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

export type IdempotencyClaim =
  /** The first request with this key: run it, then complete or release the key. */
  | { state: 'new' }
  /** The same request succeeded before: answer with its response. */
  | { state: 'replay'; status: number; body: string }
  /** The key was used for a different request. */
  | { state: 'mismatch'; method: string; path: string }
  /** The first request with this key is still running. */
  | { state: 'running' };

const keyOf = (r: Pick<IdempotencyRequest, 'orgId' | 'scope' | 'key'>) =>
  and(eq(idempotencyKeys.orgId, r.orgId), eq(idempotencyKeys.scope, r.scope), eq(idempotencyKeys.key, r.key));

/**
 * Claims `key` for this request, or reports what an earlier request with it did. An expired key is free again;
 * one left running longer than `abandonAfterMs` (its process died before answering) may be claimed again.
 */
export async function claimIdempotencyKey(
  db: Executor,
  request: IdempotencyRequest,
  now: Date,
  ttlMs: number,
  abandonAfterMs: number,
): Promise<IdempotencyClaim> {
  await db.delete(idempotencyKeys).where(and(keyOf(request), lte(idempotencyKeys.expiresAt, now)));
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        keyOf(request),
        isNull(idempotencyKeys.status),
        lt(idempotencyKeys.createdAt, new Date(now.getTime() - abandonAfterMs)),
      ),
    );
  const inserted = await db
    .insert(idempotencyKeys)
    .values({ ...request, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return { state: 'new' };
  const [row] = await db.select().from(idempotencyKeys).where(keyOf(request));
  // Deleted between the insert and this read (expired, or released by its failed first request): a new claim.
  if (!row) return claimIdempotencyKey(db, request, now, ttlMs, abandonAfterMs);
  if (row.requestHash !== request.requestHash) return { state: 'mismatch', method: row.method, path: row.path };
  if (row.status === null || row.responseBody === null) return { state: 'running' };
  return { state: 'replay', status: row.status, body: row.responseBody };
}

/** Stores the response of the request that claimed the key, for replays. */
export async function completeIdempotencyKey(
  db: Executor,
  request: Pick<IdempotencyRequest, 'orgId' | 'scope' | 'key'>,
  status: number,
  body: string,
): Promise<void> {
  await db.update(idempotencyKeys).set({ status, responseBody: body }).where(keyOf(request));
}

/** Frees a key whose request failed, so that a retry runs again. */
export async function releaseIdempotencyKey(
  db: Executor,
  request: Pick<IdempotencyRequest, 'orgId' | 'scope' | 'key'>,
): Promise<void> {
  await db.delete(idempotencyKeys).where(and(keyOf(request), isNull(idempotencyKeys.status)));
}

/** Removes expired keys (housekeeping). */
export async function deleteExpiredIdempotencyKeys(db: Executor, now: Date): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lte(idempotencyKeys.expiresAt, now))
    .returning({ one: sql<number>`1` });
  return rows.length;
}
