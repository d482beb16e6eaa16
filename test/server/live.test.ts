import assert from 'node:assert/strict';
import http from 'node:http';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { startTestServer } from './helpers.ts';
import { connect } from './ws-client.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] live: cues per turn, supervisor alerts for the team only, resume after reconnect, end stores with Chaser (F5)`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;

    const supervisor = await connect(server, acme.supervisor);
    supervisor.send({ type: 'subscribe' });
    await supervisor.next('subscribed');
    const outsider = await connect(server, globex.supervisor);
    outsider.send({ type: 'subscribe' });
    await outsider.next('subscribed');
    const agentAlerts = await connect(server, acme.agent);
    agentAlerts.send({ type: 'subscribe' });
    assert.equal(
      (await agentAlerts.next('subscribed')).scope,
      'mine',
      'agents hear only about their own promises and conversations',
    );

    const agent = await connect(server, acme.agent);
    agent.send({ type: 'turn', speaker: 'customer', text: 'hello' });
    assert.match(((await agent.next('error')).error as { message: string }).message, /start/);
    agent.send({ type: 'start', customerName: 'Maria' });
    const started = await agent.next('started');
    const conversationId = started.conversationId as string;
    agent.send({
      type: 'turn',
      speaker: 'customer',
      text: 'You idiots cut my internet off AGAIN, this is the worst company ever!',
    });
    const cues = await agent.next('cues');
    assert.ok(Array.isArray(cues.cues) && cues.cues.length > 0, 'the engine answers with cues');
    assert.ok((cues.cues as Array<{ principle: string }>).every((c) => typeof c.principle === 'string'));
    const abuse = await supervisor.next('alert');
    assert.equal((abuse.alert as { kind: string; conversationId: string }).conversationId, conversationId);
    // A supervisor reads who it is and what kind of abuse, not "the customer".
    assert.match((abuse.alert as { message: string }).message, /^Maria is being abusive: insults \(B1–B3\)$/);
    agent.send({ type: 'turn', speaker: 'nobody', text: 'x' });
    assert.equal(((await agent.next('error')).error as { code: string }).code, 'invalid_input');
    agent.close();

    // A reconnect resumes the stored conversation.
    const again = await connect(server, acme.agent);
    again.send({ type: 'start', conversationId });
    const resumed = await again.next('started');
    assert.equal(resumed.resumed, true);
    assert.equal(resumed.turns, 1);
    again.send({ type: 'turn', speaker: 'agent', text: 'Maria, I am so sorry your internet was cut off again.' });
    assert.equal((await again.next('cues')).turn, 1);
    again.send({ type: 'hangup', by: 'customer' });
    await again.next('cues');
    const hangupAlert = await supervisor.next('alert');
    assert.ok(['hangup', 'abuse', 'anger_peak'].includes((hangupAlert.alert as { kind: string }).kind));
    again.send({ type: 'end' });
    const ended = await again.next('ended');
    assert.equal(ended.hangup, true);
    assert.deepEqual(
      (ended.commitments as Array<{ kind: string }>).map((c) => c.kind),
      ['chaser'],
    );
    again.send({ type: 'start', conversationId });
    assert.equal(((await again.next('error')).error as { code: string }).code, 'conflict');

    const stored = await server.call(acme.agent, { method: 'GET', url: `/api/v1/conversations/${conversationId}` });
    assert.equal(JSON.parse(stored.body).turns.length, 2);
    const stranger = await connect(server, globex.admin);
    stranger.send({ type: 'start', conversationId });
    assert.equal(((await stranger.next('error')).error as { code: string }).code, 'not_found');
    assert.equal(outsider.inbox.filter((m) => m.type === 'alert').length, 0, 'no alerts cross orgs');
    const heard = agentAlerts.inbox
      .filter((m) => m.type === 'alert')
      .map((m) => m.alert as { kind: string; data: { type: string; agentId?: string } });
    assert.deepEqual(
      heard.map((a) => a.data.type),
      ['conversation.abusive', 'conversation.escalated'],
      "the agent heard what was recorded about their own call (it owes a Chaser), not the supervisors' live alerts",
    );
    assert.ok(heard.every((a) => a.kind === 'event' && a.data.agentId === acme.agent.id));
    assert.ok(
      heard.every((a) => (a.data as { customerName?: string }).customerName === 'Maria'),
      'the stored events name the customer the call system gave',
    );
    for (const s of [supervisor, outsider, agentAlerts, again, stranger]) s.close();
    const latency = await server.ctx.metrics.liveCueSeconds.get();
    const sum = latency.values.find((v) => v.metricName === 'defuse_live_turn_seconds_sum')?.value ?? 0;
    const count = latency.values.find((v) => v.metricName === 'defuse_live_turn_seconds_count')?.value ?? 0;
    assert.equal(count, 2, 'both turns were timed');
    t.diagnostic(`live turn → cues (engine + store): mean ${((sum / count) * 1000).toFixed(1)} ms over ${count} turns`);
  });

  test(`[${backend.name}] live: an unauthenticated upgrade is refused`, { skip: backend.skipReason }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${address}/api/v1/live`, {
        headers: {
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-version': '13',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        },
      });
      request.on('response', (response) => resolve(response.statusCode ?? 0));
      request.on('upgrade', () => resolve(101));
      request.on('error', reject);
      request.end();
    });
    assert.equal(status, 401);
  });
}
