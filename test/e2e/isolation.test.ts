// Issue #11 (6): another organization's user sees none of the demo org's cases, conversations, promises, approvals,
// webhooks, users or insights — on every screen, and by direct links to the demo org's records.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type E2E, startE2E } from './harness.ts';
import { apiIn } from './in-page.ts';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const DEMO_MARKERS = [
  'Dana Demo',
  'Robin Sample',
  'Internet drops every evening',
  'demo.defuse.test',
  'hooks.demo.example',
];

test("another organization's admin sees none of the demo organization's data", async () => {
  // The demo org: a pending concession and a webhook beside its seeded cases, conversations and promises.
  const demoAdmin = await e2e.newPage();
  await e2e.login(demoAdmin, 'admin');
  const cases = await apiIn<{ items: { id: string; conversationId: string | null }[] }>(
    demoAdmin,
    'GET',
    '/api/v1/cases',
  );
  const demoCase = cases.items[0];
  assert.ok(demoCase?.conversationId);
  await apiIn(demoAdmin, 'POST', `/api/v1/cases/${demoCase.id}/concessions`, {
    kind: 'goodwill',
    amountCents: 20_000,
    reason: 'a week of evenings without service',
  });
  await apiIn(demoAdmin, 'POST', '/api/v1/webhooks', { url: 'https://hooks.demo.example/defuse' });
  // The demo admin is an instance admin: it adds a second tenant to the running instance.
  const password = 'initech admin password';
  await apiIn(demoAdmin, 'POST', '/api/v1/orgs', {
    name: 'Initech',
    admin: { email: 'boss@initech.example', password, name: 'Bill Initech' },
  });

  const page = await e2e.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill('boss@initech.example');
  await page.getByLabel(/^Password\b/).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('me-org').filter({ hasText: 'Initech' }).waitFor();

  const screens: [string, string][] = [
    ['/promises', 'Nothing is due by the end of today.'],
    ['/cases', 'No cases yet.'],
    [`/cases/${demoCase.id}`, 'No such case.'],
    ['/conversations', 'No conversations yet.'],
    [`/conversations/${demoCase.conversationId}`, 'No such conversation.'],
    ['/queue', 'Nothing to approve.'],
    ['/insights', 'No case received in the last 6 weeks.'],
    ['/admin/webhooks', 'No webhook yet.'],
    ['/admin/users', 'Bill Initech'],
  ];
  for (const [path, shown] of screens) {
    await page.goto(path);
    await page.getByText(shown).first().waitFor();
    await page.waitForLoadState('networkidle');
    const text = (await page.locator('body').textContent()) ?? '';
    for (const marker of DEMO_MARKERS) assert.ok(!text.includes(marker), `${path} shows "${marker}"`);
  }
  // The API answers the other org's ids as unknown (404), never forbidden.
  const status = await page.evaluate(async (id) => (await fetch(`/api/v1/cases/${id}`)).status, demoCase.id);
  assert.equal(status, 404);
});
