import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenedDatabase } from '../../src/store/database.ts';
import { listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { findCommitment } from '../../src/store/repositories/commitment.repository.ts';
import { findConversation } from '../../src/store/repositories/conversation.repository.ts';
import { openCase } from '../../src/services/case.service.ts';
import { addCommitment, changeCommitment, markOverdueMissed } from '../../src/services/commitment.service.ts';
import { storeConversation } from '../../src/services/conversation.service.ts';
import { seedOrg, testContext } from './fixtures.ts';
import { backends } from './harness.ts';
import { by, caseInput, commitmentInput } from './inputs.ts';
import { systemActorIn } from '../../src/services/context.ts';

for (const backend of await backends()) {
  describe(`[${backend.name}] commitments`, { skip: backend.skipReason }, () => {
    let store: OpenedDatabase;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
    });

    for (const [settings, minutes] of [
      [{}, 10],
      [{ chaserMinutes: 5 }, 5],
    ] as const) {
      test(`[${backend.name}] F5 a customer hang-up creates a Chaser due in ${minutes} minutes`, async () => {
        const { ctx } = testContext(store.db);
        const t = await seedOrg(store.db, settings);
        // The one door a hang-up comes through when a conversation is stored (the API's POST /conversations).
        const published: string[] = [];
        const stored = await storeConversation(
          { ...ctx, publish: async (event) => void published.push(event.type) },
          { ...by(t.org.id, t.agent.id), scope: undefined },
          {
            customerId: t.customer.id,
            conversation: {
              id: 'hang-up',
              turns: [{ speaker: 'customer', text: 'This is ridiculous!' }],
              events: [{ type: 'hangup', by: 'customer', afterTurn: 0 }],
            },
          },
        );
        assert.ok(stored.success);
        const chaser = stored.data.chasers[0];
        assert.deepEqual(
          [
            chaser?.kind,
            (chaser?.dueAt.getTime() ?? 0) - ctx.now().getTime(),
            chaser?.ownerId,
            chaser?.contact.phone,
            chaser?.source,
          ],
          ['chaser', minutes * 60_000, t.agent.id, '+1 555 0199', 'F5'],
        );
        const row = await findConversation(store.db, t.org.id, stored.data.conversation.id);
        assert.deepEqual([row?.hangup, row?.events.length], [true, 1]);
        assert.ok(published.includes('conversation.escalated'), 'the Chaser owed is announced');
      });
    }

    test(`[${backend.name}] F4 a promise is completed with its outcome, and the overdue sweep marks the rest missed`, async () => {
      const { ctx, clock } = testContext(store.db);
      const t = await seedOrg(store.db);
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({
          customerId: t.customer.id,
          presentingIssue: 'No engineer came',
        }),
      );
      assert.ok(opened.success);
      const due = new Date(clock.now().getTime() + 3_600_000).toISOString();
      const steps = {
        kind: 'corrective_step' as const,
        dueAt: due,
        steps: ['Book engineer for Tuesday'],
        peopleInvolved: ['Sam (dispatch)'],
      };
      const first = await addCommitment(ctx, by(t.org.id, t.agent.id), {
        ...commitmentInput(steps),
        caseId: opened.data.case.id,
      });
      const second = await addCommitment(ctx, by(t.org.id, t.agent.id), {
        ...commitmentInput(steps),
        caseId: opened.data.case.id,
      });
      assert.ok(first.success && second.success);
      assert.deepEqual([first.data.peopleInvolved, first.data.ownerId], [['Sam (dispatch)'], opened.data.case.ownerId]);
      const refused = await changeCommitment(ctx, by(t.org.id, t.agent.id), {
        commitmentId: first.data.id,
        action: 'complete',
      });
      assert.deepEqual(refused.success ? null : [refused.error.code, refused.error.path], ['invalid_input', 'outcome']);
      const completed = await changeCommitment(ctx, by(t.org.id, t.agent.id), {
        commitmentId: first.data.id,
        action: 'complete',
        outcome: 'Engineer booked, customer told',
      });
      assert.ok(completed.success);
      clock.advance(2 * 3_600_000);
      const swept = await markOverdueMissed(ctx, systemActorIn(t.org.id));
      assert.ok(swept.success);
      assert.deepEqual(
        swept.data.map((c) => c.id),
        [second.data.id],
      );
      assert.equal((await findCommitment(store.db, t.org.id, second.data.id))?.state, 'missed');
      const trail = await listAuditFor(store.db, t.org.id, 'commitment', second.data.id);
      assert.deepEqual(
        trail.map((e) => [e.action, e.actorId]),
        [
          ['created', t.agent.id],
          ['missed', null],
        ],
      );
    });
  });
}
