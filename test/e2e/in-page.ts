/** Calls the API from inside a logged-in page (its session cookie, its origin), as the web app itself would. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

export async function apiIn<T = unknown>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, text };
    },
    { method, path, body },
  );
  assert.ok(result.status < 400, `${method} ${path} → ${result.status}: ${result.text}`);
  return (result.text ? JSON.parse(result.text) : null) as T;
}

// Plain JavaScript in a string: tsx's keepNames would wrap functions written here in a `__name` helper the page lacks.
const LIVE_TURNS = `async (turns) => {
  const socket = new WebSocket('ws://' + location.host + '/api/v1/live');
  const messages = [];
  socket.onmessage = (event) => messages.push(JSON.parse(String(event.data)));
  const next = (type) =>
    new Promise((resolve, reject) => {
      const started = Date.now();
      const check = () => {
        const found = messages.findIndex((m) => m.type === type || m.type === 'error');
        if (found >= 0) {
          const message = messages.splice(found, 1)[0];
          if (message.type === 'error') reject(new Error(JSON.stringify(message.error)));
          else resolve(message);
        } else if (Date.now() - started > 15000) reject(new Error('no ' + type + ' frame'));
        else setTimeout(check, 20);
      };
      check();
    });
  await new Promise((resolve) => { socket.onopen = resolve; });
  socket.send(JSON.stringify({ type: 'start', customerName: 'Maria Live' }));
  const started = await next('started');
  for (const turn of turns) {
    socket.send(JSON.stringify({ type: 'turn', speaker: turn.speaker, text: turn.text }));
    await next('cues');
  }
  socket.send(JSON.stringify({ type: 'end' }));
  await next('ended');
  socket.close();
  return String(started.conversationId);
}`;

/** Opens a live conversation from the page over /api/v1/live, sends the turns, ends it; resolves with its id. */
export async function liveTurns(page: Page, turns: { speaker: 'customer' | 'agent'; text: string }[]): Promise<string> {
  return page.evaluate(`(${LIVE_TURNS})(${JSON.stringify(turns)})`) as Promise<string>;
}
