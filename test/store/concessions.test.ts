import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenedDatabase } from '../../src/store/database.ts';
import { listCaseConcessions } from '../../src/store/repositories/concession.repository.ts';
import { openCase } from '../../src/store/services/case.service.ts';
import { adviseConcession, decideConcession, proposeConcession } from '../../src/store/services/concession.service.ts';
import { seedOrg, testContext } from './fixtures.ts';
import { backends } from './harness.ts';

for (const backend of await backends()) {
  describe(`[${backend.name}] concessions`, { skip: backend.skipReason }, () => {
    let store: OpenedDatabase;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
    });

    test(`[${backend.name}] R5 V1 the advisor reads the customer's value and the case, and explains each factor`, async () => {
      const { ctx } = testContext(store.db);
      const t = await seedOrg(
        store.db,
        {},
        { monthlyRevenueCents: 80_000, customerSince: '2019-01-01', contractEndsOn: '2025-04-01' },
      );
      const opened = await openCase(ctx, t.org.id, t.agent.id, {
        customerId: t.customer.id,
        presentingIssue: 'Outage',
        severity: 'medium',
        companyAtFault: true,
      });
      assert.ok(opened.success);
      const advice = await adviseConcession(ctx, t.org.id, opened.data.case.id);
      assert.ok(advice.success);
      assert.equal(advice.data.kind, 'goodwill');
      assert.deepEqual(
        advice.data.factors.map((f) => [f.factor, f.levels]),
        [
          ['severity', 2],
          ['fault', 0],
          ['value', 1],
          ['retention', 1],
          ['history', 0],
          ['approval', 0],
        ],
      );
      assert.equal(advice.data.requiresApproval, true);
    });

    test(`[${backend.name}] R5 above the threshold a concession waits for a supervisor; an agent cannot approve it`, async () => {
      const { ctx } = testContext(store.db);
      const t = await seedOrg(store.db, { concessionApprovalThresholdCents: 2_000 });
      const opened = await openCase(ctx, t.org.id, t.agent.id, {
        customerId: t.customer.id,
        presentingIssue: 'Double charge',
        severity: 'high',
        companyAtFault: true,
      });
      assert.ok(opened.success);
      const small = await proposeConcession(ctx, t.org.id, t.agent.id, opened.data.case.id, {
        kind: 'refund',
        amountCents: 1_500,
      });
      assert.deepEqual(small.success && [small.data.status, small.data.requiresApproval], ['approved', false]);
      const big = await proposeConcession(ctx, t.org.id, t.agent.id, opened.data.case.id, {
        kind: 'refund',
        amountCents: 4_000,
      });
      assert.ok(big.success);
      assert.deepEqual(
        [big.data.status, big.data.recommendedMinCents, big.data.recommendedMaxCents],
        ['proposed', 2_500, 5_000],
      );
      const byAgent = await decideConcession(ctx, t.org.id, t.agent.id, big.data.id, 'approve');
      assert.deepEqual(byAgent.success ? null : byAgent.error.code, 'forbidden');
      const bySupervisor = await decideConcession(ctx, t.org.id, t.supervisor.id, big.data.id, 'approve');
      assert.deepEqual(bySupervisor.success && [bySupervisor.data.status, bySupervisor.data.approvedBy], [
        'approved',
        t.supervisor.id,
      ]);
      const again = await decideConcession(ctx, t.org.id, t.supervisor.id, big.data.id, 'reject');
      assert.deepEqual(again.success ? null : again.error.code, 'invalid_transition');
    });

    test(`[${backend.name}] R5 repeated concessions in 12 months step the advice down and flag expectation inflation`, async () => {
      const { ctx, clock } = testContext(store.db);
      const t = await seedOrg(store.db);
      for (let i = 0; i < 2; i += 1) {
        const c = await openCase(ctx, t.org.id, t.agent.id, {
          customerId: t.customer.id,
          presentingIssue: `Issue ${i}`,
          severity: 'high',
          companyAtFault: true,
        });
        assert.ok(c.success);
        assert.ok(
          (
            await proposeConcession(ctx, t.org.id, t.agent.id, c.data.case.id, {
              kind: 'service_credit',
              amountCents: 500,
            })
          ).success,
        );
        clock.advance(30 * 86_400_000);
      }
      const latest = await openCase(ctx, t.org.id, t.agent.id, {
        customerId: t.customer.id,
        presentingIssue: 'Again',
        severity: 'high',
        companyAtFault: true,
      });
      assert.ok(latest.success);
      assert.equal(latest.data.recurrence?.principle, 'P2');
      const advice = await adviseConcession(ctx, t.org.id, latest.data.case.id);
      assert.ok(advice.success);
      assert.deepEqual([advice.data.kind, advice.data.expectationInflationRisk], ['service_credit', true]);
    });

    test(`[${backend.name}] a negative amount is refused by name and nothing is written`, async () => {
      const { ctx } = testContext(store.db);
      const t = await seedOrg(store.db);
      const opened = await openCase(ctx, t.org.id, t.agent.id, {
        customerId: t.customer.id,
        presentingIssue: 'Broken item',
      });
      assert.ok(opened.success);
      const refused = await proposeConcession(ctx, t.org.id, t.agent.id, opened.data.case.id, {
        kind: 'refund',
        amountCents: -100,
      });
      assert.deepEqual(refused.success ? null : [refused.error.code, refused.error.path], [
        'invalid_input',
        'amountCents',
      ]);
      assert.deepEqual(await listCaseConcessions(store.db, t.org.id, opened.data.case.id), []);
    });
  });
}
