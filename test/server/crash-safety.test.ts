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
import { createOrg } from '../../src/services/tenant.service.ts';
import { SYSTEM, unwrap } from '../../src/services/context.ts';
import { backends, createScratchDatabase } from '../store/harness.ts';
import { PASSWORD } from './helpers.ts';
import { startReceiver, type Receiver } from './receiver.ts';

const PROMISES = 24;

function startServer(env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DEFUSE_DEMO: 'false',
      DEFUSE_SCHEDULER_INTERVAL_MS: '150',
      DEFUSE_REMINDER_LEAD_MINUTES: '0',
      DEFUSE_WEBHOOK_FIRST_RETRY_SECONDS: '1',
      DEFUSE_WEBHOOK_TIMEOUT_MS: '2000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

/** Resolves with the server's base URL once it prints that it is listening. */
function listeningAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${output}`)));
  });
}

async function untilAsync(done: () => Promise<boolean>, deadlineMs: number, what: string): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await done())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

for (const backend of await backends()) {
  test(`[${backend.name}] SIGKILL mid-schedule: after restart every due reminder and escalation was delivered exactly once`, {
    skip: backend.skipReason,
    timeout: 240_000,
  }, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'defuse-crash-'));
    const scratch = backend.name === 'postgres' ? await createScratchDatabase('defuse_crash') : null;
    const env: Record<string, string> = scratch ? { DATABASE_URL: scratch.url } : { DEFUSE_DATA_DIR: dir };
    const receiver: Receiver = await startReceiver({ delayMs: 40 });
    let child: ChildProcess | null = null;
    t.after(async () => {
      child?.kill('SIGKILL');
      await receiver.close();
      await scratch?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    const seedStore = await openDatabase({ databaseUrl: scratch?.url, dataDir: dir });
    const { org } = unwrap(
      await createOrg({ db: seedStore.db, now: () => new Date() }, SYSTEM, {
        name: 'Crashco',
        adminEmail: 'admin@crash.test',
        adminPassword: PASSWORD,
      }),
    );
    await seedStore.close();

    // Promises are made through the running server, coming due one after another over the next seconds.
    child = startServer(env);
    const base = await listeningAddress(child);
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@crash.test', password: PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const api = async (path: string, body: object) => {
      const response = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
      assert.ok(response.ok, `${path}: ${response.status}`);
      return (await response.json()) as { id: string; secret?: string };
    };
    const hook = await api('/api/v1/webhooks', {
      url: receiver.url,
      eventTypes: ['commitment.due', 'commitment.overdue'],
    });
    receiver.setSecret(hook.secret!);
    const customer = await api('/api/v1/customers', { name: 'Kim' });
    const kase = await api('/api/v1/cases', { customerId: customer.id, presentingIssue: 'No dial tone' });
    const start = Date.now() + 3_000;
    const promises = [];
    for (let i = 0; i < PROMISES; i += 1) {
      promises.push(
        await api(`/api/v1/cases/${kase.id}/commitments`, {
          kind: 'callback',
          dueAt: new Date(start + i * 400).toISOString(),
          contact: { phone: '555' },
          steps: ['call back'],
        }),
      );
    }

    await until(() => receiver.accepted.length >= 6, 120_000, 'the first reminders');
    child.kill('SIGKILL');
    await exited(child);
    const beforeRestart = receiver.accepted.length;
    assert.ok(beforeRestart < PROMISES * 2, 'killed mid-schedule, with deliveries still owed');

    child = startServer(env);
    const restarted = await listeningAddress(child);
    await until(() => receiver.accepted.length >= PROMISES * 2, 120_000, 'every reminder and escalation');
    // A send whose result the kill kept from being recorded is retried after its lease: wait until the log says delivered.
    const relogin = await fetch(`${restarted}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@crash.test', password: PASSWORD }),
    });
    const again = (relogin.headers.get('set-cookie') ?? '').split(';')[0]!;
    await untilAsync(
      async () => {
        const log = (await (
          await fetch(`${restarted}/api/v1/webhooks/${hook.id}/deliveries?limit=500`, { headers: { cookie: again } })
        ).json()) as { items: Array<{ status: string }> };
        return log.items.length === PROMISES * 2 && log.items.every((d) => d.status === 'delivered');
      },
      120_000,
      'the delivery log to show every delivery delivered',
    );
    child.kill('SIGTERM');
    await exited(child);
    child = null;

    const expected = new Set(promises.flatMap((p) => [`commitment.due:${p.id}`, `commitment.overdue:${p.id}`]));
    const seen = receiver.accepted.map((key) => key.split(':').slice(0, 2).join(':'));
    assert.equal(seen.length, new Set(seen).size, 'no reminder accepted twice');
    assert.deepEqual(new Set(seen), expected, 'every reminder and escalation arrived');
    const duplicates = receiver.received.length - receiver.accepted.length;
    t.diagnostic(
      `killed after ${beforeRestart} deliveries; ${receiver.received.length} requests, ${duplicates} resent after the kill and dropped by delivery id`,
    );

    const store = await openDatabase({ databaseUrl: scratch?.url, dataDir: dir });
    try {
      const rows = await store.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.orgId, org.id));
      assert.equal(rows.length, PROMISES * 2, 'one delivery row per reminder');
      assert.deepEqual(
        rows
          .filter((r) => r.status !== 'delivered')
          .map((r) => `${r.idempotencyKey} ${r.status} ${r.attemptCount} ${r.error}`),
        [],
        'every delivery recorded as delivered',
      );
      const reminded = await store.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.action, 'reminder_sent')));
      assert.equal(reminded.length, PROMISES, 'one reminder recorded per promise');
    } finally {
      await store.close();
    }
  });
}
