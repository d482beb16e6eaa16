// The lists the API pages and the case search can be answered from an index on both backends (pg_trgm loads in
// PGlite too). With sequential scans and sorts switched off, the planner must still find a plan that uses the
// named index: a missing or unusable index fails here, long before a million cases show it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../src/store/database.ts';
import { containsAnyText } from '../../src/store/pagination.ts';
import { openCasesStatement } from '../../src/store/repositories/case.repository.ts';
import { cases, caseSearchColumns, caseSearchText } from '../../src/store/schema/index.ts';
import { backends } from './harness.ts';

const ORG = '00000000-0000-4000-8000-000000000001';
const CURSOR_ID = '00000000-0000-4000-8000-0000000000ff';

/** The shapes the repositories send (keyset page after a cursor, limit + 1). */
const PLANS: Array<{ what: string; query: SQL; index: RegExp }> = [
  {
    what: 'case list',
    query: sql`select * from cases where org_id = ${ORG} and (received_at, id) < (now(), ${CURSOR_ID}::uuid) order by received_at desc, id desc limit 51`,
    index: /cases_org_received_id_idx/,
  },
  {
    what: 'case list by state',
    query: sql`select * from cases where org_id = ${ORG} and state = 'received' order by received_at desc, id desc limit 51`,
    index: /cases_org_state_received_id_idx/,
  },
  // The search is `search_text LIKE lower('%q%')` over the stored, lower-cased joined texts (pagination.ts
  // containsAnyText, migration 0020): the one trigram index on that column must answer it (which path the planner
  // takes for one org depends on how common the term is: see EXPLAIN in bench/load).
  {
    what: 'case search',
    query: sql`select id from cases where ${containsAnyText('refund', caseSearchText, caseSearchColumns(cases))}`,
    index: /cases_search_trgm_idx/,
  },
  {
    what: 'case search, a term with a newline (also checked column by column)',
    query: sql`select id from cases where ${containsAnyText('refund\nlate', caseSearchText, caseSearchColumns(cases))}`,
    index: /cases_search_trgm_idx/,
  },
  {
    what: 'promise list',
    query: sql`select * from commitments where org_id = ${ORG} and (due_at, id) > (now(), ${CURSOR_ID}::uuid) order by due_at, id limit 51`,
    index: /commitments_org_due_id_idx/,
  },
  // GET /insights/promises reads the promises due in the window up to now through commitments_org_due_id_idx (the
  // promise list's range above) and the ones settled early (due later) through their partial index.
  {
    what: 'promise insights, settled early',
    query: sql`select count(*) from commitments where org_id = ${ORG} and due_at > now() and state <> 'open'`,
    index: /commitments_org_settled_due_idx/,
  },
  // Routing by load counts each eligible person's open cases (capped) in the partial index over open cases.
  {
    what: 'routing: open cases of the eligible people',
    query: openCasesStatement(ORG, [CURSOR_ID], 500),
    index: /cases_org_open_owner_idx/,
  },
  {
    what: 'conversation list',
    query: sql`select id from conversations where org_id = ${ORG} order by created_at desc, id desc limit 51`,
    index: /conversations_org_created_id_idx/,
  },
  {
    what: 'customer list',
    query: sql`select id from customers where org_id = ${ORG} and (name, id) > (${'M'}, ${CURSOR_ID}::uuid) order by name, id limit 51`,
    index: /customers_org_name_id_idx/,
  },
];

async function explain(db: Executor, query: SQL): Promise<string> {
  const result = (await db.execute(sql`explain ${query}`)) as unknown as { rows: Array<Record<string, string>> };
  return result.rows.map((row) => Object.values(row)[0]).join('\n');
}

for (const backend of await backends()) {
  test(`[${backend.name}] every paged list and the case search use an index`, {
    skip: backend.skipReason,
  }, async (t) => {
    const store = await backend.open();
    t.after(() => store.close());
    await store.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      for (const { what, query, index } of PLANS) {
        const plan = await explain(tx, query);
        assert.match(plan, index, `${what}:\n${plan}`);
        assert.doesNotMatch(plan, /Seq Scan/, `${what}:\n${plan}`);
      }
    });
  });
}
