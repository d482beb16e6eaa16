// GET /cases?q= reads `cases.search_text` (migration 0020: the three texts joined and lower-cased, stored when a case is
// written) with `LIKE lower('%q%')` instead of `ILIKE` over the joined expression. These tests hold it to the search
// it replaced on both backends: for a family of texts (case, accents, other scripts, LIKE's own characters, several
// lines, missing columns) and terms, every page of every search returns exactly the cases ILIKE finds column by
// column and over the joined text; the stored text follows every write; and cases written before the migration are
// backfilled and found.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type Database, type Executor, MIGRATIONS_FOLDER, openDatabase } from '../../src/store/database.ts';
import { containsAny, searchableText } from '../../src/store/pagination.ts';
import { listCases, updateCase } from '../../src/store/repositories/case.repository.ts';
import * as schema from '../../src/store/schema/index.ts';
import { cases, caseSearchColumns } from '../../src/store/schema/index.ts';
import { type CaseTexts, insertCaseTexts, seedOrg } from './fixtures.ts';
import { backends, createScratchDatabase } from './harness.ts';

/** Invented complaint texts: presenting issue, underlying issue, category (null where a case has none). */
const TEXTS: CaseTexts[] = [
  ['Refund NOT received after a month', null, 'billing'],
  ['Asked for a partial refund twice', 'The REFUNDS desk closed the ticket', 'refunds'],
  ['Café owner: FACTURE ÉLEVÉE ce mois', 'Tarif changé sans préavis', null],
  ['Lieferung an die falsche Straße', 'STRASSE im Formular falsch', 'delivery'],
  ['ΣΟΦΟΣ says the bill is wrong', 'σοφος again on the phone', null],
  ['Ärger mit der Ünïcödé-Rechnung', null, 'Billing'],
  ['Coupon for 100% off was refused', 'order_id missing on the receipt', 'promotions'],
  ['Log says C:\\temp\\bill.pdf is broken', null, 'technical'],
  ['Engineer came twice', 'first visit fixed nothing\nsecond visit never logged', 'service'],
  ['İstanbul branch charged a fee', 'ISTANBUL office never called', null],
  ['😡 angry about the 😡 wait', null, null],
  ['Charged twice for the same order', 'chargeback filed with the bank', 'Billing'],
  ['Plain complaint', '', ''],
];

/** Terms: both cases of a word, accents, other scripts, LIKE's wildcards and escape, lines, spans, none. */
const TERMS = [
  'refund',
  'REFUND',
  'Refunds',
  'élevée',
  'ÉLEVÉE',
  'préavis',
  'straße',
  'STRASSE',
  'strasse',
  'σοφος',
  'ΣΟΦΟΣ',
  'ärger',
  'ÜNÏCÖDÉ',
  '100%',
  '%',
  '_',
  'order_id',
  'order id',
  '\\temp',
  '\\',
  'logged',
  'nothing\nsecond',
  'twice\nfirst',
  'billing',
  'istanbul',
  'İstanbul',
  '😡',
  'chargeback',
  'CHARGED TWICE',
  ' ',
  'no such complaint',
];

