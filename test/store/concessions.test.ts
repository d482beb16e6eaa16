import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenedDatabase } from '../../src/store/database.ts';
import { listCaseConcessions, listConcessionsByStatus } from '../../src/store/repositories/concession.repository.ts';
import { openCase } from '../../src/services/case.service.ts';
import { adviseConcession, decideConcession, proposeConcession } from '../../src/services/concession.service.ts';
import { seedOrg, testContext } from './fixtures.ts';
import { backends } from './harness.ts';
import { atTheEdge, by, caseInput, concessionInput } from './inputs.ts';
import { proposeConcessionSchema } from '../../src/core/cases/case-input.ts';

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
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'Outage',
          severity: 'medium',
          companyAtFault: true,
        }),
      );
      assert.ok(opened.success);
      const advice = await adviseConcession(ctx, { orgId: t.org.id }, { caseId: opened.data.case.id });
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
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'Double charge',
          severity: 'high',
          companyAtFault: true,
        }),
      );
      assert.ok(opened.success);
      const small = await proposeConcession(ctx, by(t.org.id, t.agent.id), {
        ...concessionInput({
          kind: 'refund',
          amountCents: 1_500,
          reason: 'partial refund for the double charge',
        }),
        caseId: opened.data.case.id,
      });
      assert.deepEqual(small.success && [small.data.status, small.data.requiresApproval], ['approved', false]);
      const big = await proposeConcession(ctx, by(t.org.id, t.agent.id), {
        ...concessionInput({
          kind: 'refund',
          amountCents: 4_000,
          reason: 'refund of the rest of the double charge',
        }),
        caseId: opened.data.case.id,
      });
      assert.ok(big.success);
      assert.deepEqual(
        [big.data.status, big.data.recommendedMinCents, big.data.recommendedMaxCents],
        ['proposed', 2_500, 5_000],
      );
      const byAgent = await decideConcession(ctx, by(t.org.id, t.agent.id), {
        concessionId: big.data.id,
        decision: 'approve',
      });
      assert.deepEqual(byAgent.success ? null : byAgent.error.code, 'forbidden');
      const bySupervisor = await decideConcession(ctx, by(t.org.id, t.supervisor.id), {
        concessionId: big.data.id,
        decision: 'approve',
      });
      assert.deepEqual(bySupervisor.success && [bySupervisor.data.status, bySupervisor.data.approvedBy], [
        'approved',
        t.supervisor.id,
      ]);
      const again = await decideConcession(ctx, by(t.org.id, t.supervisor.id), {
        concessionId: big.data.id,
        decision: 'reject',
      });
      assert.deepEqual(again.success ? null : again.error.code, 'invalid_transition');
    });

    test(`[${backend.name}] R5 repeated concessions in 12 months step the advice down and flag expectation inflation`, async () => {
      const { ctx, clock } = testContext(store.db);
      const t = await seedOrg(store.db);
      for (let i = 0; i < 2; i += 1) {
        const c = await openCase(
          ctx,
          by(t.org.id, t.agent.id),
          caseInput({
            customerId: t.customer.id,
            presentingIssue: `Issue ${i}`,
            severity: 'high',
            companyAtFault: true,
          }),
        );
        assert.ok(c.success);
        assert.ok(
          (
            await proposeConcession(ctx, by(t.org.id, t.agent.id), {
              ...concessionInput({
                kind: 'service_credit',
                amountCents: 500,
                reason: 'credit for the outage',
              }),
              caseId: c.data.case.id,
            })
          ).success,
        );
        clock.advance(30 * 86_400_000);
      }
      const latest = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'Again',
          severity: 'high',
          companyAtFault: true,
        }),
      );
      assert.ok(latest.success);
      assert.equal(latest.data.recurrence?.principle, 'P2');
      const advice = await adviseConcession(ctx, { orgId: t.org.id }, { caseId: latest.data.case.id });
      assert.ok(advice.success);
      assert.deepEqual([advice.data.kind, advice.data.expectationInflationRisk], ['service_credit', true]);
    });

    test(`[${backend.name}] R5 the threshold applies to the case total: 89.99 approved then 35.00 waits, and says why`, async () => {
      const { ctx, clock } = testContext(store.db);
      const t = await seedOrg(store.db, { concessionApprovalThresholdCents: 10_000 });
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'Charged twice for November',
          severity: 'medium',
          companyAtFault: true,
        }),
      );
      assert.ok(opened.success);
      const caseId = opened.data.case.id;
      const propose = (kind: 'refund' | 'goodwill', amountCents: number, reason: string) =>
        proposeConcession(ctx, by(t.org.id, t.agent.id), { ...concessionInput({ kind, amountCents, reason }), caseId });
      const refund = await propose('refund', 8_999, 'the duplicate November charge back');
      assert.ok(refund.success);
      assert.deepEqual(
        [refund.data.status, refund.data.approvalReason, refund.data.reason],
        ['approved', null, 'the duplicate November charge back'],
      );
      clock.advance(1_000);
      const goodwill = await propose('goodwill', 3_500, 'for the hours on the phone');
      assert.ok(goodwill.success);
      assert.deepEqual([goodwill.data.status, goodwill.data.requiresApproval], ['proposed', true]);
      assert.equal(
        goodwill.data.approvalReason,
        'with 89.99 USD approved and 0.00 USD waiting on this case, the total 124.99 USD is above the 100.00 USD approval threshold: a supervisor must approve it (R5)',
      );
      // What is waiting counts too: a further 1.00 waits as well.
      clock.advance(1_000);
      const small = await propose('goodwill', 100, 'a token');
      assert.ok(small.success);
      assert.equal(small.data.status, 'proposed');
      assert.match(small.data.approvalReason ?? '', /89\.99 USD approved and 35\.00 USD waiting/);
      // The supervisors' queue lists the two waiting, oldest first, one page at a time.
      const first = await listConcessionsByStatus(store.db, t.org.id, 'proposed', { limit: 1 });
      assert.deepEqual(
        first.items.map((c) => c.id),
        [goodwill.data.id],
      );
      const second = await listConcessionsByStatus(store.db, t.org.id, 'proposed', {
        limit: 1,
        cursor: first.nextCursor!,
      });
      assert.deepEqual(
        second.items.map((c) => c.id),
        [small.data.id],
      );
      assert.equal(second.nextCursor, null);
      // A missing reason is refused by name, at the edge.
      const bare = await atTheEdge(proposeConcessionSchema, { kind: 'refund', amountCents: 1 }, (input) =>
        proposeConcession(ctx, by(t.org.id, t.agent.id), { ...input, caseId }),
      );
      assert.deepEqual(bare.success ? null : [bare.error.code, bare.error.path], ['invalid_input', 'reason']);
    });

    test(`[${backend.name}] R5 a wrongful charge asked back is recommended in full, goodwill on top by value (V1)`, async () => {
      const { ctx } = testContext(store.db);
      const t = await seedOrg(store.db, {}, { monthlyRevenueCents: 5_000, lifetimeRevenueCents: 60_000 });
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'Charged twice',
          companyAtFault: true,
        }),
      );
      assert.ok(opened.success);
      const advice = await adviseConcession(
        ctx,
        { orgId: t.org.id },
        { caseId: opened.data.case.id, requested: { kind: 'refund', amountCents: 8_999 } },
      );
      assert.ok(advice.success);
      assert.deepEqual(
        [advice.data.kind, advice.data.restitutionCents, advice.data.minCents, advice.data.maxCents],
        ['refund', 8_999, 8_999, 9_499],
      );
      assert.deepEqual(
        advice.data.factors.map((f) => f.factor),
        ['restitution', 'value', 'retention', 'history', 'severity', 'goodwill'],
      );
      // Stated outright, with nothing requested: still the full amount.
      const stated = await adviseConcession(
        ctx,
        { orgId: t.org.id },
        { caseId: opened.data.case.id, wrongfulChargeCents: 8_999 },
      );
      assert.ok(stated.success && stated.data.restitutionCents === 8_999 && stated.data.minCents >= 8_999);
    });

    test(`[${backend.name}] a negative amount is refused by name and nothing is written`, async () => {
      const { ctx } = testContext(store.db);
      const t = await seedOrg(store.db);
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'Broken item',
        }),
      );
      assert.ok(opened.success);
      const refused = await atTheEdge(
        proposeConcessionSchema,
        { kind: 'refund', amountCents: -100, reason: 'refund' },
        (input) => proposeConcession(ctx, by(t.org.id, t.agent.id), { ...input, caseId: opened.data.case.id }),
      );
      assert.deepEqual(refused.success ? null : [refused.error.code, refused.error.path], [
        'invalid_input',
        'amountCents',
      ]);
      assert.deepEqual(await listCaseConcessions(store.db, t.org.id, opened.data.case.id), []);
    });
  });
}
