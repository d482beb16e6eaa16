import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import type { OpenedDatabase } from '../../src/store/database.ts';
import { appendAudit, listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { updateCase } from '../../src/store/repositories/case.repository.ts';
import { listCaseCommitments, type CommitmentRow } from '../../src/store/repositories/commitment.repository.ts';
import { listPromisesOwingNotice } from '../../src/store/repositories/promise-clock.repository.ts';
import { openCase } from '../../src/services/case.service.ts';
import { transitionCase } from '../../src/services/case-transition.service.ts';
import { addCommitment, markOverdueMissed } from '../../src/services/commitment.service.ts';
import { createMissingFollowUps } from '../../src/services/follow-up.service.ts';
import { seedOrg, testContext } from './fixtures.ts';
import { backends } from './harness.ts';
import { by, caseInput, commitmentInput } from './inputs.ts';
import { SYSTEM } from '../../src/services/context.ts';

/** A commitment without what differs between two rows by construction (ids and the case it belongs to). */
const comparable = ({ id: _id, caseId: _caseId, ...rest }: CommitmentRow) => rest;

for (const backend of await backends()) {
  describe(`[${backend.name}] F6 follow-up and the overdue rule`, { skip: backend.skipReason }, () => {
    let store: OpenedDatabase;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
    });

    test(`[${backend.name}] F6 the follow-up created by a close and by the sweep after a crashed close are identical`, async () => {
      const { ctx } = testContext(store.db);
      const t = await seedOrg(store.db, { supervisorFollowUpHours: 48 });
      const open = async (issue: string) => {
        const opened = await openCase(
          ctx,
          by(t.org.id, t.agent.id),
          caseInput({ customerId: t.customer.id, presentingIssue: issue }),
        );
        assert.ok(opened.success);
        return opened.data.case;
      };
      const byClose = await open('Closed through the API');
      const bySweep = await open('Closed by a request that crashed before its follow-up');
      const closed = await transitionCase(ctx, by(t.org.id, t.agent.id), { caseId: byClose.id, action: 'close' });
      assert.ok(closed.success);
      // The crashed close: the case row says closed unresolved, and nothing else was written.
      await updateCase(store.db, t.org.id, bySweep.id, bySweep.version, {
        state: 'closed',
        outcome: 'unresolved',
        closedAt: ctx.now(),
        updatedAt: ctx.now(),
      });
      const swept = await createMissingFollowUps(ctx, SYSTEM);
      assert.ok(swept.success);
      assert.deepEqual(
        swept.data.map((c) => c.caseId),
        [bySweep.id],
      );
      const [fromClose] = await listCaseCommitments(store.db, t.org.id, byClose.id);
      const [fromSweep] = await listCaseCommitments(store.db, t.org.id, bySweep.id);
      assert.ok(fromClose && fromSweep);
      assert.deepEqual(comparable(fromSweep), comparable(fromClose));
      assert.deepEqual(
        [fromSweep.kind, fromSweep.source, fromSweep.ownerId, fromSweep.contact.phone],
        ['supervisor_follow_up', 'F6', t.supervisor.id, t.customer.phone],
      );
      assert.equal(fromSweep.dueAt.getTime() - ctx.now().getTime(), 48 * 3_600_000);
      const audit = async (c: CommitmentRow) =>
        (await listAuditFor(store.db, t.org.id, 'commitment', c.id)).map((e) => ({
          action: e.action,
          after: { ...e.after, id: undefined, caseId: undefined },
        }));
      assert.deepEqual(await audit(fromSweep), await audit(fromClose));
      const again = await createMissingFollowUps(ctx, SYSTEM);
      assert.ok(again.success);
      assert.deepEqual(again.data, [], 'a second sweep adds none');
      assert.equal((await listCaseCommitments(store.db, t.org.id, bySweep.id)).length, 1);
    });

    test(`[${backend.name}] F4 the overdue rule marks a promise missed only once it is past the grace`, async () => {
      const { ctx, clock } = testContext(store.db);
      const t = await seedOrg(store.db);
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({ customerId: t.customer.id, presentingIssue: 'Late' }),
      );
      assert.ok(opened.success);
      const closed = await transitionCase(ctx, by(t.org.id, t.agent.id), {
        caseId: opened.data.case.id,
        action: 'close',
      });
      assert.ok(closed.success);
      const [followUp] = closed.data.commitments;
      assert.ok(followUp);
      const grace = 24 * 3_600_000;
      clock.set(new Date(followUp.dueAt.getTime() + grace - 1000));
      const early = await markOverdueMissed(ctx, SYSTEM, { graceMs: grace });
      assert.ok(early.success);
      assert.ok(!early.data.some((c) => c.id === followUp.id), 'overdue but within the grace: still open');
      clock.advance(2000);
      const late = await markOverdueMissed(ctx, SYSTEM, { graceMs: grace });
      assert.ok(late.success);
      assert.ok(late.data.some((c) => c.id === followUp.id));
      const trail = await listAuditFor(store.db, t.org.id, 'commitment', followUp.id);
      assert.deepEqual(
        trail.map((e) => [e.action, e.actorId]),
        [
          ['created', t.agent.id],
          ['missed', null],
        ],
      );
    });

    test(`[${backend.name}] F1 reminders and escalations marked only in the audit trail (before 0008) are not sent again`, async () => {
      const { ctx, clock } = testContext(store.db);
      const t = await seedOrg(store.db);
      const opened = await openCase(
        ctx,
        by(t.org.id, t.agent.id),
        caseInput({ customerId: t.customer.id, presentingIssue: 'Old' }),
      );
      assert.ok(opened.success);
      const dueAt = new Date(clock.now().getTime() + 3_600_000);
      const added = await addCommitment(ctx, by(t.org.id, t.agent.id), {
        ...commitmentInput({
          kind: 'corrective_step',
          dueAt: dueAt.toISOString(),
          steps: ['Refund'],
        }),
        caseId: opened.data.case.id,
      });
      assert.ok(added.success);
      clock.set(new Date(dueAt.getTime() + 60_000));
      const owing = async () =>
        (await listPromisesOwingNotice(store.db, clock.now(), clock.now(), 500))
          .filter((r) => r.commitment.id === added.data.id)
          .map((r) => [r.needsReminder, r.needsEscalation]);
      assert.deepEqual(await owing(), [[true, true]]);
      await appendAudit(store.db, t.org.id, [
        {
          entity: 'commitment',
          entityId: added.data.id,
          action: 'reminder_sent',
          actorId: null,
          at: clock.now(),
          after: { dueAtMs: dueAt.getTime() },
        },
        {
          entity: 'commitment',
          entityId: added.data.id,
          action: 'overdue_escalated',
          actorId: null,
          at: clock.now(),
          after: { dueAtMs: dueAt.getTime() },
        },
      ]);
      const backfill = readFileSync(
        new URL('../../src/store/migrations/0008_backfill_commitment_notices.sql', import.meta.url),
        'utf8',
      );
      await store.db.execute(sql.raw(backfill));
      assert.deepEqual(await owing(), []);
    });
  });
}
