import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.ts';
import { auditEvents, organizations } from '../../src/store/schema/index.ts';
import { backends, causedBy } from './harness.ts';

const TABLES = [
  'api_tokens',
  'audit_events',
  'case_notes',
  'cases',
  'commitment_notices',
  'commitments',
  'concessions',
  'conversations',
  'customers',
  'idempotency_keys',
  'login_attempts',
  'organizations',
  'process_fixes',
  'root_causes',
  'sessions',
  'teams',
  'users',
  'webhook_deliveries',
  'webhooks',
];

for (const backend of await backends()) {
  describe(`[${backend.name}] migrations`, { skip: backend.skipReason }, () => {
    let store: OpenedDatabase;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
    });

    test(`[${backend.name}] opening runs every migration and creates every table`, async () => {
      assert.equal(store.kind, backend.name);
      const result = (await store.db.execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      )) as unknown as { rows: { table_name: string }[] };
      assert.deepEqual(
        result.rows.map((r) => r.table_name),
        TABLES,
      );
    });

    test(`[${backend.name}] the audit trail rejects UPDATE and DELETE at the database`, async () => {
      const [org] = await store.db.insert(organizations).values({ name: 'Audit Org', slug: 'audit-org' }).returning();
      assert.ok(org);
      await store.db.insert(auditEvents).values({
        orgId: org.id,
        entity: 'case',
        entityId: org.id,
        action: 'created',
        at: new Date('2025-01-01T00:00:00Z'),
      });
      await assert.rejects(store.db.execute(sql`update audit_events set action = 'forged'`), causedBy(/append-only/));
      await assert.rejects(store.db.execute(sql`delete from audit_events`), causedBy(/append-only/));
      const rows = await store.db.select().from(auditEvents);
      assert.deepEqual(
        rows.map((r) => r.action),
        ['created'],
      );
    });
  });
}

describe('[pglite] data directory', () => {
  test('[pglite] reopening a persisted data directory keeps its rows and re-runs no migration', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'defuse-reopen-'));
    try {
      const first = await openDatabase({ dataDir: dir });
      await first.db.insert(organizations).values({ name: 'Kept', slug: 'kept' });
      await first.close();
      const second = await openDatabase({ dataDir: dir });
      const rows = await second.db.select().from(organizations);
      await second.close();
      assert.deepEqual(
        rows.map((r) => r.slug),
        ['kept'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
