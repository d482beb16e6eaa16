import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeConversation } from '../../src/core/analyze.ts';
import { parseConversations } from '../../src/core/conversation/parse.ts';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { errorCode, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] analyze and lint are stateless and match the engine`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const { agent } = server.orgs[0];
    const analyzed = await server.call(agent, { method: 'POST', url: '/api/v1/analyze', payload: HANGUP_CONVERSATION });
    assert.equal(analyzed.statusCode, 200);
    const expected = JSON.parse(JSON.stringify(analyzeConversation(parseConversations(HANGUP_CONVERSATION)[0]!)));
    assert.deepEqual(JSON.parse(analyzed.body), expected);
    assert.equal(expected.hangup, true);

    const badTurn = await server.call(agent, {
      method: 'POST',
      url: '/api/v1/analyze',
      payload: { turns: [{ speaker: 'robot', text: 'hi' }] },
    });
    assert.equal(badTurn.statusCode, 400);
    assert.match(JSON.parse(badTurn.body).error.message, /turns\[0\]\.speaker/);

    const linted = await server.call(agent, {
      method: 'POST',
      url: '/api/v1/lint',
      payload: { reply: "It's our policy, sir." },
    });
    assert.equal(linted.statusCode, 200);
    assert.ok(
      JSON.parse(linted.body).findings.some((f: { principle: string }) => f.principle === 'R2'),
      'R2: hiding behind policy is flagged',
    );
    const emptyLint = await server.call(agent, { method: 'POST', url: '/api/v1/lint', payload: {} });
    assert.equal(emptyLint.statusCode, 400);
  });

  test(`[${backend.name}] F5: storing a conversation with a customer hang-up creates the Chaser and an escalation event`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const stored = await server.call(acme.agent, {
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { conversation: HANGUP_CONVERSATION, channel: 'phone' },
    });
    assert.equal(stored.statusCode, 201, stored.body);
    const body = JSON.parse(stored.body);
    assert.equal(body.hangup, true);
    assert.equal(body.commitments.length, 1);
    assert.equal(body.commitments[0].kind, 'chaser');
    assert.equal(body.commitments[0].source, 'F5');
    assert.equal(body.orgId, undefined, 'internal columns are not sent');
    assert.ok(server.events.some((e) => e.type === 'conversation.escalated' && e.data.conversationId === body.id));

    const read = await server.call(acme.supervisor, { method: 'GET', url: `/api/v1/conversations/${body.id}` });
    assert.equal(read.statusCode, 200);
    assert.equal(JSON.parse(read.body).commitments[0].kind, 'chaser');
    const otherTeam = await server.call(acme.otherAgent, { method: 'GET', url: `/api/v1/conversations/${body.id}` });
    assert.equal(otherTeam.statusCode, 404, 'an agent of another team does not see it');
    const otherOrg = await server.call(globex.admin, { method: 'GET', url: `/api/v1/conversations/${body.id}` });
    assert.equal(otherOrg.statusCode, 404, 'another org does not see it');
    const badId = await server.call(acme.agent, { method: 'GET', url: '/api/v1/conversations/nope' });
    assert.equal(badId.statusCode, 400);
    assert.equal(errorCode(badId.body), 'invalid_input');
    const foreignCustomer = await server.call(acme.agent, {
      method: 'POST',
      url: '/api/v1/conversations',
      payload: { conversation: HANGUP_CONVERSATION, customerId: '00000000-0000-4000-8000-000000000000' },
    });
    assert.equal(foreignCustomer.statusCode, 404);
  });
}
