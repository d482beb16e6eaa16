import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizePromises, summarizeQa, summarizeRecurrence } from '../../src/core/insights/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { createServerContext } from '../../src/server/server-context.ts';
import { seedDemoIfEmpty } from '../../src/services/demo-seed.service.ts';
import { backends } from '../store/harness.ts';
import { testConfig } from './helpers.ts';

test('insights aggregations: promises kept (F4), QA by principle, recurrence (P2)', () => {
  const now = new Date('2030-01-10T00:00:00Z');
  const at = (day: number) => new Date(`2030-01-0${day}T00:00:00Z`);
  const promises = summarizePromises(
    [
      { kind: 'callback', state: 'done', dueAt: at(2), completedAt: at(1) },
      { kind: 'callback', state: 'done', dueAt: at(2), completedAt: at(3) },
      { kind: 'chaser', state: 'open', dueAt: at(4), completedAt: null },
      { kind: 'chaser', state: 'waived', dueAt: at(4), completedAt: null },
      { kind: 'callback', state: 'open', dueAt: new Date('2030-02-01T00:00:00Z'), completedAt: null },
    ],
    now,
  );
  assert.deepEqual(promises.overall, { due: 4, keptOnTime: 1, keptLate: 1, broken: 1, waived: 1, keptRate: 0.333 });
  assert.equal(promises.byKind.chaser?.broken, 1);
  const qa = summarizeQa([
    { L1: 'met', R2: 'violated' },
    { L1: 'violated', R2: 'n/a' },
  ]);
  assert.deepEqual(
    qa.find((r) => r.principle === 'L1'),
    { principle: 'L1', met: 1, violated: 1, notApplicable: 0, metRate: 0.5 },
  );
  assert.equal(qa.find((r) => r.principle === 'R2')?.metRate, 0);
  const recurrence = summarizeRecurrence(
    [
      { customerId: 'a', receivedAt: at(1), rootCauseId: null },
      { customerId: 'a', receivedAt: at(5), rootCauseId: null },
      { customerId: 'b', receivedAt: at(5), rootCauseId: null },
    ],
    3,
  );
  assert.equal(recurrence.repeatCases, 0, 'four days apart is outside a three-day window');
  assert.equal(
    summarizeRecurrence(
      [
        { customerId: 'a', receivedAt: at(1), rootCauseId: null },
        { customerId: 'a', receivedAt: at(2), rootCauseId: null },
      ],
      3,
    ).repeatCases,
    1,
  );
});

for (const backend of await backends()) {
  test(`[${backend.name}] first start seeds a labelled demo org once; its data feeds the insights`, {
    skip: backend.skipReason,
  }, async (t) => {
    const store = await backend.open();
    const ctx = createServerContext(testConfig(), store);
    const app = await buildApp({ ctx });
    t.after(async () => {
      await app.close();
      await store.close();
    });
    const demo = await seedDemoIfEmpty(ctx);
    assert.ok(demo);
    assert.match(demo.org, /sample data/);
    assert.equal(await seedDemoIfEmpty(ctx), null, 'only on an empty database');

    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: demo.emails.supervisor, password: demo.password },
    });
    assert.equal(login.statusCode, 200);
    const cookie = `defuse_session=${login.cookies.find((c) => c.name === 'defuse_session')!.value}`;
    const get = async (url: string) => {
      const response = await app.inject({ method: 'GET', url, headers: { cookie } });
      assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
      return JSON.parse(response.body);
    };
    const cases = await get('/api/v1/cases');
    assert.equal(cases.items.length, 1);
    assert.match(cases.items[0].presentingIssue, /demo case/);
    const promises = await get('/api/v1/commitments');
    assert.deepEqual(
      promises.items.map((c: { kind: string }) => c.kind).sort(),
      ['callback', 'chaser'],
      'the dropped demo call owes a Chaser (F5)',
    );
    const customers = await get('/api/v1/customers');
    assert.ok(
      customers.items.every(
        (c: { name: string; attributes: { demo?: boolean } }) =>
          /sample customer/.test(c.name) && c.attributes.demo === true,
      ),
    );

    const qa = await get('/api/v1/insights/qa');
    assert.equal(qa.conversations, 2);
    assert.ok(
      qa.principles.some((p: { principle: string; violated: number }) => p.principle === 'F5' && p.violated === 1),
      'the dropped demo call was not chased yet (F5)',
    );
    const anger = await get('/api/v1/insights/anger');
    assert.equal(anger.conversations, 2);
    assert.equal((await get('/api/v1/insights/recurrence')).cases, 1);
    assert.equal((await get('/api/v1/insights/promises')).overall.due, 0, 'nothing has come due yet');
    assert.equal((await get('/api/v1/insights/root-causes')).rootCauses[0].name, 'unassigned');
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/v1/insights/qa?days=0', headers: { cookie } })).statusCode,
      400,
    );
  });
}
