import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { checkA11y, type E2E, screenshot, startE2E } from './harness.ts';

const ANGRY = `Customer: This is the THIRD time I'm calling. You charged me twice for the same order and nobody has fixed it!
Agent: Can I have your account number?
Customer: I gave it last time! This is ridiculous, I want my money back today.`;

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

async function consoleAs(role: 'agent' = 'agent'): Promise<Page> {
  const page = await e2e.newPage();
  await e2e.login(page, role);
  await page.getByRole('heading', { name: 'Console', level: 1 }).waitFor();
  return page;
}

async function pasteConversation(page: Page, text: string) {
  await page.getByRole('button', { name: 'Paste conversation' }).click();
  await page.getByRole('dialog', { name: 'Paste a conversation' }).getByLabel('Conversation').fill(text);
  await page.getByRole('button', { name: 'Load conversation' }).click();
  await page.getByRole('log', { name: 'Conversation' }).waitFor();
}

test('(1) an agent pastes an angry conversation and sees the anger level and the next cue with its principle', async () => {
  const page = await consoleAs();
  await page.getByTestId('console-empty').waitFor();
  await checkA11y(page, 'console (empty)');
  await pasteConversation(page, ANGRY);
  const level = await page.getByTestId('anger-level').textContent();
  assert.match(level ?? '', /^(annoyed|angry|furious) · \d+%$/);
  assert.match((await page.getByTestId('anger-trend').textContent()) ?? '', /Trend over 2 customer turns/);
  const cue = page.getByTestId('next-cue');
  const principle = (await cue.getByTestId('cue-principle').textContent()) ?? '';
  assert.match(principle, /^[LACRFBPV]\d$/);
  assert.ok(((await cue.textContent()) ?? '').includes('Why:'), 'the cue gives its reason');
  // Both lanes hold the turns in order.
  assert.equal(await page.getByRole('log', { name: 'Conversation' }).getByText('You', { exact: true }).count(), 1);
  await screenshot(page, 'console');
  await checkA11y(page, 'console');
  // Insert puts the suggested words in the Reply box; a <slot> left to fill blocks sending.
  await page
    .getByRole('button', { name: /^Insert/ })
    .first()
    .click();
  const reply = page.getByLabel('Reply', { exact: true });
  assert.ok(((await reply.inputValue()) ?? '').length > 10);
  assert.deepEqual(
    e2e.errors.filter((e) => !e.includes('401')),
    [],
    'no page errors or CSP violations',
  );
  await page.context().close();
});

test('(2) "That\'s our policy, calm down." is flagged (R2, L2) and one-click rewrites clear every finding', async () => {
  const page = await consoleAs();
  await pasteConversation(page, ANGRY);
  const reply = page.getByLabel('Reply', { exact: true });
  await reply.fill("That's our policy, calm down.");
  const findings = page.getByTestId('reply-finding');
  await findings.first().waitFor();
  const principles = await findings.locator('.mantine-Badge-root').allTextContents();
  assert.ok(principles.includes('R2') && principles.includes('L2'), `findings: ${principles.join(', ')}`);
  await screenshot(page, 'console-reply-lint');
  for (let i = 0; i < 5 && (await findings.count()) > 0; i++) {
    await findings
      .first()
      .getByRole('button', { name: /^Rewrite/ })
      .click();
    await page.waitForTimeout(150);
  }
  assert.equal(await findings.count(), 0, `left: ${await reply.inputValue()}`);
  // The rewrite leaves a field to fill: sending is blocked until it is filled.
  const value = await reply.inputValue();
  if (/<[^>]+>/.test(value)) {
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByText(/before sending: it is never sent as-is/).waitFor();
    await reply.fill(value.replace(/<[^>]+>/g, 'a refund of the second charge today'));
  }
  await page.getByRole('button', { name: 'Send reply' }).click();
  assert.equal(await reply.inputValue(), '');
  await page.context().close();
});

