// Issue #11 (5): the admin adds a webhook in the browser, sends a test event and sees it delivered in the log (signed,
// received by a real local endpoint); the other admin screens are shot and checked by axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Receiver, startReceiver } from '../server/receiver.ts';
import { checkA11y, type E2E, screenshot, startE2E } from './harness.ts';

let e2e: E2E;
let receiver: Receiver;
before(async () => {
  receiver = await startReceiver();
  e2e = await startE2E({ DEFUSE_SCHEDULER_INTERVAL_MS: '500' });
});
after(async () => {
  await e2e?.close();
  await receiver?.close();
});

test('the admin adds a webhook, copies its secret once, sends a test event and sees its delivery', async () => {
  const page = await e2e.newPage();
  await e2e.login(page, 'admin');
  await page.goto('/admin/webhooks');
  await page.getByRole('tab', { name: 'Webhooks', selected: true }).waitFor();
  await page.getByLabel('Endpoint URL').fill(receiver.url);
  await page.getByRole('button', { name: 'Add webhook' }).click();
  const secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
  assert.match(secret, /^whsec_/);
  receiver.setSecret(secret);
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await page.getByRole('cell', { name: receiver.url }).first().waitFor();

  await page.getByRole('button', { name: 'Send a test event' }).click();
  const row = page.getByTestId('deliveries').getByRole('row').filter({ hasText: 'webhook.test' });
  await row.filter({ hasText: 'Delivered' }).waitFor({ timeout: 30_000 });
  const got = receiver.received.find((r) => r.event === 'webhook.test');
  assert.ok(got, 'the endpoint received the test event');
  assert.equal(got.signatureValid, true, 'signed with the secret shown once');
  await row.getByRole('button', { name: 'Details' }).click();
  await page.getByText('defuse-delivery-id').waitFor();
  await screenshot(page, 'admin-webhooks');
  await checkA11y(page, 'admin-webhooks');

  // Redeliver sends the same delivery again (same id: receivers drop the repeat).
  await row.getByRole('button', { name: 'Redeliver webhook.test' }).click();
  await page.getByText('Queued to send again').first().waitFor();
  const deadline = Date.now() + 20_000;
  while (receiver.received.filter((r) => r.event === 'webhook.test').length < 2 && Date.now() < deadline)
    await page.waitForTimeout(200);
  const tests = receiver.received.filter((r) => r.event === 'webhook.test');
  assert.equal(tests.length, 2);
  assert.equal(tests[0]?.deliveryId, tests[1]?.deliveryId);

  for (const [tab, name, ready] of [
    ['Users and teams', 'admin-users', 'Add a user…'],
    ['API tokens', 'admin-tokens', 'Create token'],
    ['Policy', 'admin-policy', 'Save policy'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('button', { name: ready }).waitFor();
    await screenshot(page, name);
    await checkA11y(page, name);
  }
  // A token is shown once, then only its name.
  await page.getByRole('tab', { name: 'API tokens' }).click();
  await page.getByLabel('Token name').fill('Telephony pipeline');
  await page.getByRole('button', { name: 'Create token' }).click();
  assert.match((await page.getByTestId('new-token').textContent()) ?? '', /^dfs_/);
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await page.getByRole('cell', { name: 'Telephony pipeline', exact: true }).waitFor();
  await page.getByTestId('new-token').waitFor({ state: 'detached' });
  assert.deepEqual(
    e2e.errors.filter((e) => !e.includes('401')),
    [],
  );
});
