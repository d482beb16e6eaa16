// GET /insights/promises counts in the database (one aggregate over two index ranges): the counts must be exactly
// what the pure rule (core/insights summarizePromises) makes of the same promises, on both backends — including the
// edges: due exactly now, kept exactly at the due time, settled early with a due time still ahead, open promises
// due later (not counted), promises due before the window, and another org's promises.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq, gte, sql } from 'drizzle-orm';
import { summarizePromiseCounts, summarizePromises } from '../../src/core/insights/promises.ts';
import { countPromisesByKind } from '../../src/store/repositories/insights.repository.ts';
import { cases, commitments } from '../../src/store/schema/index.ts';
import { seedOrg } from './fixtures.ts';
import { backends } from './harness.ts';

const NOW = new Date('2030-01-31T12:00:00Z');
const SINCE = new Date('2030-01-01T12:00:00Z');
const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * 3_600_000);

/** One promise per combination of kind, state, due time and completion time around the edges. */
function promiseGrid() {
  const dues = [-24 * 40, -24 * 30, -5, 0, 3, 24 * 365 * 70];
  const rows: Array<{
    kind: 'callback' | 'chaser';
    state: 'open' | 'done' | 'missed' | 'waived';
    dueAt: Date;
    completedAt: Date | null;
  }> = [];
  for (const kind of ['callback', 'chaser'] as const)
    for (const due of dues)
      for (const state of ['open', 'done', 'missed', 'waived'] as const)
        for (const completed of state === 'done' ? [due - 1, due, due + 1, null] : [null])
          rows.push({ kind, state, dueAt: at(due), completedAt: completed === null ? null : at(completed) });
  return rows;
}

for (const backend of await backends()) {
  test(`[${backend.name}] insights: the promise counts in SQL equal the rule over the same rows`, {
    skip: backend.skipReason,
  }, async (t) => {
    const store = await backend.open();
    t.after(() => store.close());
    const db = store.db;
    const orgs = [await seedOrg(db), await seedOrg(db)];
    for (const o of orgs) {
      const [kase] = await db
        .insert(cases)
        .values({ orgId: o.org.id, customerId: o.customer.id, presentingIssue: 'Billed twice', receivedAt: SINCE })
        .returning();
      await db.insert(commitments).values(
        promiseGrid().map((p) => ({
          ...p,
          orgId: o.org.id,
          caseId: kase!.id,
          ownerId: o.agent.id,
          waiveReason: p.state === 'waived' ? 'customer withdrew' : null,
        })),
      );
    }
    // The other org's promises differ in number, so counting across orgs would show.
    await db.execute(
      sql`delete from ${commitments} where ${commitments.orgId} = ${orgs[1]!.org.id} and ${commitments.kind} = 'chaser'`,
    );

    const org = orgs[0]!.org.id;
    const rows = await db
      .select({
        kind: commitments.kind,
        state: commitments.state,
        dueAt: commitments.dueAt,
        completedAt: commitments.completedAt,
      })
      .from(commitments)
      .where(and(eq(commitments.orgId, org), gte(commitments.dueAt, SINCE)));
    const expected = summarizePromises(rows, NOW);
    const actual = summarizePromiseCounts(await countPromisesByKind(db, org, SINCE, NOW));
    assert.deepEqual(actual, expected);
    // The grid's own arithmetic, so a rule that counted nothing could not pass. Per kind, 5 due times are in the
    // window (-30 d exactly, -5 h, now, +3 h, +70 y), 7 promises each (open, missed, waived, done × 4); the open ones
    // due at +3 h and +70 y have not come due: 33. Kept on time: done at or before the due time, 2 per due time: 10.
    assert.equal(expected.overall.due, 2 * (3 * 7 + 2 * 6));
    assert.equal(expected.overall.keptOnTime, 2 * 5 * 2);
  });
}
