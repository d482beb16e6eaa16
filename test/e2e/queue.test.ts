// Issue #11 (4): a supervisor sees the escalation live in the Queue and approves a concession in place.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, type E2E, screenshot, startE2E } from './harness.ts';
import { apiIn, liveTurns } from './in-page.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

interface Page<T> {
  items: T[];
}

test('a supervisor sees an abusive conversation arrive live and approves the concession waiting for them', async () => {
  const agent = await e2e.newPage();
  await e2e.login(agent, 'agent');
  const cases = await apiIn<Page<{ id: string; presentingIssue: string }>>(agent, 'GET', '/api/v1/cases');
  const demo = cases.items[0];
  assert.ok(demo, 'the demo case');
  // Above the demo org's $100 threshold: it waits for a supervisor (R5).
  const proposed = await apiIn<{ id: string; status: string; requiresApproval: boolean }>(
    agent,
    'POST',
    `/api/v1/cases/${demo.id}/concessions`,
    {
      kind: 'refund',
      amountCents: 15_000,
      reason: 'refund of the three evenings without service',
      requested: { kind: 'refund', amountCents: 15_000 },
    },
  );
  assert.equal(proposed.requiresApproval, true);

  const supervisor = await e2e.newPage();
  await e2e.login(supervisor, 'supervisor');
  await supervisor.goto('/queue');
  await supervisor.getByRole('heading', { name: 'Queue', level: 1 }).waitFor();
  await supervisor.getByTestId('live-status').filter({ hasText: 'Live' }).waitFor();

  // The agent's customer turns abusive on a live call: the supervisor's queue shows it without a reload.
  const conversationId = await liveTurns(agent, [
    { speaker: 'customer', text: 'You idiots cut my internet off AGAIN, this is the worst company ever!' },
  ]);
  // The live Abuse alert announces it; the call's end commits a conversation.abusive event, which arrives live too and
  // takes the live alert's place (one row per happening): abuse with B1–B3, never "Promise · F4".
  const stored = supervisor.getByTestId('live-alert').filter({ hasText: 'Abusive conversation' }).first();
  await stored.waitFor();
  assert.equal(
    await stored.getByRole('link', { name: 'Open' }).getAttribute('href'),
    `/conversations/${conversationId}`,
  );
  for (const id of ['B1', 'B2', 'B3']) await stored.getByText(id, { exact: true }).waitFor();
  assert.equal(await supervisor.getByTestId('live-alert').filter({ hasText: 'F4' }).count(), 0);
  assert.equal(await supervisor.getByTestId('live-alert').getByText('Abuse', { exact: true }).count(), 0);
  // Its toast likewise: the stored event's toast replaced the live one.
  await supervisor.getByText('Live: Abuse (B1, B2, B3)').waitFor({ state: 'detached' });

  // The waiting concession names its case, its reason and why it needs a supervisor.
  const pending = supervisor
    .getByTestId('pending-concession')
    .filter({ hasText: '$150.00' })
    .filter({ hasText: demo.presentingIssue })
    .filter({ hasText: 'refund of the three evenings without service' })
    .filter({ hasText: 'approval threshold' });
  await pending.waitFor();
  await screenshot(supervisor, 'queue');
  await checkA11y(supervisor, 'queue');

  await pending.getByRole('button', { name: /^Approve Refund of \$150\.00/ }).click();
  await supervisor.getByText('Concession approved').first().waitFor();
  await pending.waitFor({ state: 'detached' });
  const after = await apiIn<Page<{ id: string; status: string; approvedBy: string | null }>>(
    supervisor,
    'GET',
    `/api/v1/cases/${demo.id}/concessions`,
  );
  const decided = after.items.find((c) => c.id === proposed.id);
  assert.equal(decided?.status, 'approved');
  assert.ok(decided?.approvedBy);

  // The abusive conversation is also listed for later review, and opens turn by turn with its cues.
  await supervisor.reload();
  await supervisor.getByRole('region', { name: 'Abusive conversations' }).getByRole('link').first().click();
  await supervisor.waitForURL(`**/conversations/${conversationId}`);
  await supervisor.getByText('Abusive customer (B1–B3)').waitFor();
  // The only console errors allowed are the 401s of /me before each log-in.
  assert.deepEqual(
    e2e.errors.filter((e) => !e.includes('401')),
    [],
  );
});

test('a supervisor reads insights as charts, as tables, and downloads the numbers as CSV', async () => {
  const page = await e2e.newPage();
  await e2e.login(page, 'supervisor');
  await page.goto('/insights');
  await page.getByRole('heading', { name: 'QA by principle' }).waitFor();
  await page.getByRole('heading', { name: 'Complaints by root cause' }).waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'insights');
  await checkA11y(page, 'insights');
  const qa = page.getByRole('region', { name: 'QA by principle' });
  await qa.getByText('Table').click();
  await qa.getByRole('columnheader', { name: 'Met rate' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    qa.getByRole('button', { name: 'Download QA by principle as CSV' }).click(),
  ]);
  const path = await download.path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(path, 'utf8');
  assert.match(csv, /^Principle,Name,Met,Violated,n\/a,Met rate\r\n/);
  assert.match(csv, /\r\nR2,Never hide behind policy,/);
  await page.getByText('By agent', { exact: true }).click();
  await qa
    .getByText(/Alex Agent/)
    .first()
    .waitFor();
  await page.context().close();
});
