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

/** Opens a live conversation from the page over /api/v1/live and sends turns; resolves with the conversation id. */
export async function liveTurns(page: Page, turns: { speaker: 'customer' | 'agent'; text: string }[]): Promise<string> {
  return page.evaluate(async (turns) => {
    const socket = new WebSocket(`ws://${location.host}/api/v1/live`);
    const messages: Record<string, unknown>[] = [];
    const next = (type: string) =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type} frame`)), 15_000);
        const check = () => {
          const found = messages.findIndex((m) => m.type === type);
          if (found >= 0) {
            clearTimeout(timer);
            resolve(messages.splice(found, 1)[0] as Record<string, unknown>);
          } else setTimeout(check, 20);
        };
        check();
      });
    socket.onmessage = (event) => messages.push(JSON.parse(String(event.data)));
    await new Promise((resolve) => {
      socket.onopen = resolve;
    });
    socket.send(JSON.stringify({ type: 'start', customerName: 'Maria Live' }));
    const started = await next('started');
    for (const turn of turns) {
      socket.send(JSON.stringify({ type: 'turn', ...turn }));
      await next('cues');
    }
    socket.send(JSON.stringify({ type: 'end' }));
    await next('ended').catch(() => undefined);
    socket.close();
    return String(started.conversationId);
  }, turns);
}
