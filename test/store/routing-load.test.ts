// Routing by load (R3) on the database: only the eligible people's open cases are counted, closed cases never,
// and the cap on each count (OPEN_CASE_COUNT_CAP) never changes who gets the case or the count the decision gives.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { RoutingRule } from '../../src/core/cases/routing.ts';
import type { Database, OpenedDatabase } from '../../src/store/database.ts';
import { countOpenCasesOf, OPEN_CASE_COUNT_CAP } from '../../src/store/repositories/case.repository.ts';
import { teams, users } from '../../src/store/schema/index.ts';
import { openCase } from '../../src/services/case.service.ts';
import { seedOrg, testContext } from './fixtures.ts';
import { backends } from './harness.ts';
import { by, caseInput } from './inputs.ts';

/** `n` cases of `ownerId` in `state`, written in one statement. */
async function addCases(db: Database, orgId: string, customerId: string, ownerId: string, n: number, state: string) {
  await db.execute(sql`
    insert into cases (org_id, customer_id, owner_id, state, presenting_issue, received_at, created_at, updated_at)
    select ${orgId}, ${customerId}, ${ownerId}, ${state}::case_state, 'Load ' || g, now(), now(), now()
    from generate_series(1, ${n}) g`);
}

for (const backend of await backends()) {
  describe(`[${backend.name}] routing by load`, { skip: backend.skipReason }, () => {
    let store: OpenedDatabase;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
    });

    /** An org whose agent holds more open cases than the cap, and a second agent on another team. */
    async function orgWithLoads() {
      const t = await seedOrg(store.db);
      const [otherTeam] = await store.db
        .insert(teams)
        .values({ orgId: t.org.id, name: 'Second line', categories: [] })
        .returning();
      const [second] = await store.db
        .insert(users)
        .values({ orgId: t.org.id, email: `second@${t.org.slug}.example`, name: 'Second', role: 'agent' })
        .returning();
      await store.db.update(users).set({ teamId: otherTeam!.id }).where(sql`${users.id} = ${second!.id}`);
      const busy = OPEN_CASE_COUNT_CAP + 37;
      await addCases(store.db, t.org.id, t.customer.id, t.agent.id, busy, 'investigating');
      // Closed cases are no load: the second agent has many, and 3 open ones.
      await addCases(store.db, t.org.id, t.customer.id, second!.id, OPEN_CASE_COUNT_CAP * 2, 'closed');
      await addCases(store.db, t.org.id, t.customer.id, second!.id, 3, 'received');
      await addCases(store.db, t.org.id, t.customer.id, t.supervisor.id, 7, 'resolved');
      return { ...t, second: second!, otherTeam: otherTeam!, busy };
    }

    test(`[${backend.name}] R3 counts stop at the cap unless everyone is past it; closed cases are not counted`, async () => {
      const t = await orgWithLoads();
      const all = await countOpenCasesOf(store.db, t.org.id, [t.agent.id, t.second.id, t.supervisor.id]);
      assert.deepEqual(
        [all.get(t.agent.id), all.get(t.second.id), all.get(t.supervisor.id)],
        [OPEN_CASE_COUNT_CAP, 3, 7],
      );
      const alone = await countOpenCasesOf(store.db, t.org.id, [t.agent.id]);
      assert.equal(alone.get(t.agent.id), t.busy, 'everyone at the cap: counted in full');
      assert.equal((await countOpenCasesOf(store.db, t.org.id, [])).size, 0);
    });

    test(`[${backend.name}] R3 a case with no owner goes to the least-loaded eligible person, counted exactly`, async () => {
      const t = await orgWithLoads();
      const { ctx } = testContext(store.db);
      const anyone = await openCase(
        ctx,
        by(t.org.id, t.supervisor.id),
        caseInput({ customerId: t.customer.id, presentingIssue: 'Who takes it?' }),
      );
      assert.ok(anyone.success, anyone.success ? '' : anyone.error.message);
      assert.equal(anyone.data.case.ownerId, t.second.id, 'closed cases are not load');
      assert.match(anyone.data.routing?.reasons.at(-1) ?? '', /fewest open cases \(3\) of 3 eligible/);

      // Rules: billing to the busy agent's team (its agent and supervisor); refunds to that team's agents only.
      await setRules(store.db, t.org.id, [
        { name: 'billing to the front line', when: { categories: ['billing'] }, assign: { teamId: t.team.id } },
        {
          name: 'refunds to front-line agents',
          when: { categories: ['refunds'] },
          assign: { teamId: t.team.id, role: 'agent' },
        },
      ]);
      const routed = await openCase(
        ctx,
        by(t.org.id, t.supervisor.id),
        caseInput({ customerId: t.customer.id, presentingIssue: 'Billing', category: 'billing' }),
      );
      assert.ok(routed.success, routed.success ? '' : routed.error.message);
      assert.equal(routed.data.routing?.rule, 'billing to the front line');
      assert.equal(routed.data.case.ownerId, t.supervisor.id, 'fewer open cases than the agent of the same team');
      assert.match(routed.data.routing?.reasons.at(-1) ?? '', /fewest open cases \(7\) of 2 eligible/);

      // Only the busy agent is eligible: their count is exact although past the cap.
      const only = await openCase(
        ctx,
        by(t.org.id, t.supervisor.id),
        caseInput({ customerId: t.customer.id, presentingIssue: 'Refund', category: 'refunds' }),
      );
      assert.ok(only.success, only.success ? '' : only.error.message);
      assert.equal(only.data.case.ownerId, t.agent.id);
      assert.match(
        only.data.routing?.reasons.at(-1) ?? '',
        new RegExp(`fewest open cases \\(${t.busy}\\) of 1 eligible`),
      );
    });
  });
}

/** Sets the org's routing rules. */
async function setRules(db: Database, orgId: string, routingRules: RoutingRule[]): Promise<void> {
  await db.execute(
    sql`update organizations set settings = settings || ${JSON.stringify({ routingRules })}::jsonb where id = ${orgId}`,
  );
}
