// A call-transcription pipeline (an integration with an API token) starts a live conversation for the demo agent and
// streams its turns over /api/v1/live; the agent's console offers the call under "Live now", follows it (turns in the
// two lanes, anger, stage and the cue with its principle), lints the reply, shows the Chaser on hang-up and captures
// the case on the stored conversation.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { checkA11y, type E2E, screenshot, startE2E } from './harness.ts';
import { apiIn } from './in-page.ts';

/** The part of a `ws` client this test uses (ws ships no types of its own). */
interface Socket {
  on(event: 'open', listener: () => void): void;
  on(event: 'message', listener: (data: { toString(): string }) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  send(data: string): void;
  close(): void;
}
const WebSocket = createRequire(import.meta.url)('ws') as new (
  url: string,
  options: { headers: Record<string, string> },
) => Socket;

/** The integration: a Bearer-token socket that sends frames and waits for the answers. */
async function pipeline(url: string, token: string) {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/api/v1/live`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const inbox: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    inbox.push(JSON.parse(data.toString()));
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve, reject) => {
    socket.on('open', resolve);
    socket.on('error', reject);
  });
  const next = async (type: string): Promise<Record<string, unknown>> => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const error = inbox.find((m) => m.type === 'error');
      if (error) throw new Error(`the pipeline was refused: ${JSON.stringify(error.error)}`);
      const index = inbox.findIndex((m) => m.type === type);
      if (index >= 0) return inbox.splice(index, 1)[0]!;
      if (Date.now() > deadline) throw new Error(`no ${type} frame`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  const say = async (speaker: 'customer' | 'agent', text: string) => {
    socket.send(JSON.stringify({ type: 'turn', speaker, text }));
    return next('cues');
  };
  return { send: (message: object) => socket.send(JSON.stringify(message)), next, say, close: () => socket.close() };
}

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

test('a transcription pipeline streams a call to the agent: Live now, followed turn by turn with the cue and its principle, Chaser on hang-up, case captured', async () => {
  const page = await e2e.newPage();
  await e2e.login(page, 'agent');
  await page.getByRole('heading', { name: 'Console', level: 1 }).waitFor();
  const agent = await apiIn<{ id: string }>(page, 'GET', '/api/v1/me');

  // The integration's token, created by the admin (tokens act for their user: admins may start calls for anyone).
  const adminPage = await e2e.newPage();
  await e2e.login(adminPage, 'admin');
  const { token } = await apiIn<{ token: string }>(adminPage, 'POST', '/api/v1/tokens', {
    name: 'Call transcription (e2e)',
  });
  await adminPage.context().close();

  const call = await pipeline(e2e.product.url, token);
  call.send({ type: 'start', agentId: agent.id, customerName: 'Maria Lopez', channel: 'phone' });
  const started = await call.next('started');
  const conversationId = String(started.conversationId);

  // The console hears of it: a notification and the call under "Live now".
  const offer = page.getByTestId('live-call');
  await offer.waitFor();
  assert.match((await offer.textContent()) ?? '', /Maria Lopez · phone/);
  await page.getByText('A live call for you').waitFor();
  await screenshot(page, 'console-live-offer');
  await checkA11y(page, 'console (a live call offered)');
  await offer.getByRole('button', { name: 'Follow the call with Maria Lopez' }).click();
  const bar = page.getByTestId('live-call-bar');
  await bar.getByText(/^Maria Lopez · phone · you are following this call$/).waitFor();
  await page.getByTestId('console-waiting').waitFor();

  // Turns arrive in the two lanes as the pipeline sends them; the coach follows.
  const lanes = page.getByRole('log', { name: 'Conversation' });
  await call.say(
    'customer',
    "This is the third time I'm calling! You charged me twice and nobody has fixed it. This is ridiculous!",
  );
  await lanes.getByText('You charged me twice and nobody has fixed it', { exact: false }).waitFor();
  assert.match((await page.getByTestId('anger-level').textContent()) ?? '', /^(annoyed|angry|furious) · \d+%$/);
  const cue = page.getByTestId('next-cue');
  await cue.waitFor();
  assert.match((await cue.getByTestId('cue-principle').textContent()) ?? '', /^[LACRFBPV]\d$/);
  assert.ok(((await cue.textContent()) ?? '').includes('Why:'), 'the cue gives its reason');

  await call.say('agent', "I'm so sorry, Maria. Let me look at the double charge right now.");
  await lanes.getByText('Let me look at the double charge right now.').waitFor();
  assert.equal(await lanes.getByText('You', { exact: true }).count(), 1, "the agent's words are in the agent lane");
  await call.say('customer', 'I gave my account number last time! I want my money back today.');
  await lanes.getByText('I want my money back today.').waitFor();
  assert.match(
    (await page.getByTestId('anger-trend').textContent()) ?? '',
    /Trend over 2 customer turns/,
    'the meter tracks the followed call',
  );
  // A reload keeps following the call: the snapshot redraws every turn and the next turn arrives live.
  await page.reload();
  await bar.getByText(/^Maria Lopez · phone · you are following this call$/).waitFor();
  await lanes.getByText('I want my money back today.').waitFor();
  await lanes.getByText('Let me look at the double charge right now.').waitFor();
  await call.say('customer', 'And I want it in writing.');
  await lanes.getByText('And I want it in writing.').waitFor();
  // The customer box is the transcription's; the reply is still checked as the agent types.
  assert.equal(await page.getByLabel('Customer says').count(), 0);
  const reply = page.getByLabel('Reply', { exact: true });
  await reply.fill("That's our policy, calm down.");
  const findings = page.getByTestId('reply-finding');
  await findings.first().waitFor();
  const principles = await findings.locator('.mantine-Badge-root').allTextContents();
  assert.ok(principles.includes('R2') && principles.includes('L2'), `findings: ${principles.join(', ')}`);
  await page.mouse.move(0, 0); // no tooltip from where the last click left the pointer
  await screenshot(page, 'console-live');
  await checkA11y(page, 'console (following a live call)');
  await reply.fill('');

  // The customer hangs up: the Chaser (F5) is shown pre-filled; the pipeline ends the call and it is saved.
  call.send({ type: 'hangup', by: 'customer' });
  await call.next('cues');
  const chaser = page.getByTestId('chaser-form');
  await chaser.waitFor();
  await chaser.getByText(/Call Maria Lopez back within \d+ minutes \(your org’s policy\): due by \d\d:\d\d/).waitFor();
  assert.equal(await page.getByTestId('next-cue').getByTestId('cue-principle').textContent(), 'F5');
  call.send({ type: 'end' });
  const ended = await call.next('ended');
  assert.deepEqual(
    (ended.commitments as Array<{ kind: string }>).map((c) => c.kind),
    ['chaser'],
  );
  await page.getByTestId('chaser-saved').waitFor();
  assert.match(
    (await page.getByTestId('chaser-saved').textContent()) ?? '',
    /Chaser saved: call Maria Lopez back by \d\d:\d\d/,
  );
  await bar.getByText('Call ended').waitFor();
  await screenshot(page, 'console-live-ended');
  await checkA11y(page, 'console (a followed call ended)');

  // The case is captured on the stored conversation (not a copy of it).
  await bar.getByRole('button', { name: 'Capture the case' }).click();
  const capture = page.getByRole('dialog', { name: 'Capture the case' });
  await capture.getByLabel(/^Name/).fill('Maria Lopez');
  await capture.getByRole('button', { name: 'Save case' }).click();
  await capture.getByTestId('case-saved').waitFor();
  const stored = await apiIn<{ items: Array<{ id: string }> }>(
    page,
    'GET',
    `/api/v1/conversations?q=${encodeURIComponent('I want my money back today')}`,
  );
  assert.deepEqual(
    stored.items.map((c) => c.id),
    [conversationId],
    'the case is on the call itself: no second copy of the call was stored',
  );
  call.close();
  assert.deepEqual(
    e2e.errors.filter((e) => !e.includes('401')),
    [],
    'no page errors or CSP violations',
  );
  await page.context().close();
});
