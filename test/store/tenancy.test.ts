import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { OpenedDatabase } from '../../src/store/database.ts';
import { findCase } from '../../src/store/repositories/case.repository.ts';
import { findCommitment, listCaseCommitments } from '../../src/store/repositories/commitment.repository.ts';
import { findCustomer } from '../../src/store/repositories/customer.repository.ts';
import { cases } from '../../src/store/schema/index.ts';
import { openCase, updateCaseDetails } from '../../src/services/case.service.ts';
import { transitionCase } from '../../src/services/case-transition.service.ts';
import { addCommitment, changeCommitment } from '../../src/services/commitment.service.ts';
import { adviseConcession, proposeConcession } from '../../src/services/concession.service.ts';
import { seedOrg, testContext } from './fixtures.ts';
import { backends, causedBy } from './harness.ts';
import { by, caseChange, caseInput, commitmentInput, concessionInput } from './inputs.ts';

for (const backend of await backends()) {
  describe(`[${backend.name}] tenancy`, { skip: backend.skipReason }, () => {
    let store: OpenedDatabase;
    before(async () => {
      store = await backend.open();
    });
    after(async () => {
      await store?.close();
    });

    test(`[${backend.name}] one org cannot read or change another org's rows`, async () => {
      const { ctx } = testContext(store.db);
      const a = await seedOrg(store.db);
      const b = await seedOrg(store.db);
      const opened = await openCase(
        ctx,
        by(a.org.id, a.agent.id),
        caseInput({
          customerId: a.customer.id,
          presentingIssue: 'Data leak worry',
          consentToDocument: true,
        }),
      );
      assert.ok(opened.success);
      const caseId = opened.data.case.id;
      const promise = await addCommitment(ctx, by(a.org.id, a.agent.id), {
        ...commitmentInput({
          kind: 'report_back',
          dueAt: '2025-03-10T09:00:00Z',
          contact: { email: 'pat@example.com' },
        }),
        caseId,
      });
      assert.ok(promise.success);

      // Reads through org B see nothing.
      assert.equal(await findCase(store.db, b.org.id, caseId), undefined);
      assert.equal(await findCustomer(store.db, b.org.id, a.customer.id), undefined);
      assert.equal(await findCommitment(store.db, b.org.id, promise.data.id), undefined);
      assert.deepEqual(await listCaseCommitments(store.db, b.org.id, caseId), []);

      // Every change through org B is not_found, and org A's rows are untouched.
      const attempts = [
        transitionCase(ctx, by(b.org.id, b.agent.id), { caseId: caseId, action: 'acknowledge' }),
        updateCaseDetails(ctx, by(b.org.id, b.agent.id), { ...caseChange({ severity: 'low' }), caseId }),
        addCommitment(ctx, by(b.org.id, b.agent.id), {
          ...commitmentInput({
            kind: 'report_back',
            dueAt: '2025-03-10T09:00:00Z',
            contact: { email: 'x@example.com' },
          }),
          caseId,
        }),
        changeCommitment(ctx, by(b.org.id, b.agent.id), {
          commitmentId: promise.data.id,
          action: 'complete',
          outcome: 'forged',
        }),
        proposeConcession(ctx, by(b.org.id, b.agent.id), {
          ...concessionInput({ kind: 'refund', amountCents: 100, reason: 'refund' }),
          caseId,
        }),
        adviseConcession(ctx, { orgId: b.org.id }, { caseId }),
        openCase(
          ctx,
          by(b.org.id, b.agent.id),
          caseInput({ customerId: a.customer.id, presentingIssue: 'borrowed customer' }),
        ),
        // An actor from org A acting inside org B is unknown there.
        transitionCase(ctx, by(b.org.id, a.agent.id), { caseId: caseId, action: 'acknowledge' }),
      ];
      for (const result of await Promise.all(attempts.map((p) => p))) {
        assert.equal(result.success, false);
        assert.equal(result.success ? '' : result.error.code, 'not_found');
      }
      const still = await findCase(store.db, a.org.id, caseId);
      assert.deepEqual([still?.state, still?.severity, still?.version], ['received', 'medium', 1]);
      assert.equal((await findCommitment(store.db, a.org.id, promise.data.id))?.state, 'open');
    });

    test(`[${backend.name}] the database itself refuses a row that points into another org`, async () => {
      const a = await seedOrg(store.db);
      const b = await seedOrg(store.db);
      await assert.rejects(
        store.db.insert(cases).values({
          orgId: b.org.id,
          customerId: a.customer.id,
          presentingIssue: 'x',
          receivedAt: new Date('2025-03-03T09:00:00Z'),
        }),
        causedBy(/foreign key/),
      );
    });
  });
}
