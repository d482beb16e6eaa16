import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { runTick } from '../../src/jobs/scheduler.ts';
import { insertCustomer } from '../../src/store/repositories/customer.repository.ts';
import { insertWebhook } from '../../src/store/repositories/webhook.repository.ts';
import { createOrg } from '../../src/services/tenant.service.ts';
import { SYSTEM, unwrap } from '../../src/services/context.ts';
import { SYSTEM_ACTOR } from '../../src/store/repositories/audit.repository.ts';
import { openDatabase } from '../../src/store/database.ts';
import {
  auditEvents,
  cases,
  commitments,
  conversations,
  sessions,
  webhookDeliveries,
} from '../../src/store/schema/index.ts';
import { backends, createScratchDatabase } from '../store/harness.ts';
import { PASSWORD, startTestServer, testConfig } from './helpers.ts';
import { startReceiver } from './receiver.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] F6: a case closed unresolved without its supervisor follow-up gets exactly one; expired sessions are removed`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2030-03-01T12:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const [acme] = server.orgs;
    const { db } = server.store;
    const jobs = { db, config: server.ctx.config, now: () => clock, publish: server.ctx.publish };

    // A case imported already closed unresolved: no request ever created its F6 promise.
    const customer = await insertCustomer(db, acme.id, {
      name: 'Noor',
      phone: '+44 20 0000',
      createdAt: clock,
      updatedAt: clock,
    });
    const [closed] = await db
      .insert(cases)
      .values({
        orgId: acme.id,
        customerId: customer.id,
        presentingIssue: 'Refund refused',
        state: 'closed',
        outcome: 'unresolved',
        receivedAt: clock,
        closedAt: clock,
        createdAt: clock,
        updatedAt: clock,
      })
      .returning();
    await runTick(jobs);
    await runTick(jobs);
    const followUps = await db
      .select()
      .from(commitments)
      .where(and(eq(commitments.orgId, acme.id), eq(commitments.caseId, closed!.id)));
    assert.equal(followUps.length, 1);
    assert.equal(followUps[0]!.kind, 'supervisor_follow_up');
    assert.equal(followUps[0]!.source, 'F6');
    assert.equal(followUps[0]!.dueAt.getTime(), clock.getTime() + 24 * 3_600_000, 'due within the org policy (24 h)');
    assert.equal(followUps[0]!.contact.phone, '+44 20 0000');

    const cookie = await server.cookie(acme.agent);
    assert.equal((await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode, 200);
    clock = new Date(clock.getTime() + 13 * 3_600_000);
    assert.equal(
      (await server.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode,
      401,
      'a 12-hour session has expired',
    );
    await runTick(jobs);
    assert.equal(
      (await db.select().from(sessions).where(eq(sessions.orgId, acme.id))).length,
      0,
      'expired sessions are deleted',
    );
  });
}

const postgres = (await backends()).find((b) => b.name === 'postgres')!;

test('[postgres] two schedulers ticking at once on one database record and send each reminder once', {
  skip: postgres.skipReason,
}, async (t) => {
  const scratch = await createScratchDatabase('defuse_sched');
  const receiver = await startReceiver();
  const [one, two] = [
    await openDatabase({ databaseUrl: scratch.url, dataDir: '' }),
    await openDatabase({ databaseUrl: scratch.url, dataDir: '' }),
  ];
  t.after(async () => {
    await one.close();
    await two.close();
    await receiver.close();
    await scratch.drop();
  });
  const now = new Date();
  const { org } = unwrap(
    await createOrg({ db: one.db, now: () => now }, SYSTEM, {
      name: 'Twins',
      adminEmail: 'admin@twins.test',
      adminPassword: PASSWORD,
    }),
  );
  receiver.setSecret('whsec_twins');
  await insertWebhook(
    one.db,
    { orgId: org.id, url: receiver.url, secret: 'whsec_twins', eventTypes: [], now },
    SYSTEM_ACTOR,
  );
  const [call] = await one.db
    .insert(conversations)
    .values({ orgId: org.id, createdAt: now, updatedAt: now })
    .returning();
  await one.db.insert(commitments).values(
    Array.from({ length: 20 }, (_, i) => ({
      orgId: org.id,
      conversationId: call!.id,
      kind: 'callback' as const,
      dueAt: new Date(now.getTime() - i * 1000),
      contact: { phone: '1' },
      steps: ['x'],
    })),
  );
  const config = testConfig({ DEFUSE_REMINDER_LEAD_MINUTES: '60' });
  const jobs = (store: typeof one) => ({ db: store.db, config, now: () => new Date(), publish: async () => undefined });
  await Promise.all([runTick(jobs(one)), runTick(jobs(two)), runTick(jobs(one)), runTick(jobs(two))]);
  const audit = await one.db.select().from(auditEvents).where(eq(auditEvents.orgId, org.id));
  assert.equal(audit.filter((a) => a.action === 'reminder_sent').length, 20);
  assert.equal(audit.filter((a) => a.action === 'overdue_escalated').length, 20);
  // Each notice names its promise (the audit trail reads "reminded the owner of the call-back", not "of a promise").
  for (const row of audit.filter((a) => a.action === 'reminder_sent' || a.action === 'overdue_escalated'))
    assert.equal((row.after as { kind?: string } | null)?.kind, 'callback');
  assert.equal((await one.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id))).length, 40);
  assert.equal(receiver.received.length, 40, 'SKIP LOCKED: no delivery was sent by both schedulers');
  assert.equal(new Set(receiver.accepted).size, 40);
});
