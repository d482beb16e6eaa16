// Issue #11 gaps in the browser: an agent reassigns the demo case to a teammate and its open promise goes with it; a
// supervisor hands a promise over with a note and sees colleagues by name (team directory); the admin edits a
// routing rule in the policy and reads it all back in the audit trail — each screen shot at 1280 and 1024, axe-checked.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkA11y, type E2E, screenshot, startE2E } from './harness.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/** Picks an option of a Mantine select by its label. */
async function pick(page: Page, label: string | RegExp, option: string | RegExp) {
  await page.getByLabel(label).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

const CASE = 'Internet drops every evening (demo case)';

test('reassign a case with its promise, hand a promise over, edit routing rules, read the audit trail', async () => {
  // 1. The agent hands the demo case to a teammate; the call-back they owned on it goes too.
  const agent = await e2e.newPage();
  await e2e.login(agent, 'agent');
  await agent.goto('/cases');
  await agent.getByRole('link', { name: CASE }).click();
  await agent.getByRole('heading', { name: CASE, level: 1 }).waitFor();
  assert.equal(await agent.getByTestId('case-owner').textContent(), 'You');
  await agent.getByRole('button', { name: 'Reassign…' }).click();
  const reassign = agent.getByRole('dialog', { name: 'Reassign the case' });
  await pick(agent, /^New owner/, /Sam Supervisor \(demo\)/);
  await reassign.getByText('These promises go with it').waitFor();
  await reassign.getByText(/^Call-back due/).waitFor();
  await screenshot(agent, 'case-reassign');
  await checkA11y(agent, 'case-reassign');
  await reassign.getByRole('button', { name: 'Reassign', exact: true }).click();
  await agent.getByText('Case reassigned to Sam Supervisor (demo)').first().waitFor();
  await agent.getByTestId('case-owner').filter({ hasText: 'Sam Supervisor (demo)' }).waitFor();
  await agent.getByRole('region', { name: 'Promises' }).getByText('Owner: Sam Supervisor (demo)').first().waitFor();
  await screenshot(agent, 'case-reassigned');
  await checkA11y(agent, 'case-reassigned');

  // 2. The supervisor, who now owns the call-back, hands it to the agent with a note; owners read as names.
  const supervisor = await e2e.newPage();
  await e2e.login(supervisor, 'supervisor');
  await supervisor.goto('/promises');
  await supervisor.getByRole('heading', { name: 'Promises', level: 1 }).waitFor();
  await supervisor.getByText('Everyone I supervise').click();
  await supervisor.getByRole('tab', { name: 'All open' }).click();
  const row = supervisor.getByRole('row').filter({ hasText: 'Confirm the engineer visit time' });
  await row.getByText('You').waitFor();
  await row.getByRole('button', { name: /^Hand over Call-back/ }).click();
  const dialog = supervisor.getByRole('dialog', { name: 'Hand over: Call-back' });
  await pick(supervisor, /^Hand it to/, /Alex Agent \(demo\)/);
  await dialog
    .getByLabel(/^Note for them/)
    .fill('Dana works from home: call after 6 pm, the engineer visit is Tuesday.');
  await screenshot(supervisor, 'promise-handover');
  await checkA11y(supervisor, 'promise-handover');
  await dialog.getByRole('button', { name: 'Hand over' }).click();
  await supervisor.getByText('Promise handed over').first().waitFor();
  await row.getByText('Alex Agent (demo)').waitFor();
  await screenshot(supervisor, 'promises-owners');
  await checkA11y(supervisor, 'promises-owners');
  // Supervisors read the case domain's audit trail from the navigation.
  await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
  await supervisor.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
  await supervisor.mouse.move(700, 500); // off the nav link: the shot and axe see the page, not a hover state
  await supervisor.getByText('You handed over the call-back').waitFor();
  await supervisor.getByText('Alex Agent (demo) changed the case').waitFor();
  await supervisor.getByText(/Changes to people, tokens, webhooks and policy are for admins/).waitFor();
  await screenshot(supervisor, 'audit-supervisor');
  await checkA11y(supervisor, 'audit-supervisor');

  // 3. The admin adds a routing rule: critical cases go to the supervisors of the team.
  const admin = await e2e.newPage();
  await e2e.login(admin, 'admin');
  await admin.goto('/admin/policy');
  await admin.getByRole('heading', { name: 'Routing rules' }).waitFor();
  await admin.getByText('No routing rule yet').waitFor();
  await admin.getByRole('button', { name: 'Add a rule' }).click();
  await admin.getByText('Give it a name.').waitFor();
  assert.equal(await admin.getByRole('button', { name: 'Save policy' }).isDisabled(), true, 'an unfinished rule');
  await admin.getByLabel(/^Rule 1 name/).fill('Critical cases to a supervisor');
  await pick(admin, /^Severity is one of/, 'Critical');
  await admin.keyboard.press('Escape');
  await pick(admin, /^Only people who are/, 'Supervisors');
  await admin.getByText('When severity is critical: to supervisors.').waitFor();
  await admin.getByText('1 unsaved change(s).').waitFor();
  await screenshot(admin, 'admin-routing-rules');
  await checkA11y(admin, 'admin-routing-rules');
  await admin.getByRole('button', { name: 'Save policy' }).click();
  await admin.getByText('Policy saved').first().waitFor();
  await admin.getByText('No unsaved change.').waitFor();

  // 4. The audit trail says who did what, newest first, and filters by action.
  await admin.getByText('Policy saved').waitFor({ state: 'hidden', timeout: 15_000 });
  await admin.getByRole('tab', { name: 'Audit trail' }).click();
  const trail = admin.getByRole('table');
  await trail.getByText('Sam Supervisor (demo) handed over the call-back').waitFor();
  await trail.getByText(/Dana works from home/).waitFor();
  await trail.getByText('Alex Agent (demo) changed the case').waitFor();
  await trail.getByText(/owner Alex Agent \(demo\) → Sam Supervisor \(demo\)/).waitFor();
  await screenshot(admin, 'admin-audit');
  await checkA11y(admin, 'admin-audit');
  await pick(admin, /^Action/, 'Handed over');
  // The hand-over that went with the case, and the one with a note.
  await admin.waitForFunction(() => document.querySelectorAll('tbody tr').length === 2);
  await trail.getByText('Alex Agent (demo) handed over the call-back').waitFor();
  await trail.getByText(/with the case/).waitFor();
  // One promise's whole history, from its row.
  await admin.getByRole('button', { name: 'Its history: every change to the call-back' }).first().click();
  await trail.getByText('Alex Agent (demo) created the call-back').waitFor();
  await admin.waitForFunction(() => document.querySelectorAll('tbody tr').length === 3);
  await admin.getByRole('link', { name: 'Open the case' }).first().click();
  await admin.getByRole('heading', { name: CASE, level: 1 }).waitFor();

  // 5. An admin resets a colleague's password (new password typed twice, the shared form), and it works.
  await admin.goto('/admin/users');
  await admin.getByRole('button', { name: 'Reset password… of Alex Agent (demo)' }).click();
  const reset = admin.getByRole('dialog', { name: 'Reset the password of Alex Agent (demo)' });
  await reset.getByLabel(/^New password/).fill('a brand new passphrase');
  await reset.getByLabel(/^Repeat the new password/).fill('a brand new typo');
  await reset.getByText('The two passwords differ.').waitFor();
  assert.equal(await reset.getByRole('button', { name: 'Reset password' }).isDisabled(), true);
  await reset.getByLabel(/^Repeat the new password/).fill('a brand new passphrase');
  await screenshot(admin, 'admin-reset-password');
  await checkA11y(admin, 'admin-reset-password');
  await reset.getByRole('button', { name: 'Reset password' }).click();
  await admin.getByText('Password reset').first().waitFor();
  const again = await e2e.newPage();
  await again.goto('/login');
  await again.getByLabel('Email').fill(e2e.product.emails.agent);
  await again.getByLabel(/^Password/).fill('a brand new passphrase');
  await again.getByRole('button', { name: 'Log in' }).click();
  await again.getByTestId('me-role').waitFor();

  assert.deepEqual(
    e2e.errors.filter((e) => !e.includes('401')),
    [],
  );
});
