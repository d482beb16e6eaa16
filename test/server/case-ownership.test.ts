// Case ownership: routing (R3) picks an owner only when nobody owns the case; the agent who opens a case from
// their own call keeps it (unless a rule says otherwise) and the call's Chaser is linked to it; supervisors
// reassign, agents hand over to a teammate or back to the queue; every move is audited and sends case.updated.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { changePolicy } from '../../src/services/tenant.service.ts';
import { systemActorIn, unwrap } from '../../src/services/context.ts';
import { auditEvents, commitments } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { startTestServer, type SeededUser } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] R3 F5 an agent keeps the case opened from their own call, linked to its Chaser`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const acme = server.orgs[0];
    const as = (user: SeededUser, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object) =>
      server.call(user, { method, url, ...(payload ? { payload } : {}) });
    const customer = JSON.parse(
      (await as(acme.agent, 'POST', '/api/v1/customers', { name: 'Dana', phone: '+1 555 0100' })).body,
    );
    const call = JSON.parse(
      (
        await as(acme.agent, 'POST', '/api/v1/conversations', {
          conversation: HANGUP_CONVERSATION,
          customerId: customer.id,
        })
      ).body,
    );
    const chaserId = call.commitments[0].id as string;

    const opened = await as(acme.agent, 'POST', '/api/v1/cases', {
      customerId: customer.id,
      conversationId: call.id,
      presentingIssue: 'Internet keeps dropping',
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const kase = JSON.parse(opened.body);
    assert.equal(kase.ownerId, acme.agent.id, 'the agent keeps it');
    assert.equal(kase.teamId, acme.teamId);
    assert.match(kase.routing.reasons[0], /keeps it/);
    assert.deepEqual(
      kase.commitments.map((c: { id: string; caseId: string }) => [c.id, c.caseId]),
      [[chaserId, kase.id]],
      'the Chaser is linked to the case',
    );
    const [chaser] = await server.store.db.select().from(commitments).where(eq(commitments.id, chaserId));
    assert.equal(chaser?.caseId, kase.id);
    const linked = await server.store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, chaserId), eq(auditEvents.action, 'linked')));
    assert.deepEqual(linked[0]?.after, { caseId: kase.id });

    // A routing rule that matches decides instead.
    unwrap(
      await changePolicy({ db: server.store.db, now: () => new Date() }, systemActorIn(acme.id), {
        routingRules: [
          { name: 'billing to second line', when: { categories: ['billing'] }, assign: { teamId: acme.otherTeamId } },
        ],
      }),
    );
    const second = JSON.parse(
      (
        await as(acme.agent, 'POST', '/api/v1/conversations', {
          conversation: { ...HANGUP_CONVERSATION, id: 'second' },
          customerId: customer.id,
        })
      ).body,
    );
    const routed = JSON.parse(
      (
        await as(acme.agent, 'POST', '/api/v1/cases', {
          customerId: customer.id,
          conversationId: second.id,
          category: 'billing',
          presentingIssue: 'Charged twice',
        })
      ).body,
    );
    assert.equal(routed.routing.rule, 'billing to second line');
    assert.equal(routed.ownerId, acme.otherAgent.id);
  });

  test(`[${backend.name}] reassigning: supervisors move a case anywhere, agents to a teammate or the queue`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const acme = server.orgs[0];
    const as = (user: SeededUser, method: 'POST' | 'PATCH', url: string, payload: object) =>
      server.call(user, { method, url, payload });
    const customer = JSON.parse((await as(acme.agent, 'POST', '/api/v1/customers', { name: 'Ada' })).body);
    const kase = JSON.parse(
      (
        await as(acme.agent, 'POST', '/api/v1/cases', {
          customerId: customer.id,
          presentingIssue: 'Broken router',
          ownerId: acme.agent.id,
          teamId: acme.teamId,
        })
      ).body,
    );
    const url = `/api/v1/cases/${kase.id}`;

    // An agent may not send it to another team…
    const refused = await as(acme.agent, 'PATCH', url, { ownerId: acme.otherAgent.id });
    assert.equal(refused.statusCode, 403, refused.body);
    assert.match(JSON.parse(refused.body).error.message, /agents can hand a case to a teammate or back to the queue/);
    // …but may hand it to a teammate, or back to the queue.
    const handed = await as(acme.agent, 'PATCH', url, { ownerId: acme.supervisor.id });
    assert.equal(handed.statusCode, 200, handed.body);
    assert.equal(JSON.parse(handed.body).ownerId, acme.supervisor.id);
    const queued = await as(acme.agent, 'PATCH', url, { ownerId: null });
    assert.equal(queued.statusCode, 200, queued.body);
    assert.equal(JSON.parse(queued.body).ownerId, null);

    // A supervisor moves it to anyone in the org; the move is audited and announced.
    server.events.length = 0;
    const moved = await as(acme.supervisor, 'PATCH', url, { ownerId: acme.otherAgent.id });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(JSON.parse(moved.body).ownerId, acme.otherAgent.id);
    const event = server.events.find((e) => e.type === 'case.updated');
    assert.equal(event?.data.ownerId, acme.otherAgent.id);
    assert.deepEqual(event?.data.changed, ['ownerId']);
    const trail = await server.store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, kase.id), eq(auditEvents.action, 'updated')))
      .orderBy(auditEvents.seq);
    assert.deepEqual(
      trail.map((r) => [r.actorId, r.before?.ownerId, r.after?.ownerId]),
      [
        [acme.agent.id, acme.agent.id, acme.supervisor.id],
        [acme.agent.id, acme.supervisor.id, null],
        [acme.supervisor.id, null, acme.otherAgent.id],
      ],
    );

    // Unknown or another org's user: not found; nothing changes.
    const unknown = await as(acme.supervisor, 'PATCH', url, { ownerId: server.orgs[1].agent.id });
    assert.equal(unknown.statusCode, 404, unknown.body);
  });
}
