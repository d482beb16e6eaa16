// Retries create nothing twice: externalRef is unique per org, and every POST honours an Idempotency-Key
// (same key and body within 24 h replays the first response; a different body is 409 idempotency_conflict).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { commitments, conversations, customers, idempotencyKeys } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { errorCode, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] a conversation posted three times with one externalRef is stored once, with one Chaser`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const { agent, supervisor, otherAgent, id: orgId } = server.orgs[0];
    const post = (user = agent) =>
      server.call(user, {
        method: 'POST',
        url: '/api/v1/conversations',
        payload: { conversation: HANGUP_CONVERSATION, externalRef: 'pbx-call-42', channel: 'phone' },
      });
    const first = await post();
    assert.equal(first.statusCode, 201, first.body);
    const stored = JSON.parse(first.body);
    assert.equal(stored.commitments.length, 1, 'the hang-up owes one Chaser');
    for (const retry of [await post(), await post(supervisor)]) {
      assert.equal(retry.statusCode, 200, retry.body);
      const again = JSON.parse(retry.body);
      assert.equal(again.id, stored.id);
      assert.deepEqual(
        again.commitments.map((c: { id: string }) => c.id),
        stored.commitments.map((c: { id: string }) => c.id),
      );
    }
    const rows = await server.store.db
      .select()
      .from(conversations)
      .where(and(eq(conversations.orgId, orgId), eq(conversations.externalRef, 'pbx-call-42')));
    assert.equal(rows.length, 1, 'one conversation');
    const chasers = await server.store.db.select().from(commitments).where(eq(commitments.conversationId, stored.id));
    assert.equal(chasers.length, 1, 'one Chaser');
    assert.equal(server.events.filter((e) => e.type === 'conversation.escalated').length, 1, 'one escalation event');
    // An agent of another team cannot read it through its reference: the reference is taken, nothing leaks.
    const other = await post(otherAgent);
    assert.equal(other.statusCode, 409, other.body);
    assert.doesNotMatch(other.body, new RegExp(stored.id));
    // Another org may use the same reference.
    const globex = await post(server.orgs[1].agent);
    assert.equal(globex.statusCode, 201, globex.body);
  });

  test(`[${backend.name}] Idempotency-Key: replay within 24 h, 409 for a different body, free again after a failure or expiry`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2026-12-06T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const { agent, supervisor, id: orgId } = server.orgs[0];
    // API tokens (sessions end after 12 h; the clock moves 25 h below).
    const tokens = new Map<string, string>();
    for (const user of [agent, supervisor]) {
      const made = await server.call(user, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'retries' } });
      tokens.set(user.id, JSON.parse(made.body).token);
    }
    const post = (url: string, payload: unknown, key: string, user = agent) =>
      server.app.inject({
        method: 'POST',
        url,
        payload: payload as object,
        headers: { 'idempotency-key': key, authorization: `Bearer ${tokens.get(user.id)}` },
      });
    const countCustomers = async (name: string) =>
      (
        await server.store.db
          .select()
          .from(customers)
          .where(and(eq(customers.orgId, orgId), eq(customers.name, name)))
      ).length;

    const first = await post('/api/v1/customers', { name: 'Ada', email: 'ada@example.com' }, 'key-1');
    assert.equal(first.statusCode, 201, first.body);
    // The same request, keys reordered: the first response again, nothing created.
    const replay = await post('/api/v1/customers', { email: 'ada@example.com', name: 'Ada' }, 'key-1');
    assert.equal(replay.statusCode, 201);
    assert.equal(replay.body, first.body);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(await countCustomers('Ada'), 1);

    // The same key with another body: refused with a message that says why.
    const conflict = await post('/api/v1/customers', { name: 'Grace' }, 'key-1');
    assert.equal(conflict.statusCode, 409);
    assert.equal(errorCode(conflict.body), 'idempotency_conflict');
    assert.match(JSON.parse(conflict.body).error.message, /already used within 24 h for a different request/);
    assert.equal(await countCustomers('Grace'), 0);

    // Keys belong to their caller: another user's identical key is a different request.
    const mine = await post('/api/v1/customers', { name: 'Ada', email: 'ada@example.com' }, 'key-1', supervisor);
    assert.equal(mine.statusCode, 201);
    assert.notEqual(JSON.parse(mine.body).id, JSON.parse(first.body).id);

    // A refused request keeps nothing: the key runs again (here with a corrected body).
    const missing = await post(
      '/api/v1/cases',
      { customerId: '00000000-0000-4000-8000-000000000000', presentingIssue: 'x' },
      'key-2',
    );
    assert.equal(missing.statusCode, 404);
    const fixed = await post(
      '/api/v1/cases',
      { customerId: JSON.parse(first.body).id, presentingIssue: 'Billed twice' },
      'key-2',
    );
    assert.equal(fixed.statusCode, 201, fixed.body);

    // A bad key is named.
    const bad = await post('/api/v1/customers', { name: 'Bad' }, 'x'.repeat(256));
    assert.equal(bad.statusCode, 400);
    assert.match(JSON.parse(bad.body).error.message, /Idempotency-Key header must be 1 to 255/);

    // After 24 h the key is free again: the same request creates anew.
    clock = new Date(clock.getTime() + 25 * 3_600_000);
    const later = await post('/api/v1/customers', { name: 'Ada', email: 'ada@example.com' }, 'key-1');
    assert.equal(later.statusCode, 201);
    assert.notEqual(later.body, first.body);
    assert.equal(await countCustomers('Ada'), 3);
    const keys = await server.store.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.orgId, orgId));
    assert.ok(
      keys.every((k) => k.status === 201),
      'only successes are kept',
    );
  });

  test(`[${backend.name}] the OpenAPI document lists Idempotency-Key on every authenticated POST`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const doc = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body) as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
    };
    const posts = Object.entries(doc.paths).flatMap(([path, ops]) => (ops.post ? [[path, ops.post] as const] : []));
    assert.ok(posts.length > 10);
    for (const [path, op] of posts) {
      const listed = (op.parameters ?? []).some((p) => p.in === 'header' && p.name === 'idempotency-key');
      assert.equal(listed, path !== '/api/v1/auth/login', `${path}: Idempotency-Key documented`);
    }
  });
}
