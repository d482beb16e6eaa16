// B3: an agent ending a call on a directly abusive customer records a documented ending — the reason, the
// boundary said first, a supervisor alert — on the conversation and in the audit trail, over the API and live.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents, conversations } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { startTestServer } from './helpers.ts';
import { connect } from './ws-client.ts';

const ABUSE = { speaker: 'customer', text: 'You are a useless idiot and I will find out where you live.' };
const BOUNDARY = {
  speaker: 'agent',
  text: 'I want to help, but if the personal insults continue I will end this call.',
};
const ENDING = {
  reason: 'threats and personal insults after a warning',
  boundary: 'if the personal insults continue I will end this call',
};

for (const backend of await backends()) {
  test(`[${backend.name}] B3 over the API: a documented ending is stored, audited and sends conversation.abusive`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const { agent, id: orgId } = server.orgs[0];
    const post = (payload: object) => server.call(agent, { method: 'POST', url: '/api/v1/conversations', payload });
    const conversation = { id: 'b3', turns: [ABUSE, BOUNDARY, ABUSE], events: [] };

    const missing = await post({ conversation, abusiveEnding: { reason: ENDING.reason } });
    assert.equal(missing.statusCode, 400);
    assert.match(JSON.parse(missing.body).error.message, /abusiveEnding\.boundary/);

    const stored = await post({ conversation, abusiveEnding: ENDING });
    assert.equal(stored.statusCode, 201, stored.body);
    const body = JSON.parse(stored.body);
    assert.equal(body.abusive, true);
    assert.deepEqual(
      [
        body.ending.principle,
        body.ending.reason,
        body.ending.boundary,
        body.ending.endedBy,
        body.ending.supervisorAlerted,
      ],
      ['B3', ENDING.reason, ENDING.boundary, agent.id, true],
    );
    assert.deepEqual(body.events, [{ type: 'hangup', by: 'agent', afterTurn: 2 }], "the agent's hang-up is recorded");
    assert.equal(body.commitments.length, 0, 'no Chaser: the customer did not hang up');

    const [audit] = await server.store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, 'ended_abusive')));
    assert.equal(audit?.entityId, body.id);
    assert.deepEqual(
      [audit?.actorId, audit?.after?.reason, audit?.after?.boundary],
      [agent.id, ENDING.reason, ENDING.boundary],
    );
    const event = server.events.find((e) => e.type === 'conversation.abusive' && e.data.conversationId === body.id);
    assert.deepEqual((event?.data.ending as { reason: string } | undefined)?.reason, ENDING.reason);
  });

  test(`[${backend.name}] B3 live: the agent's hang-up with a documented ending ends the call and alerts the supervisor`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const acme = server.orgs[0];
    const supervisor = await connect(server, acme.supervisor);
    supervisor.send({ type: 'subscribe' });
    await supervisor.next('subscribed');

    const agent = await connect(server, acme.agent);
    agent.send({ type: 'start' });
    const { conversationId } = await agent.next('started');
    for (const turn of [ABUSE, BOUNDARY, ABUSE]) {
      agent.send({ type: 'turn', ...turn });
      await agent.next('cues');
    }
    agent.send({ type: 'hangup', by: 'customer', abusive: ENDING });
    assert.match(((await agent.next('error')).error as { message: string }).message, /send "by": "agent"/);

    agent.send({ type: 'hangup', by: 'agent', abusive: ENDING });
    const ended = await agent.next('ended');
    assert.equal(ended.conversationId, conversationId);
    assert.equal(ended.abusive, true);
    assert.equal((ended.ending as { reason: string }).reason, ENDING.reason);

    // The supervisor hears it: the immediate B3 alert, and the committed conversation.abusive event.
    const seen: Array<{ kind: string; message: string; conversationId: string | null }> = [];
    const b3 = (a: (typeof seen)[number]) => a.kind === 'abuse' && /\(B3\)/.test(a.message);
    while (!seen.some((a) => a.kind === 'event' && a.message === 'conversation.abusive') || !seen.some(b3)) {
      seen.push((await supervisor.next('alert')).alert as (typeof seen)[number]);
    }
    const alert = seen.find(b3)!;
    assert.match(alert.message, /ended the call on a directly abusive customer \(B3\)/);
    assert.equal(alert.conversationId, conversationId, 'the alert names the conversation');

    const [row] = await server.store.db
      .select()
      .from(conversations)
      .where(eq(conversations.id, conversationId as string));
    assert.equal(row?.ending?.boundary, ENDING.boundary);
    assert.deepEqual(row?.events.at(-1), { type: 'hangup', by: 'agent', afterTurn: 2 });
    agent.close();
    supervisor.close();
  });
}
