import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, type E2E, screenshot, startE2E } from './harness.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

test('a browser at / gets the app: not logged in → the log-in page, with strict CSP and no console errors', async () => {
  const page = await e2e.newPage();
  const response = await page.goto('/');
  const csp = response?.headers()['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  await page.waitForURL('**/login');
  await page.getByLabel('Email').waitFor();
  await screenshot(page, 'login');
  await checkA11y(page, 'login');
  // A wrong password says so, in the form.
  await page.getByLabel('Email').fill(e2e.product.emails.agent);
  await page.getByLabel(/^Password/).fill('not the password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Could not log in' }).waitFor();
  assert.deepEqual(
    e2e.errors.filter((e) => !e.includes('401')),
    [],
  );
  await page.context().close();
});

test('each role logs in and sees its name, org, role and the navigation its role allows; log out returns to log-in', async () => {
  const expected = {
    agent: ['Console', 'Promises', 'Cases', 'Conversations'],
    supervisor: ['Console', 'Promises', 'Cases', 'Conversations', 'Queue', 'Insights', 'Audit trail'],
    admin: ['Console', 'Promises', 'Cases', 'Conversations', 'Queue', 'Insights', 'Audit trail', 'Admin'],
  } as const;
  for (const role of ['agent', 'supervisor', 'admin'] as const) {
    const page = await e2e.newPage();
    await e2e.login(page, role);
    assert.equal(await page.getByTestId('me-role').textContent(), role[0]?.toUpperCase() + role.slice(1));
    assert.match((await page.getByTestId('me-org').textContent()) ?? '', /Demo Co/);
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    assert.deepEqual(await nav.allInnerTexts(), [...expected[role]]);
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL('**/login');
    // The session is gone on the server too: the console sends back to log-in.
    await page.goto('/');
    await page.waitForURL('**/login');
    await page.context().close();
  }
});

test('change my password from the header: the old one stops working, the new one logs in', async () => {
  const page = await e2e.newPage();
  await e2e.login(page, 'agent');
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change password' });
  const next = 'a much longer passphrase 2026';
  await dialog.getByLabel(/^Current password/).fill(e2e.product.password);
  await dialog.getByLabel(/^New password/).fill(next);
  await dialog.getByLabel(/^Repeat the new password/).fill(next);
  // The account menu closes with a transition; axe on a half-closed menu (no items left) reads a broken menu.
  await page.getByRole('menu').waitFor({ state: 'detached' });
  await checkA11y(page, 'change password');
  await dialog.getByRole('button', { name: 'Change password' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await page.waitForURL('**/login');
  await page.getByLabel('Email').fill(e2e.product.emails.agent);
  await page.getByLabel(/^Password/).fill(e2e.product.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('alert').filter({ hasText: 'Could not log in' }).waitFor();
  await page.getByLabel(/^Password/).fill(next);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('me-role').waitFor();
  await page.context().close();
});