test('(3) the agent captures a case with a call-back and finds the promise under Promises', async () => {
  const page = await consoleAs();
  await pasteConversation(page, ANGRY);
  await page.getByRole('button', { name: /^End & capture case/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Capture the case' });
  await dialog.getByLabel('Name').fill('Dana Whitfield');
  await dialog.getByLabel('Phone').fill('+44 20 7946 0011');
  await dialog.getByLabel('Underlying issue (C3)').fill('The duplicate charge was never refunded after the first call');
  await dialog.getByLabel('Resolution the customer asked for (R1)').fill('Money back today');
  await dialog.getByRole('radio', { name: 'Yes' }).check();
  await dialog.getByRole('button', { name: 'Add promise' }).click();
  await dialog.getByLabel('What you will do').fill('Call Dana back with the refund reference');
  await dialog.getByLabel(/The customer agreed that we document/).check();
  await screenshot(page, 'console-case-capture');
  await checkA11y(page, 'case capture');
  await dialog.getByRole('button', { name: 'Save case' }).click();
  await dialog.getByTestId('case-saved').waitFor();
  await dialog.getByTestId('recommended-range').waitFor();
  await screenshot(page, 'console-concession');
  await dialog.getByRole('link', { name: 'See your promises' }).click();
  await page.waitForURL('**/promises');
  // The call-back's due time may fall after midnight (this test runs at any hour), so look under All open.
  await page.getByRole('tab', { name: 'All open' }).click();
  await page.getByText('Call Dana back with the refund reference').first().waitFor({ timeout: 15_000 });
  await page.context().close();
});

test('(7) the console works with the keyboard alone', async () => {
  const page = await consoleAs();
  const kb = page.keyboard;
  await kb.press('Alt+c');
  await kb.type("You've charged me twice and nobody called me back. I'm furious!");
  await kb.press('Control+Enter');
  await page.getByTestId('next-cue').waitFor();
  await kb.press('Alt+1');
  const reply = page.getByLabel('Reply', { exact: true });
  assert.ok((await reply.inputValue()).length > 0, 'Alt+1 inserted the cue');
  // Fill any slot (it is selected) and send with Ctrl+Enter.
  while (/<[^>]+>/.test(await reply.inputValue())) {
    await kb.type('the double charge');
    await page.waitForTimeout(50);
    await kb.press('Alt+y');
    const v = await reply.inputValue();
    const at = v.search(/<[^>]+>/);
    if (at < 0) break;
    const range: [number, number] = [at, v.indexOf('>', at) + 1];
    await reply.evaluate((el, [start, end]) => (el as HTMLTextAreaElement).setSelectionRange(start, end), range);
  }
  await kb.press('Control+Enter');
  assert.equal(await reply.inputValue(), '');
  // "?" lists the shortcuts (outside a text box); Escape closes it.
  await page.getByRole('heading', { name: 'Console', level: 1 }).click();
  await kb.press('Shift+?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await kb.press('Escape');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
  // Tab reaches the controls with a visible focus ring.
  await kb.press('Alt+y');
  await kb.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? { tag: el.tagName, outline: getComputedStyle(el).outlineStyle } : null;
  });
  assert.ok(focused && focused.tag !== 'BODY', 'focus moved to a control');
  await page.context().close();
});

test('abuse: boundary cue, one-click supervisor alert, documented B3 ending; a hang-up: the Chaser, pre-filled and saved', async () => {
  const page = await consoleAs();
  await pasteConversation(
    page,
    'Customer: You are a useless idiot and your company is a scam. Fix my broken boiler now!',
  );
  const panel = page.getByTestId('abuse-panel');
  await panel.waitFor();
  assert.equal(await page.getByTestId('next-cue').getByTestId('cue-principle').textContent(), 'B2');
  await panel.getByRole('button', { name: /^Alert supervisor/ }).click();
  await page.getByText('Your supervisor has been alerted.').waitFor();
  await screenshot(page, 'console-abuse');
  await checkA11y(page, 'console (abuse)');
  await panel.getByRole('button', { name: 'End the conversation (B3)' }).click();
  await page.getByRole('button', { name: 'Send and end the conversation' }).click();
  await page.getByRole('dialog', { name: 'Capture the case' }).waitFor();
  assert.equal(
    await page.getByRole('dialog', { name: 'Capture the case' }).getByLabel('Severity').inputValue(),
    'High',
  );
  const capture = page.getByRole('dialog', { name: 'Capture the case' });
  assert.ok((await capture.getByLabel(/^Why you ended the conversation \(B3\)/).inputValue()).length > 0);
  await capture.getByLabel(/^Name/).fill('Sam Carter');
  await capture.getByRole('button', { name: 'Save case' }).click();
  await capture.getByTestId('case-saved').waitFor();
  await capture.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('log', { name: 'Conversation' }).getByText('You ended the conversation').waitFor();

  // A new conversation; the customer hangs up (Alt+H): the Chaser form is pre-filled from policy and saved.
  await page.keyboard.press('Alt+n');
  await pasteConversation(
    page,
    'Customer: My name is Priya Shah. The engineer never came and I took the day off work!',
  );
  await page.keyboard.press('Alt+h');
  const chaser = page.getByTestId('chaser-form');
  await chaser.waitFor();
  assert.equal(await page.getByTestId('next-cue').getByTestId('cue-principle').textContent(), 'F5');
  await chaser.getByText(/within \d+ minutes \(your org’s policy\): due by \d\d:\d\d/).waitFor();
  await chaser.getByLabel(/^Customer name/).fill('Priya Shah');
  await chaser.getByLabel('Call-back number').fill('+44 161 496 0000');
  await chaser.getByRole('button', { name: 'Save the Chaser' }).click();
  await page.getByTestId('chaser-saved').waitFor();
  assert.match(
    (await page.getByTestId('chaser-saved').textContent()) ?? '',
    /Chaser saved: call .* on \+44 161 496 0000 by \d\d:\d\d/,
  );
  await page.context().close();
});
