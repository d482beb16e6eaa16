// A rare term is read in its newest weeks first (migration 0021, search-trigrams.ts planTerm, case.repository.ts
// casePage): the trigram index also holds each case's week, the search asks it for the term's pieces in the newest
// few weeks before the cursor, and reads every week only when those hold less than a page and the row after it. On
// both backends: whatever the number of weeks, every page is exactly the cases ILIKE finds, in order; the index is
// asked for the pieces and the weeks together; and the sample chooses weeks for a rare term only.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database, Executor } from '../../src/store/database.ts';
import { containsAny } from '../../src/store/pagination.ts';
import { caseListQuery, casePage } from '../../src/store/repositories/case.repository.ts';
import { cases, caseSearchColumns } from '../../src/store/schema/index.ts';
import { MAX_WEEKS, planTerm, searchSample, textSample, type TermPlan } from '../../src/store/search-trigrams.ts';
import { seedOrg } from './fixtures.ts';
import { backends } from './harness.ts';

const WEEK = 7 * 86_400_000;
/** 40 weeks of cases (8 a week, newest first from 2025-06-30), a `chargeback` in every 9th, a `refund` in most. */
const CASES = 320;
const receivedAt = (i: number) => new Date(Date.UTC(2025, 5, 30, 12) - Math.floor(i / 8) * WEEK - (i % 8) * 3_600_000);
const text = (i: number) =>
  i % 9 === 4 ? `Bank chargeback number ${i}` : i % 5 === 0 ? `Charged twice, case ${i}` : `Refund missing ${i}`;

async function insertWeeks(db: Database, orgId: string, customerId: string): Promise<void> {
  await db.insert(cases).values(
    Array.from({ length: CASES }, (_, i) => ({
      orgId,
      customerId,
      presentingIssue: text(i),
      receivedAt: receivedAt(i),
      // two cases of one hour: the page order's tie-breaker is the id
      ...(i % 8 === 1 ? { receivedAt: receivedAt(i - 1) } : {}),
    })),
  );
}

/** Every case the term should find, newest first (ties by id, descending), as ILIKE finds them. */
async function expected(db: Executor, orgId: string, q: string): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id, at: cases.receivedAt })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), containsAny(q, caseSearchColumns(cases))));
  return rows
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((r) => r.id);
}

async function pages(db: Executor, orgId: string, q: string, limit: number, plan: TermPlan): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await casePage(db, { orgId }, { q, limit, cursor }, plan);
    found.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found;
}

describe('planTerm: how many of the newest weeks a rare term is read in', () => {
  // A year of a million cases: `chargeback` in 1 text in 1,000, `refund` in 1 in 3.
  const texts = Array.from({ length: 3_000 }, (_, i) =>
    i % 1000 === 7 ? `chargeback ${i}` : i % 3 === 0 ? `refund ${i}` : `charged twice ${i}`,
  );
  const times = texts.map((_, i) => Date.UTC(2025, 0, 1) + (i % 365) * 86_400_000);

  test('a rare term is read in about two pages of weeks; a common one walks', () => {
    const plan = planTerm('chargeback', textSample(texts, 1_000_000, times), 51);
    assert.ok(plan.kind === 'pieces' && plan.weeks !== undefined, JSON.stringify(plan));
    // 153 matches at 1 in 1,000 are ~153,000 cases: 8 weeks of ~19,000, and one more
    assert.equal(plan.weeks, 9);
    assert.deepEqual(planTerm('refund', textSample(texts, 1_000_000, times), 51), { kind: 'walk' });
    // Held by one sampled text in 3,000: more weeks than MAX_WEEKS would hold three pages; MAX_WEEKS, not none.
    const once = texts.map((t, i) => (t.startsWith('chargeback') && i !== 7 ? 'charged twice' : t));
    const rare = planTerm('chargeback', textSample(once, 1_000_000, times), 51);
    assert.ok(rare.kind === 'pieces' && rare.weeks === MAX_WEEKS, JSON.stringify(rare));
  });

  test('no weeks without times, for a term whose pieces find a few pages, or when they would be most of the table', () => {
    const plan = planTerm('chargeback', textSample(texts, 1_000_000), 51);
    assert.ok(plan.kind === 'pieces' && plan.weeks === undefined, JSON.stringify(plan));
    const few = planTerm('chargeback', textSample(texts, 100_000, times), 51); // ~100 matches: fetch them all
    assert.ok(few.kind === 'pieces' && few.weeks === undefined, JSON.stringify(few));
    const young = texts.map((_, i) => Date.UTC(2025, 0, 1) + (i % 20) * 86_400_000); // three weeks of cases
    const short = planTerm('chargeback', textSample(texts, 1_000_000, young), 51);
    assert.ok(short.kind === 'pieces' && short.weeks === undefined, JSON.stringify(short));
  });
});

