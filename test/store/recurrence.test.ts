import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenedDatabase } from '../../src/store/database.ts';
import { insertRootCause } from '../../src/store/repositories/root-cause.repository.ts';
import { openCase } from '../../src/services/case.service.ts';
import { findRootCauseSpikesForOrg } from '../../src/services/insights.service.ts';
import { seedOrg, testContext } from './fixtures.ts';
import { backends } from './harness.ts';
import { by, caseInput } from './inputs.ts';
import { systemActorIn } from '../../src/services/context.ts';

const DAY = 86_400_000;

for (const backend of await backends()) {
  describe(`[${backend.name}] recurrence and learning`, { skip: backend.skipReason }, () => {
    let store: OpenedDatabase;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
    });

    test(`[${backend.name}] P2 the same customer with a new case within 90 days is flagged, after 90 days it is not`, async () => {
      const { ctx, clock } = testContext(store.db);
      const t = await seedOrg(store.db);
      const first = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({ customerId: t.customer.id, presentingIssue: 'First' }),
      );
      assert.ok(first.success);
      assert.equal(first.data.recurrence, null);
      clock.advance(40 * DAY);
      const second = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'Second',
        }),
      );
      assert.deepEqual(second.success && [second.data.recurrence?.previousCaseId, second.data.recurrence?.daysSince], [
        first.data.case.id,
        40,
      ]);
      clock.advance(91 * DAY);
      const third = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({ customerId: t.customer.id, presentingIssue: 'Third' }),
      );
      assert.deepEqual(third.success && third.data.recurrence, null);
    });

    test(`[${backend.name}] P3 a root cause whose weekly count jumps is flagged`, async () => {
      const { ctx, clock } = testContext(store.db, new Date('2025-02-03T10:00:00Z'));
      const t = await seedOrg(store.db);
      const now = clock.now();
      const billing = await insertRootCause(store.db, t.org.id, {
        name: 'Billing run',
        createdAt: now,
        updatedAt: now,
      });
      const steady = await insertRootCause(store.db, t.org.id, { name: 'Courier', createdAt: now, updatedAt: now });
      // Four quiet weeks (billing 1 a week, courier 3 a week), then billing jumps to 5.
      const plan: [number, string, number][] = [0, 1, 2, 3].flatMap(
        (w) =>
          [
            [w, billing.id, 1],
            [w, steady.id, 3],
          ] as [number, string, number][],
      );
      plan.push([4, billing.id, 5], [4, steady.id, 3]);
      for (const [week, rootCauseId, count] of plan) {
        for (let i = 0; i < count; i += 1) {
          clock.set(new Date(now.getTime() + week * 7 * DAY + i * 3_600_000));
          assert.ok(
            (
              await openCase(
                ctx,
                systemActorIn(t.org.id),
                caseInput({ customerId: t.customer.id, presentingIssue: 'x', rootCauseId }),
              )
            ).success,
          );
        }
      }
      const spikes = await findRootCauseSpikesForOrg(ctx, { orgId: t.org.id });
      assert.ok(spikes.success);
      assert.deepEqual(
        spikes.data.map((s) => [s.rootCauseId, s.count, s.baseline, s.principle]),
        [[billing.id, 5, 1, 'P3']],
      );
    });
  });
}
