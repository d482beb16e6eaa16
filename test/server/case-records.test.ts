// Case notes and the case timeline: audited notes, every kind of entry in time order with actor names, team scope.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { errorCode, startTestServer, type SeededUser } from './helpers.ts';

interface Entry {
  kind: string;
  at: string;
  id: string;
  actor: { id: string; name: string } | null;
  [key: string]: unknown;
}

for (const backend of await backends()) {
  test(`[${backend.name}] case notes and timeline: notes audited, every record in time order with actors, 404 outside scope`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2026-04-06T09:00:00Z');
    const tick = (minutes: number) => {
      clock = new Date(clock.getTime() + minutes * 60_000);
    };
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const call = async (user: SeededUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
      const response = await server.call(user, { method, url, ...(payload ? { payload } : {}) });
      assert.ok(response.statusCode < 300, `${method} ${url}: ${response.body}`);
      return JSON.parse(response.body);
    };
    const customer = await call(acme.agent, 'POST', '/api/v1/customers', { name: 'Grace', phone: '+1 555 0100' });
    const talk = await call(acme.agent, 'POST', '/api/v1/conversations', {
      conversation: HANGUP_CONVERSATION,
      customerId: customer.id,
    });
    tick(5);
    const kase = await call(acme.agent, 'POST', '/api/v1/cases', {
      customerId: customer.id,
      conversationId: talk.id,
      presentingIssue: 'Internet drops every evening',
      teamId: acme.teamId,
      ownerId: acme.agent.id,
    });
    tick(5);
    const note1 = await call(acme.agent, 'POST', `/api/v1/cases/${kase.id}/notes`, {
      body: '  Line test booked for Friday.  ',
    });
    assert.equal(note1.body, 'Line test booked for Friday.', 'trimmed');
    assert.equal(note1.author.id, acme.agent.id);
    assert.equal(note1.createdAt, '2026-04-06T09:10:00.000Z');
    tick(5);
    const promise = await call(acme.agent, 'POST', `/api/v1/cases/${kase.id}/commitments`, {
      kind: 'callback',
      dueAt: '2026-04-07T09:00:00Z',
      contact: { phone: '+1 555 0100' },
      steps: ['call with the line test result'],
    });
    tick(5);
    const concession = await call(acme.agent, 'POST', `/api/v1/cases/${kase.id}/concessions`, {
      kind: 'service_credit',
      amountCents: 1500,
      reason: 'credit for the outage',
    });
    tick(5);
    await call(acme.supervisor, 'POST', `/api/v1/cases/${kase.id}/transitions`, { action: 'acknowledge' });
    tick(5);
    const note2 = await call(acme.supervisor, 'POST', `/api/v1/cases/${kase.id}/notes`, { body: 'Checked the call.' });

    // Notes: oldest first, with author and time; each audited once.
    const notes = await call(acme.agent, 'GET', `/api/v1/cases/${kase.id}/notes`);
    assert.deepEqual(
      notes.items.map((n: { id: string; author: { id: string }; body: string }) => [n.id, n.author.id, n.body]),
      [
        [note1.id, acme.agent.id, 'Line test booked for Friday.'],
        [note2.id, acme.supervisor.id, 'Checked the call.'],
      ],
    );
    const noteAudit = await listAuditFor(server.store.db, acme.id, 'case_note', note1.id);
    assert.deepEqual(
      noteAudit.map((a) => [a.action, a.actorId, a.actorVia, a.after]),
      [['created', acme.agent.id, 'session', { caseId: kase.id, body: 'Line test booked for Friday.' }]],
    );

    // Timeline: every kind, in time order, actors named.
    const timeline = await call(acme.agent, 'GET', `/api/v1/cases/${kase.id}/timeline`);
    const items = timeline.items as Entry[];
    assert.equal(timeline.caseId, kase.id);
    const times = items.map((e) => Date.parse(e.at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      'oldest first',
    );
    const kinds = new Set(items.map((e) => e.kind));
    assert.deepEqual([...kinds].sort(), ['audit', 'commitment', 'concession', 'conversation', 'note']);
    assert.equal(items[0]!.kind, 'conversation', 'the call came first');
    assert.equal(items[0]!.id, talk.id);
    assert.equal(items[0]!.actor?.id, acme.agent.id);
    assert.equal(items[0]!.hangup, true);
    const find = (kind: string, id: string) => items.find((e) => e.kind === kind && e.id === id);
    assert.equal(find('note', note2.id)?.actor?.id, acme.supervisor.id);
    assert.equal(find('note', note2.id)?.body, 'Checked the call.');
    const promiseEntry = find('commitment', promise.id)!;
    assert.equal(promiseEntry.actor?.id, acme.agent.id, 'who recorded the promise');
    assert.equal(promiseEntry.dueAt, '2026-04-07T09:00:00.000Z');
    assert.equal(find('concession', concession.id)?.amountCents, 1500);
    const audits = items.filter((e) => e.kind === 'audit');
    const acknowledged = audits.find(
      (e) => e.entity === 'case' && e.after && (e.after as { state?: string }).state === 'acknowledged',
    );
    assert.ok(
      acknowledged,
      `the transition is in the trail: ${JSON.stringify(audits.map((a) => [a.entity, a.action]))}`,
    );
    assert.equal(acknowledged.actor?.id, acme.supervisor.id);
    assert.equal(typeof acknowledged.actor?.name, 'string');
    assert.ok(audits.some((e) => e.entity === 'commitment' && e.entityId === promise.id && e.action === 'created'));
    assert.ok(audits.some((e) => e.entity === 'concession' && e.entityId === concession.id));
    assert.ok(
      audits.every((e) => e.entity !== 'case_note'),
      'notes appear once, as notes',
    );
    const order = items.map((e) => `${e.kind}:${e.id}`);
    assert.ok(order.indexOf(`note:${note1.id}`) < order.indexOf(`commitment:${promise.id}`));
    assert.ok(order.indexOf(`concession:${concession.id}`) < order.indexOf(`note:${note2.id}`));

    // Scope and bad input: another team's agent and another org see nothing; bad notes write nothing.
    for (const user of [acme.otherAgent, globex.admin]) {
      for (const url of [`/api/v1/cases/${kase.id}/timeline`, `/api/v1/cases/${kase.id}/notes`]) {
        const response = await server.call(user, { method: 'GET', url });
        assert.equal(response.statusCode, 404, `${user.email} ${url}`);
      }
      const write = await server.call(user, {
        method: 'POST',
        url: `/api/v1/cases/${kase.id}/notes`,
        payload: { body: 'sneaky' },
      });
      assert.equal(write.statusCode, 404);
    }
    for (const [payload, status] of [
      [{ body: '   ' }, 400],
      [{ body: 'x'.repeat(10_001) }, 400],
      [{ text: 'wrong field' }, 400],
    ] as const) {
      const response = await server.call(acme.agent, {
        method: 'POST',
        url: `/api/v1/cases/${kase.id}/notes`,
        payload,
      });
      assert.equal(response.statusCode, status, response.body);
      assert.equal(errorCode(response.body), 'invalid_input');
    }
    const unknown = await server.call(acme.admin, {
      method: 'GET',
      url: '/api/v1/cases/00000000-0000-4000-8000-000000000000/timeline',
    });
    assert.equal(unknown.statusCode, 404);
    const after = await call(acme.agent, 'GET', `/api/v1/cases/${kase.id}/notes`);
    assert.equal(after.items.length, 2, 'refused notes wrote nothing');
  });
}