for (const backend of await backends()) {
  describe(`[${backend.name}] a rare term's newest weeks, then the rest`, { skip: backend.skipReason }, () => {
    test(`[${backend.name}] any number of weeks gives exactly ILIKE's cases, in order, on every page`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const { org, customer } = await seedOrg(store.db);
      const other = await seedOrg(store.db);
      await insertWeeks(store.db, org.id, customer.id);
      await insertWeeks(store.db, other.org.id, other.customer.id); // never found
      for (const q of ['chargeback', 'CHARGEBACK', 'bank chargeback number 31', 'chargeback number 1']) {
        const all = await expected(store.db, org.id, q);
        assert.ok(all.length > 0, q);
        for (const weeks of [1, 2, 3, 5, 60])
          for (const limit of [50, 7, 1]) {
            const plan: TermPlan = { kind: 'pieces', pieces: ['geb', 'ack'], weeks };
            assert.deepEqual(
              await pages(store.db, org.id, q, limit, plan),
              all,
              `${q}: ${weeks} weeks, pages of ${limit}`,
            );
          }
      }
      // A cursor in the middle: the weeks count back from the newest case before it.
      const all = await expected(store.db, org.id, 'chargeback');
      const first = await casePage(store.db, { orgId: org.id }, { q: 'chargeback', limit: 10 }, { kind: 'plain' });
      const rest = await casePage(
        store.db,
        { orgId: org.id },
        { q: 'chargeback', limit: 5, cursor: first.nextCursor! },
        { kind: 'pieces', pieces: ['geb'], weeks: 2 },
      );
      assert.deepEqual(
        rest.items.map((c) => c.id),
        all.slice(10, 15),
      );
    });

    test(`[${backend.name}] the index holds the weeks; a windowed search reads one piece with them`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const { org, customer } = await seedOrg(store.db);
      await insertWeeks(store.db, org.id, customer.id);
      const indexdef = (await store.db.execute(
        sql`select indexdef from pg_indexes where indexname = 'cases_search_trgm_idx'`,
      )) as unknown as { rows: Array<{ indexdef: string }> };
      assert.match(indexdef.rows[0]?.indexdef ?? '', /gin \(search_text gin_trgm_ops, date_bin\(/);
      // Which plan the database picks on a table this small is its own affair (bench/load.ts EXPLAINs the 1M one).
      await store.db.transaction(async (tx) => {
        // The windowed search asks the index for the rarest piece only, and filters by the whole term.
        const query = caseListQuery(
          tx,
          { orgId: org.id },
          { q: 'chargeback', limit: 20 },
          { kind: 'pieces', pieces: ['geb', 'ack'], weeks: 3 },
        ).getSQL();
        const text = new PgDialect().sqlToQuery(query).sql;
        assert.match(text, /like lower\(\$\d+\) and \("cases"."search_text" collate "C"\)/, text);
        assert.equal(text.match(/"cases"."search_text" like/g)?.length, 1, text);
        assert.match(text, /date_bin\('7 days'::interval, "cases"."received_at"/, text);
      });
    });

    test(`[${backend.name}] the sample holds the oldest and newest received_at it saw`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const { org, customer } = await seedOrg(store.db);
      await insertWeeks(store.db, org.id, customer.id);
      const sample = await searchSample(store.db);
      assert.equal(sample?.size, CASES, 'a table this small is sampled whole');
      assert.deepEqual(sample?.span, { from: receivedAt(CASES - 1).getTime(), to: receivedAt(0).getTime() });
    });
  });
}
