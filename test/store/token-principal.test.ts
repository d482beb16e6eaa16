// A request with an API token costs one statement: findTokenPrincipal reads who it is and, given `now`, marks the
// token used in the same statement — at most once a minute, never for an expired, revoked or inactive one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/store/database.ts';
import { findTokenPrincipal } from '../../src/store/repositories/auth.repository.ts';
import { apiTokens, users } from '../../src/store/schema/index.ts';
import { seedOrg } from './fixtures.ts';
import { backends } from './harness.ts';

const T0 = new Date('2030-05-01T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

async function lastUsed(db: Database, hash: string) {
  const [row] = await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.tokenHash, hash));
  return row?.at?.getTime() ?? null;
}

for (const backend of await backends()) {
  test(`[${backend.name}] a token's principal and its last use, in one statement`, {
    skip: backend.skipReason,
  }, async (t) => {
    const store = await backend.open();
    t.after(() => store.close());
    const db = store.db;
    const o = await seedOrg(db);
    const token = (hash: string, extra: Partial<typeof apiTokens.$inferInsert> = {}) =>
      db.insert(apiTokens).values({ orgId: o.org.id, userId: o.agent.id, name: hash, tokenHash: hash, ...extra });
    await token('live');
    await token('expired', { expiresAt: later(-1) });
    await token('revoked', { revokedAt: later(-1) });

    // Read only: who it is, nothing written.
    const read = await findTokenPrincipal(db, 'live');
    assert.deepEqual([read?.userId, read?.via, await lastUsed(db, 'live')], [o.agent.id, 'token', null]);
    // With now: marked used; again within the minute: unchanged; after it: moved.
    assert.equal((await findTokenPrincipal(db, 'live', T0))?.userId, o.agent.id);
    assert.equal(await lastUsed(db, 'live'), T0.getTime());
    await findTokenPrincipal(db, 'live', later(59_000));
    assert.equal(await lastUsed(db, 'live'), T0.getTime());
    await findTokenPrincipal(db, 'live', later(61_000));
    assert.equal(await lastUsed(db, 'live'), later(61_000).getTime());
    // Expired: still returned (the caller refuses it, saying when it expired) but never marked used.
    assert.equal((await findTokenPrincipal(db, 'expired', T0))?.tokenExpiresAt?.getTime(), later(-1).getTime());
    assert.equal(await lastUsed(db, 'expired'), null);
    // Revoked, unknown, or its user deactivated: nobody, nothing written.
    assert.equal(await findTokenPrincipal(db, 'revoked', T0), undefined);
    assert.equal(await lastUsed(db, 'revoked'), null);
    assert.equal(await findTokenPrincipal(db, 'nobody', T0), undefined);
    await db.update(users).set({ active: false }).where(eq(users.id, o.agent.id));
    assert.equal(await findTokenPrincipal(db, 'live', later(600_000)), undefined);
    assert.equal(await lastUsed(db, 'live'), later(61_000).getTime());
  });
}
