// GET /cases?q= chooses how the database reads its term (src/store/search-trigrams.ts, session 12): the term's two
// rarest trigram pieces from the trigram index with the whole LIKE as the filter, a walk of the newest cases with the
// LIKE as the filter, or the LIKE as it is. The choice comes from a sample of the stored texts and must never change
// what a search finds: on both backends, every plan returns, on every page, exactly the cases ILIKE finds column by
// column; the pieces are the ones the sample says are rare; and the index is asked for the pieces only.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../src/store/database.ts';
import { containsAny, containsAnyText, toPage } from '../../src/store/pagination.ts';
import { caseListQuery, caseSearchPlan, listCases } from '../../src/store/repositories/case.repository.ts';
import { cases, caseSearchColumns, caseSearchText } from '../../src/store/schema/index.ts';
import { planTerm, searchSample, type TermPlan, textSample } from '../../src/store/search-trigrams.ts';
import { type CaseTexts, insertCaseTexts, seedOrg } from './fixtures.ts';
import { backends } from './harness.ts';

/** Invented texts: a common complaint, a rare one, case and accents, LIKE's own characters, several lines. */
const COMMON = (i: number): CaseTexts => [
  `Refund still missing for order ${i}`,
  i % 3 === 0 ? 'Charged twice on the card' : null,
  'billing',
];
const SPECIAL: Array<[string, string | null, string | null]> = [
  ['Bank CHARGEBACK opened by the customer', null, 'billing'],
  ['Chargeback reversed after a week', 'the refund was late', null],
  ['A charge back, not a chargeback', null, 'disputes'],
  ['Ärger über die Rückbuchung (Chargeback)', null, null],
  ['100% of the fee charged twice', 'order_id missing', 'promotions'],
  ['Engineer came twice', 'first visit fixed nothing\nsecond visit never logged', 'service'],
  ['İstanbul branch charged a fee', 'ISTANBUL office never called', null],
  ['Geb\u0307ühr doubled', null, null],
];

const TERMS = [
  'refund',
  'REFUND',
  'chargeback',
  'CHARGEBACK',
  'ChargeBack',
  'charge back',
  'back',
  'charged twice',
  'order 17',
  'order 170',
  'rückbuchung',
  '100%',
  'order_id',
  'nothing\nsecond',
  'istanbul',
  'İstanbul',
  'geb',
  'Geb\u0307',
  'ab',
  'no such complaint',
];

async function insertCases(db: Database, orgId: string, customerId: string): Promise<void> {
  await insertCaseTexts(db, orgId, customerId, [...Array.from({ length: 320 }, (_, i) => COMMON(i)), ...SPECIAL], 7);
}

async function ids(db: Executor, orgId: string, where: SQL | undefined): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), where));
  return rows.map((r) => r.id).sort();
}

/** Every page of the search with a given plan, `limit` at a time, following the cursors. */
async function allPages(db: Executor, orgId: string, q: string, limit: number, plan: TermPlan): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  do {
    const rows = await caseListQuery(db, { orgId }, { q, limit, cursor }, plan);
    const page = toPage(rows, limit, (row) => [row.receivedAt, row.id]);
    found.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return found.sort();
}

/** A sample in which every piece is rare: the plan for any term with a piece of three ASCII letters or digits. */
const ALL_RARE = textSample(Array(300).fill('~~~'), 1_000_000);

const explain = async (db: Executor, query: SQL): Promise<string> => {
  const result = (await db.execute(sql`explain ${query}`)) as unknown as { rows: Array<Record<string, string>> };
  return result.rows.map((row) => Object.values(row)[0]).join('\n');
};

describe('planTerm: which pieces of a term the index reads', () => {
  // 600 texts of a 100,000-case table: `cha`, `har`, `arg`, `rge` in a third of them (`charged twice`), `refund` in
  // nearly all, `chargeback` (and its `geb`, `bac`) in three.
  const texts = Array.from({ length: 600 }, (_, i) =>
    i % 200 === 0 ? `chargeback ${i}\n\n` : i % 3 === 0 ? `charged twice ${i}\n\nrefund` : `refund due ${i}\n\n`,
  );
  const sample = textSample(texts, 100_000);

  test('a term with rare pieces reads its two rarest, apart, never a common one', () => {
    const plan = planTerm('chargeback', sample, 51);
    assert.equal(plan.kind, 'pieces');
    assert.ok(plan.kind === 'pieces');
    assert.equal(plan.pieces.length, 2);
    for (const piece of plan.pieces) assert.ok(!['cha', 'har', 'arg', 'rge'].includes(piece), piece);
    const [a, b] = plan.pieces.map((p) => 'chargeback'.indexOf(p));
    assert.ok(Math.abs(a! - b!) >= 3, JSON.stringify(plan));
  });

  test('a piece keeps the case it was typed in (the database lower-cases it with the term)', () => {
    const plan = planTerm('CHARGEBACK', sample, 51);
    assert.ok(plan.kind === 'pieces');
    for (const piece of plan.pieces) assert.match(piece, /^[A-Z]{3}$/);
  });

  test('a common term walks; no sample, a small one, or no ASCII piece leaves the LIKE as it is', () => {
    assert.deepEqual(planTerm('refund', sample, 51), { kind: 'walk' });
    assert.deepEqual(planTerm('chargeback', undefined, 51), { kind: 'plain' });
    assert.deepEqual(planTerm('chargeback', textSample(texts.slice(0, 50), 50), 51), { kind: 'plain' });
    assert.deepEqual(planTerm('ab', sample, 51), { kind: 'plain' });
    assert.deepEqual(planTerm('σοφος', sample, 51), { kind: 'plain' });
  });

  test('a window followed by a non-ASCII character (a combining mark a locale could fold) is no piece', () => {
    assert.deepEqual(planTerm('Geb\u0307', ALL_RARE, 51), { kind: 'plain' });
    assert.deepEqual(planTerm('xGeb\u0307', ALL_RARE, 51), { kind: 'pieces', pieces: ['xGe'] });
  });

  test('a term whose every piece is common walks: a page is found after ~150 cases', () => {
    assert.deepEqual(planTerm('charged twice', sample, 51), { kind: 'walk' });
  });

  test('a rare term walks when a page of it is nearer than the rows its pieces would fetch', () => {
    // `chargeback` is in 1 text in 200: at 100,000 cases its pieces fetch ~500 rows, a walk reads ~10,000 for a page
    // of 51 but only ~200 for a page of 1; at 10,000,000 cases the pieces would fetch ~50,000.
    assert.equal(planTerm('chargeback', sample, 51).kind, 'pieces');
    assert.deepEqual(planTerm('chargeback', sample, 1), { kind: 'walk' });
    assert.deepEqual(planTerm('chargeback', textSample(texts, 10_000_000), 51), { kind: 'walk' });
  });
});