/** The search it replaced: ILIKE over the joined text, as the API sent before migration 0020. */
const joinedIlike = (q: string): SQL => {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${searchableText(caseSearchColumns(cases))}) ilike ${pattern}`;
};

async function ids(db: Executor, orgId: string, where: SQL | undefined): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), where));
  return rows.map((r) => r.id).sort();
}

/** Every page of GET /cases?q= for an admin, `limit` at a time, following the cursors. */
async function searchAllPages(db: Executor, orgId: string, q: string, limit: number): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCases(db, { orgId }, { q, limit, cursor });
    found.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found.sort();
}

async function insertTexts(db: Database, orgId: string, customerId: string): Promise<void> {
  await insertCaseTexts(db, orgId, customerId, TEXTS, 4);
}

/** Rows whose stored search text is not lower() of the joined columns (none expected). */
async function staleSearchText(db: Executor): Promise<unknown[]> {
  const result = (await db.execute(
    sql`select id from cases where search_text is distinct from lower(${searchableText(caseSearchColumns(cases))})`,
  )) as unknown as { rows: unknown[] };
  return result.rows;
}

for (const backend of await backends()) {
  describe(`[${backend.name}] case search over the stored text`, { skip: backend.skipReason }, () => {
    test(`[${backend.name}] every term finds exactly what ILIKE found, on every page`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const { org, customer } = await seedOrg(store.db);
      const other = await seedOrg(store.db);
      await insertTexts(store.db, org.id, customer.id);
      await insertTexts(store.db, other.org.id, other.customer.id); // another org's cases are never found
      assert.deepEqual(await staleSearchText(store.db), []);
      let matchedSome = 0;
      for (const q of TERMS) {
        const byColumn = await ids(store.db, org.id, containsAny(q, caseSearchColumns(cases)));
        if (!q.includes('\n')) assert.deepEqual(await ids(store.db, org.id, joinedIlike(q)), byColumn, q);
        assert.deepEqual(await searchAllPages(store.db, org.id, q, 50), byColumn, `q=${JSON.stringify(q)}`);
        assert.deepEqual(await searchAllPages(store.db, org.id, q, 2), byColumn, `q=${JSON.stringify(q)}, pages of 2`);
        if (byColumn.length > 0) matchedSome++;
      }
      // The family is not vacuous: most terms find something, and a few find nothing.
      assert.ok(matchedSome >= TERMS.length - 4, `${matchedSome} of ${TERMS.length} terms matched`);
    });

    test(`[${backend.name}] the stored text follows every change to the three texts`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const { org, customer } = await seedOrg(store.db);
      await insertTexts(store.db, org.id, customer.id);
      const [row] = await store.db
        .select()
        .from(cases)
        .where(and(eq(cases.orgId, org.id), eq(cases.presentingIssue, 'Plain complaint')));
      assert.ok(row);
      assert.deepEqual(await searchAllPages(store.db, org.id, 'WARRANTY', 50), []);
      const changes = [
        { presentingIssue: 'Warranty claim ignored' },
        { underlyingIssue: 'Courier LOST the parcel' },
        { category: 'Logistics' },
        { underlyingIssue: null, category: null },
      ];
      let version = row.version;
      for (const patch of changes) {
        const updated = await updateCase(store.db, org.id, row.id, version, patch);
        assert.ok(updated);
        version = updated.version;
        assert.deepEqual(await staleSearchText(store.db), [], JSON.stringify(patch));
      }
      assert.deepEqual(await searchAllPages(store.db, org.id, 'WARRANTY', 50), [row.id]);
      assert.deepEqual(await searchAllPages(store.db, org.id, 'courier', 50), []);
      assert.deepEqual(await searchAllPages(store.db, org.id, 'logistics', 50), []);
    });
  });
}

/** A copy of the migrations folder that stops before 0020, to build a database as it was before it. */
function migrationsBefore0020(): { folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'defuse-migrations-'));
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: Array<{ idx: number; tag: string }> };
  const later = journal.entries.filter((e) => e.idx >= 20);
  assert.ok(later.some((e) => e.tag === '0020_case_search_text'));
  for (const entry of later) unlinkSync(join(folder, `${entry.tag}.sql`));
  journal.entries = journal.entries.filter((e) => e.idx < 20);
  writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** What migration 0020 must leave for cases written before it: every row's text stored, searchable, analysed. */
async function checkBackfilled(db: Database, orgId: string): Promise<void> {
  assert.deepEqual(await staleSearchText(db), []);
  for (const q of ['refund', 'ÉLEVÉE', '100%', 'nothing\nsecond'])
    assert.deepEqual(
      await searchAllPages(db, orgId, q, 2),
      await ids(db, orgId, containsAny(q, caseSearchColumns(cases))),
      q,
    );
  const stats = (await db.execute(
    sql`select count(*)::int as n from pg_stats where tablename = 'cases' and attname = 'search_text'`,
  )) as unknown as { rows: Array<{ n: number }> };
  assert.equal(stats.rows[0]?.n, 1, 'the migration analyses the new column');
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    const plan = (await tx.execute(
      sql`explain select id from cases where search_text like lower('%chargeback%')`,
    )) as unknown as { rows: Array<Record<string, string>> };
    assert.match(plan.rows.map((r) => Object.values(r)[0]).join('\n'), /cases_search_trgm_idx/);
  });
}

const [, postgres] = await backends();

describe('migration 0020 backfills the cases written before it', () => {
  test('[pglite] cases from before 0020 are stored, found and indexed', async () => {
    const migrations = migrationsBefore0020();
    const dir = mkdtempSync(join(tmpdir(), 'defuse-0020-'));
    try {
      const client = new PGlite(dir, { extensions: { pg_trgm, btree_gin } });
      const before = drizzlePglite({ client, schema }) as unknown as Database;
      await migratePglite(before as never, { migrationsFolder: migrations.folder });
      const { org, customer } = await seedOrg(before);
      await insertTexts(before, org.id, customer.id);
      await client.close();
      const store = await openDatabase({ dataDir: dir });
      try {
        await checkBackfilled(store.db, org.id);
      } finally {
        await store.close();
      }
    } finally {
      migrations.remove();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('[postgres] cases from before 0020 are stored, found and indexed', { skip: postgres?.skipReason }, async () => {
    const migrations = migrationsBefore0020();
    const scratch = await createScratchDatabase('defuse_test');
    try {
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      let orgId: string;
      try {
        const before = drizzleNodePg({ client, schema }) as unknown as Database;
        await migrateNodePg(before as never, { migrationsFolder: migrations.folder });
        const { org, customer } = await seedOrg(before);
        orgId = org.id;
        await insertTexts(before, org.id, customer.id);
      } finally {
        await client.end();
      }
      const store = await openDatabase({ databaseUrl: scratch.url, dataDir: '', maxConnections: 2 });
      try {
        await checkBackfilled(store.db, orgId);
      } finally {
        await store.close();
      }
    } finally {
      migrations.remove();
      await scratch.drop();
    }
  });
});
