// Following a live conversation that an integration (an API token) started for an agent: who may follow, what the
// follower receives (every turn once, in order; the hang-up; the end with its Chaser), and who may start for whom.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { type SeededUser, startTestServer, type TestServer } from './helpers.ts';
import { connect } from './ws-client.ts';

interface Socket {
  send(data: string): void;
  close(): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
}

/** A socket authenticated with `Authorization: Bearer` (how a transcription pipeline connects). */
async function connectWithToken(server: TestServer, user: SeededUser) {
  const created = await server.call(user, {
    method: 'POST',
    url: '/api/v1/tokens',
    payload: { name: 'call-transcription pipeline' },
  });
  assert.equal(created.statusCode, 201, created.body);
  const { token } = JSON.parse(created.body) as { token: string };
  const socket = (await server.app.injectWS('/api/v1/live', {
    headers: { authorization: `Bearer ${token}` },
  })) as unknown as Socket;
  const inbox: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    inbox.push(JSON.parse(data.toString()));
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async (type: string) => {
    for (;;) {
      const index = inbox.findIndex((m) => m.type === type);
      if (index >= 0) return inbox.splice(index, 1)[0]!;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return { send: (message: object) => socket.send(JSON.stringify(message)), next, inbox, close: () => socket.close() };
}

const code = (message: Record<string, unknown>) => (message.error as { code: string }).code;

for (const backend of await backends()) {
  test(`[${backend.name}] live follow: an integration starts a conversation for an agent; only that agent and its team's supervisors follow it`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;

    // The agent's console watches for live conversations started for it.
    const console_ = await connect(server, acme.agent);
    console_.send({ type: 'watch' });
    assert.deepEqual((await console_.next('watching')).conversations, []);
    const colleague = await connect(server, acme.otherAgent);
    colleague.send({ type: 'watch' });
    await colleague.next('watching');

    // Agents may start only for themselves; an unknown agent is not found; another org's agent neither.
    const agentPipe = await connectWithToken(server, acme.agent);
    agentPipe.send({ type: 'start', agentId: acme.otherAgent.id });
    assert.equal(code(await agentPipe.next('error')), 'forbidden');
    const pipeline = await connectWithToken(server, acme.admin);
    pipeline.send({ type: 'start', agentId: globex.agent.id });
    assert.equal(code(await pipeline.next('error')), 'not_found');
    const supervisorPipe = await connectWithToken(server, acme.supervisor);
    supervisorPipe.send({ type: 'start', agentId: acme.otherAgent.id });
    assert.equal(
      code(await supervisorPipe.next('error')),
      'forbidden',
      "a supervisor starts only for their team's agents",
    );

    pipeline.send({ type: 'start', agentId: acme.agent.id, customerName: 'Maria Lopez' });
    const started = await pipeline.next('started');
    const conversationId = started.conversationId as string;
    const announced = (await console_.next('live_started')) as { conversation: Record<string, unknown> };
    assert.equal(announced.conversation.conversationId, conversationId);
    assert.equal(announced.conversation.customerName, 'Maria Lopez');
    assert.equal(announced.conversation.agentId, acme.agent.id);
    assert.equal(
      colleague.inbox.filter((m) => m.type === 'live_started').length,
      0,
      "another agent's console hears nothing",
    );

    pipeline.send({ type: 'turn', speaker: 'customer', text: 'You charged me twice and nobody called me back!' });
    await pipeline.next('cues');

    // Followers: the agent and its team's supervisor; not another agent, not another org.
    console_.send({ type: 'follow', conversationId });
    const snapshot = await console_.next('following');
    assert.equal(snapshot.agentId, acme.agent.id);
    assert.deepEqual(
      (snapshot.turns as Array<{ text: string }>).map((turn) => turn.text),
      ['You charged me twice and nobody called me back!'],
    );
    assert.equal(snapshot.ended, false);
    // The name the call system gave is stored with the conversation (no customer record): a reload still shows it.
    assert.equal(snapshot.customerName, 'Maria Lopez');
    // …and the records say it too: the conversation list and the conversation itself, with no customer record linked.
    const page = JSON.parse((await server.call(acme.supervisor, { method: 'GET', url: '/api/v1/conversations' })).body);
    const summary = page.items.find((item: { id: string }) => item.id === conversationId);
    assert.deepEqual([summary.customer, summary.customerName], [null, 'Maria Lopez']);
    const record = await server.call(acme.supervisor, {
      method: 'GET',
      url: `/api/v1/conversations/${conversationId}`,
    });
    assert.equal(JSON.parse(record.body).customerName, 'Maria Lopez');
    const supervisor = await connect(server, acme.supervisor);
    supervisor.send({ type: 'follow', conversationId });
    await supervisor.next('following');
    colleague.send({ type: 'follow', conversationId });
    assert.equal(code(await colleague.next('error')), 'not_found', 'an agent of another team cannot even see it');
    const outsider = await connect(server, globex.admin);
    outsider.send({ type: 'follow', conversationId });
    assert.equal(code(await outsider.next('error')), 'not_found', 'another org never');
    outsider.send({ type: 'watch' });
    assert.deepEqual((await outsider.next('watching')).conversations, []);

    // A newly connected console finds the conversation in its watch list.
    const reopened = await connect(server, acme.agent);
    reopened.send({ type: 'watch' });
    const listed = (await reopened.next('watching')).conversations as Array<Record<string, unknown>>;
    assert.deepEqual(
      listed.map((c) => [c.conversationId, c.turns, c.customerName]),
      [[conversationId, 1, 'Maria Lopez']],
    );

    // Turns, the hang-up and the end reach the followers in order, each once.
    pipeline.send({ type: 'turn', speaker: 'agent', text: 'Maria, I am sorry you were charged twice.' });
    pipeline.send({ type: 'turn', speaker: 'customer', text: 'Just fix it.' });
    pipeline.send({ type: 'hangup', by: 'customer' });
    pipeline.send({ type: 'end' });
    await pipeline.next('ended');
    const changes: Array<Record<string, unknown>> = [];
    while (!changes.some((m) => m.change === 'ended')) changes.push(await console_.next('live'));
    assert.deepEqual(
      changes.map((m) => [m.change, m.index ?? null]),
      [
        ['turn', 1],
        ['turn', 2],
        ['event', 0],
        ['ended', null],
      ],
    );
    assert.equal((changes[0]!.turn as { text: string }).text, 'Maria, I am sorry you were charged twice.');
    assert.deepEqual((changes[2]!.event as { by: string }).by, 'customer');
    assert.deepEqual(
      (changes[3]!.commitments as Array<{ kind: string }>).map((c) => c.kind),
      ['chaser'],
      'the Chaser the hang-up owes (F5)',
    );
    const supervisorTurns = [];
    while (supervisorTurns.length < 2) supervisorTurns.push(await supervisor.next('live'));
    assert.deepEqual(
      supervisorTurns.map((m) => m.change),
      ['turn', 'turn'],
    );
    assert.equal((await reopened.next('live_ended')).conversationId, conversationId, 'watchers hear that it ended');

    // The conversation is the agent's: its Chaser is the agent's promise, its alerts the agent's team's.
    const chaser = await server.call(acme.agent, { method: 'GET', url: '/api/v1/commitments?mine=true' });
    assert.equal(chaser.statusCode, 200, chaser.body);
    assert.ok(
      (JSON.parse(chaser.body).items as Array<{ kind: string; conversationId: string | null }>).some(
        (c) => c.kind === 'chaser' && c.conversationId === conversationId,
      ),
      chaser.body,
    );
    // Supervisors' alert subscriptions never carry the follow notices.
    const alerts = await connect(server, acme.supervisor);
    alerts.send({ type: 'subscribe' });
    await alerts.next('subscribed');
    pipeline.send({ type: 'start', agentId: acme.agent.id });
    await pipeline.next('started');
    await console_.next('live_started');
    assert.equal(alerts.inbox.filter((m) => m.type === 'alert').length, 0);
    for (const s of [console_, colleague, agentPipe, pipeline, supervisorPipe, supervisor, outsider, reopened, alerts])
      s.close();
  });
}

for (const backend of await backends()) {
  test(`[${backend.name}] a call an integration of another team ends for an agent: its events reach the agent's team`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme] = server.orgs;
    // The pipeline's account sits in another team than the agent it starts calls for.
    const moved = await server.call(acme.admin, {
      method: 'PATCH',
      url: `/api/v1/users/${acme.admin.id}`,
      payload: { teamId: acme.otherTeamId },
    });
    assert.equal(moved.statusCode, 200, moved.body);
    const alerts = await connect(server, acme.supervisor);
    alerts.send({ type: 'subscribe' });
    await alerts.next('subscribed');

    const pipeline = await connectWithToken(server, acme.admin);
    pipeline.send({ type: 'start', agentId: acme.agent.id, customerName: 'Maria Lopez' });
    await pipeline.next('started');
    pipeline.send({ type: 'turn', speaker: 'customer', text: 'You charged me twice and nobody called me back!' });
    await pipeline.next('cues');
    pipeline.send({ type: 'hangup', by: 'customer' });
    pipeline.send({ type: 'end' });
    await pipeline.next('ended');
    for (;;) {
      const alert = (await alerts.next('alert')).alert as { kind: string; teamId: string | null; message: string };
      if (alert.kind !== 'event' || alert.message !== 'conversation.escalated') continue;
      assert.equal(alert.teamId, acme.teamId, "the escalation (F5 Chaser owed) goes to the agent's team");
      break;
    }
    for (const s of [alerts, pipeline]) s.close();
  });
}
