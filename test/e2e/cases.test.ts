// The agent's records: promises (complete a Chaser with its outcome), cases and a case page (add a note to its
// timeline), conversations and one conversation turn by turn — each screen shot at 1280 and 1024 and checked by axe.
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

test('an agent keeps a Chaser, reads and annotates a case, and reads a conversation with its QA', async () => {
  const page = await e2e.newPage();
  await e2e.login(page, 'agent');

  // Promises: the demo hang-up left a Chaser (F5); the agent keeps it and says what happened (F4).
  await page.goto('/promises');
  await page.getByRole('heading', { name: 'Promises', level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'All open' }).click();
  await page
    .getByRole('cell', { name: /Call-back/ })
    .first()
    .waitFor();
  await screenshot(page, 'promises');
  await checkA11y(page, 'promises');
  // The demo Chaser's customer left only an e-mail: the row says how to reach them before anyone tries to ring.
  assert.match(
    (await page.getByTestId('no-phone').first().textContent()) ?? '',
    /^No phone number on record: e-mail them, or ask for a number$/,
  );
  await page.getByRole('tab', { name: 'Chasers owed' }).click();
  await page.getByRole('button', { name: /^Complete Chaser call-back/ }).click();
  await page.getByLabel(/^Outcome/).fill('Called Robin back: the duplicate March charge is being refunded today.');
  await page.getByRole('button', { name: 'Mark as kept' }).click();
  await page.getByText('Promise kept').first().waitFor();
  await page.getByRole('tab', { name: 'Done' }).click();
  await page.getByText('Outcome: Called Robin back').waitFor();

  // Cases: the list, then the demo case with its complaint, QA, promises, and a note added to its timeline.
  await page.goto('/cases');
  const link = page.getByRole('link', { name: 'Internet drops every evening (demo case)' });
  await link.waitFor();
  await screenshot(page, 'cases');
  await checkA11y(page, 'cases');
  await link.click();
  await page.getByRole('heading', { name: 'Internet drops every evening (demo case)', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'QA scorecard' }).waitFor();
  await page.getByLabel('Add a note').fill('Customer prefers a call after 6 pm.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.getByText('Customer prefers a call after 6 pm.').waitFor();
  await page
    .getByText(/added a note/)
    .first()
    .waitFor();
  // The case from its top (adding the note scrolled to the note box).
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await screenshot(page, 'case');
  await checkA11y(page, 'case');
  // An evidence turn in the case's scorecard opens the conversation on that turn.
  await page.getByRole('link', { name: '#4' }).first().click();
  await page.waitForURL('**/conversations/*#turn-3');
  await page.waitForFunction(() => document.activeElement?.id === 'turn-3');

  // Conversations: search finds the dropped call by what was said; it opens turn by turn with its cues and QA.
  await page.goto('/conversations');
  await page.getByRole('link', { name: /Robin Sample/ }).waitFor();
  await screenshot(page, 'conversations');
  await checkA11y(page, 'conversations');
  await page.getByLabel('Search').fill('billing policy');
  await page.waitForURL(/q=billing/);
  await page.getByRole('link', { name: /Dana Demo/ }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: /Robin Sample/ }).click();
  await page.getByText('Customer hung up (F5)').waitFor();
  await page.getByRole('heading', { name: 'QA scorecard' }).waitFor();
  // F5: the customer hung up and nobody called back yet — violated, with its reason.
  const f5 = page.getByRole('row').filter({ has: page.locator('abbr', { hasText: /^F5$/ }) });
  await f5.getByText('Violated').waitFor();
  await f5.getByText('no call back after the hang-up').waitFor();
  await screenshot(page, 'conversation');
  await checkA11y(page, 'conversation');
  assert.deepEqual(
    e2e.errors.filter((e) => !e.includes('401')),
    [],
  );
});
