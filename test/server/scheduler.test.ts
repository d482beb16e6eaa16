import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { runTick } from '../../src/jobs/scheduler.ts';
import { insertCustomer } from '../../src/store/repositories/customer.repository.ts';
import { cases, commitments, sessions } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] F6: a case closed unresolved without its supervisor follow-up gets exactly one; expired sessions are removed`, { skip: backend.skipReason }, async (t) => {
    let clock = new Date('2030-03-01T12:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const [acme] = server.orgs;
    const { db } = server.store;
    const jobs = { db, config: server.ctx.config, now: () => clock, publish: server.ctx.publish };

    // A case imported already closed unresolved: no request ever created its F6 promise.
    const customer = await insertCustomer(db, acme.id, { name: 'Noor', phone: '+44 20 0000', createdAt: clock, updatedAt: clock });
    const [closed] = await db
      .insert(cases)
      .values({ orgId: acme.id, customerId: customer.id, presentingIssue: 'Refund refused', state: 'closed', outcome: 'unresolved', receivedAt: clock, closedAt: clock, createdAt: clock, updatedAt: clock })
      .returning();
    await runTick(jobs);
    await runTick(jobs);
    const followUps = await db.select().from(commitments).where(and(eq(commitments.orgId, acme.id), eq(commitments.caseId, closed!.id)));
    assert.equal(followUps.length, 1);
    assert.equal(followUps[0]!.kind, 'supervisor_follow_up');
    assert.equal(followUps[0]!.source, 'F6');
    assert.equal(followUps[0]!.dueAt.getTime(), clock.getTime() + 24 * 3_600_000, 'due within the org policy (24 h)');
    assert.equal(followUps[0]!.contact.phone, '+44 20 0000');

    const cookie = await server.cookie(acme.agent);
    assert.equal((await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode, 200);
    clock = new Date(clock.getTime() + 13 * 3_600_000);
    assert.equal((await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode, 401, 'a 12-hour session has expired');
    await runTick(jobs);
    assert.equal((await db.select().from(sessions).where(eq(sessions.orgId, acme.id))).length, 0, 'expired sessions are deleted');
  });
}