for (const backend of await backends()) {
  describe(`[${backend.name}] every search plan finds what ILIKE finds`, { skip: backend.skipReason }, () => {
    test(`[${backend.name}] plain, walk, pieces and the sampled choice give the same cases on every page`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const { org, customer } = await seedOrg(store.db);
      const other = await seedOrg(store.db);
      await insertCases(store.db, org.id, customer.id);
      await insertCases(store.db, other.org.id, other.customer.id); // another org's cases are never found
      let piecesUsed = 0;
      for (const q of TERMS) {
        const expected = await ids(store.db, org.id, containsAny(q, caseSearchColumns(cases)));
        const plans: TermPlan[] = [{ kind: 'plain' }, { kind: 'walk' }, planTerm(q, ALL_RARE, 51)];
        if (plans[2]!.kind === 'pieces') piecesUsed++;
        for (const plan of plans)
          for (const limit of [50, 7])
            assert.deepEqual(
              await allPages(store.db, org.id, q, limit, plan),
              expected,
              `q=${JSON.stringify(q)} ${JSON.stringify(plan)}, pages of ${limit}`,
            );
        const page = await listCases(store.db, { orgId: org.id }, { q, limit: 500 });
        assert.deepEqual(page.items.map((c) => c.id).sort(), expected, `listCases q=${JSON.stringify(q)}`);
      }
      assert.ok(piecesUsed >= 12, `${piecesUsed} terms searched by pieces`);
    });

    test(`[${backend.name}] the sample of stored texts picks pieces for a rare term and a walk for a common one`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const { org, customer } = await seedOrg(store.db);
      await insertCases(store.db, org.id, customer.id);
      const sample = await searchSample(store.db);
      assert.ok(sample, 'a sample of the cases');
      assert.equal(sample.size, 328, 'a table this small is sampled whole');
      assert.ok(
        sample.texts.includes('bank chargeback opened by the customer\n\nbilling'),
        'the stored, lower-cased text',
      );
      assert.deepEqual(await caseSearchPlan(store.db, { q: 'refund', limit: 50 }), { kind: 'walk' });
      const rare = await caseSearchPlan(store.db, { q: 'chargeback', limit: 50 });
      assert.ok(rare?.kind === 'pieces', JSON.stringify(rare));
      for (const piece of rare.pieces) assert.ok(!['cha', 'har', 'arg', 'rge'].includes(piece), piece);
      assert.equal(await caseSearchPlan(store.db, { limit: 50 }), undefined, 'no term, no plan');
    });

    test(`[${backend.name}] the index is asked for the pieces only; a walk does not ask it for the term`, async (t) => {
      const store = await backend.open();
      t.after(() => store.close());
      const search = (plan: TermPlan) =>
        sql`select id from cases where ${containsAnyText('chargeback', caseSearchText, caseSearchColumns(cases), plan)}`;
      await store.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        const pieces = await explain(tx, search({ kind: 'pieces', pieces: ['geb', 'ack'] }));
        assert.match(pieces, /cases_search_trgm_idx/, pieces);
        const conditions = pieces.split('\n').filter((line) => /Index Cond/.test(line));
        assert.ok(conditions.length > 0, pieces);
        for (const line of conditions) {
          assert.match(line, /%geb%/, pieces);
          assert.doesNotMatch(line, /%chargeback%/, pieces);
        }
        assert.match(pieces, /Filter: .*%chargeback%/, pieces);
        const walk = await explain(tx, search({ kind: 'walk' }));
        assert.doesNotMatch(walk, /cases_search_trgm_idx/, walk);
        const plain = await explain(tx, search({ kind: 'plain' }));
        assert.match(plain, /Index Cond: .*%chargeback%/, plain);
      });
    });
  });
}
