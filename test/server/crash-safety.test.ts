// SIGKILL the server while it is sending reminders; after a restart every due reminder was delivered exactly once.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '../../src/store/database.ts';
import { auditEvents, webhookDeliveries } from '../../src/store/schema/index.ts';
import { insertCommitments } from '../../src/store/repositories/commitment.repository.ts';
import { insertConversation, insertCustomer } from '../../src/store/repositories/customer.repository.ts';
import { insertWebhook } from '../../src/server/repositories/webhook.repository.ts';
import { createOrg } from '../../src/server/services/tenant.service.ts';
import { backends, createScratchDatabase } from '../store/harness.ts';
import { PASSWORD } from './helpers.ts';
import { startReceiver, type Receiver } from './receiver.ts';

const PROMISES = 24;
const SECRET = 'whsec_crash_test';

function startServer(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
    env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEFUSE_DEMO: 'false', DEFUSE_SCHEDULER_INTERVAL_MS: '150', DEFUSE_REMINDER_LEAD_MINUTES: '0', DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/** Polls until `done()` or the deadline; the deadline only keeps a broken run from hanging. */
async function until(done: () => boolean, deadlineMs: number, what: string): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!done()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

for (const backend of await backends()) {
  test(`[${backend.name}] SIGKILL mid-schedule: after restart every due reminder and escalation was delivered exactly once`, { skip: backend.skipReason, timeout: 240_000 }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'defuse-crash-'));
    const scratch = backend.name === 'postgres' ? await createScratchDatabase('defuse_crash') : null;
    const env: Record<string, string> = scratch ? { DATABASE_URL: scratch.url } : { DEFUSE_DATA_DIR: dir };
    const receiver: Receiver = await startReceiver({ delayMs: 40 });
    receiver.setSecret(SECRET);
    let child: ChildProcess | null = null;
    t.after(async () => {
      child?.kill('SIGKILL');
      await receiver.close();
      await scratch?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    // Seed: promises coming due one after another over the next seconds, and a webhook to the receiver.
    const seedStore = await openDatabase({ databaseUrl: scratch?.url, dataDir: dir });
    const now = new Date();
    const { org } = await createOrg(seedStore.db, { name: 'Crashco', adminEmail: 'admin@crash.test', adminPassword: PASSWORD }, now);
    const customer = await insertCustomer(seedStore.db, org.id, { name: 'Kim', createdAt: now, updatedAt: now });
    const conversation = await insertConversation(seedStore.db, org.id, { customerId: customer.id, turns: [{ speaker: 'customer', text: 'hello' }], createdAt: now, updatedAt: now });
    const promises = await insertCommitments(
      seedStore.db,
      org.id,
      Array.from({ length: PROMISES }, (_, i) => ({ conversationId: conversation.id, kind: 'callback' as const, dueAt: new Date(now.getTime() + 8_000 + i * 250), contact: { phone: '555' }, steps: ['call back'], createdAt: now, updatedAt: now })),
    );
    await insertWebhook(seedStore.db, { orgId: org.id, url: receiver.url, secret: SECRET, eventTypes: ['commitment.due', 'commitment.overdue'], now });
    await seedStore.close();

    child = startServer(env);
    await until(() => receiver.accepted.length >= PROMISES / 2, 120_000, 'the first half of the reminders');
    child.kill('SIGKILL');
    await exited(child);
    const beforeRestart = receiver.accepted.length;
    assert.ok(beforeRestart < PROMISES * 2, 'killed mid-schedule, with deliveries still owed');

    child = startServer(env);
    await until(() => receiver.accepted.length >= PROMISES * 2, 120_000, 'every reminder and escalation');
    // Let the restarted scheduler run a few more ticks: nothing new may arrive.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    child.kill('SIGTERM');
    await exited(child);
    child = null;

    const expected = new Set(promises.flatMap((p) => [`commitment.due:${p.id}`, `commitment.overdue:${p.id}`]));
    const seen = receiver.accepted.map((key) => key.split(':').slice(0, 2).join(':'));
    assert.equal(seen.length, new Set(seen).size, 'no reminder accepted twice');
    assert.deepEqual(new Set(seen), expected, 'every reminder and escalation arrived');
    const duplicates = receiver.received.length - receiver.accepted.length;
    t.diagnostic(`killed after ${beforeRestart} deliveries; ${receiver.received.length} requests, ${duplicates} resent after the kill and dropped by delivery id`);

    const store = await openDatabase({ databaseUrl: scratch?.url, dataDir: dir });
    try {
      const rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
      assert.equal(rows.length, PROMISES * 2, 'one delivery row per reminder');
      assert.ok(rows.every((r) => r.status === 'delivered'));
      const reminded = await store.db.select().from(auditEvents).where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'reminder_sent')));
      assert.equal(reminded.length, PROMISES, 'one reminder recorded per promise');
    } finally {
      await store.close();
    }
  });
}
