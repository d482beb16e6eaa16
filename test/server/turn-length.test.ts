// /analyze, /conversations and the live socket share one limit for a turn's length (LIMITS.maxTurnChars).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LIMITS } from '../../src/core/conversation/limits.ts';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer } from './helpers.ts';

const conversationWith = (text: string) => ({
  turns: [
    { speaker: 'customer', text },
    { speaker: 'agent', text: 'I am sorry about that.' },
  ],
});

for (const backend of await backends()) {
  test(`[${backend.name}] /analyze and /conversations accept a turn of exactly the limit and refuse one character more`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const { agent } = server.orgs[0];
    const atLimit = `${'a'.repeat(LIMITS.maxTurnChars - 1)}!`;
    const over = `${atLimit}x`;
    const routes = [
      ['/api/v1/analyze', (text: string) => conversationWith(text)],
      ['/api/v1/conversations', (text: string) => ({ conversation: conversationWith(text) })],
    ] as const;
    for (const [url, body] of routes) {
      const ok = await server.call(agent, { method: 'POST', url, payload: body(atLimit) });
      assert.ok(ok.statusCode < 300, `${url} at the limit: ${ok.statusCode} ${ok.body.slice(0, 200)}`);
      const refused = await server.call(agent, { method: 'POST', url, payload: body(over) });
      assert.equal(refused.statusCode, 400, `${url} over the limit`);
      assert.equal(errorCode(refused.body), 'invalid_input');
      assert.match(JSON.parse(refused.body).error.message, new RegExp(`at most ${LIMITS.maxTurnChars} characters`));
    }
  });
}
