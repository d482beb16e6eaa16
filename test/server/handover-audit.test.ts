// #11 gaps over the API: a case's reassignment carries its open promises, a promise is handed over with a note,
// the audit trail reads newest first with filters and keyset pages, every member reads the team directory, and
// admins edit the routing rules that route new cases (R3).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../src/store/schema/index.ts';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer, type SeededUser, type TestServer } from './helpers.ts';

const due = (hours = 24) => new Date(Date.now() + hours * 3_600_000).toISOString();

function caller(server: TestServer) {
  return async (user: SeededUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const response = await server.call(user, { method, url, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.body, json: () => JSON.parse(response.body) };
  };
}

async function caseWithPromises(server: TestServer) {
  const acme = server.orgs[0];
  const as = caller(server);
  const customer = (await as(acme.agent, 'POST', '/api/v1/customers', { name: 'Noor', phone: '+1 555 0142' })).json();
  const kase = (
    await as(acme.agent, 'POST', '/api/v1/cases', {
      customerId: customer.id,
      presentingIssue: 'Charged twice',
      teamId: acme.teamId,
      ownerId: acme.agent.id,
    })
  ).json();
  const promise = async (ownerId: string) => {
    const r = await as(acme.agent, 'POST', `/api/v1/cases/${kase.id}/commitments`, {
      kind: 'callback',
      dueAt: due(),
      ownerId,
      steps: ['Call back with the refund reference'],
    });
    assert.equal(r.status, 201, r.body);
    return r.json() as { id: string; ownerId: string };
  };
  return { customer, kase, promise };
}

for (const backend of await backends()) {
  test(`[${backend.name}] reassigning a case hands the old owner's open promises to the new owner, audited, with events`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const acme = server.orgs[0];
    const as = caller(server);
    const { kase, promise } = await caseWithPromises(server);
    const mine = await promise(acme.agent.id);
    const kept = await promise(acme.agent.id);
    const colleagues = await promise(acme.supervisor.id);
    assert.equal(
      (await as(acme.agent, 'POST', `/api/v1/commitments/${kept.id}/complete`, { outcome: 'Called' })).status,
      200,
    );

    const moved = await as(acme.supervisor, 'PATCH', `/api/v1/cases/${kase.id}`, { ownerId: acme.otherAgent.id });
    assert.equal(moved.status, 200, moved.body);
    assert.equal(moved.json().ownerId, acme.otherAgent.id);
    const after = (await as(acme.admin, 'GET', `/api/v1/cases/${kase.id}`)).json();
    const owner = (id: string) => after.commitments.find((c: { id: string }) => c.id === id).ownerId;
    assert.equal(owner(mine.id), acme.otherAgent.id, "the old owner's open promise follows the case");
    assert.equal(owner(kept.id), acme.agent.id, 'a kept promise stays with who kept it');
    assert.equal(owner(colleagues.id), acme.supervisor.id, "a colleague's promise on the case stays theirs");

    const audit = await server.store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, mine.id), eq(auditEvents.action, 'handed_over')));
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.actorId, acme.supervisor.id);
    assert.deepEqual(audit[0]?.before, { ownerId: acme.agent.id });
    assert.equal(audit[0]?.after?.ownerId, acme.otherAgent.id);
    assert.equal(audit[0]?.after?.reason, 'case_reassigned');
    const events = server.events.filter((e) => e.type === 'commitment.handed_over');
    assert.deepEqual(
      events.map((e) => [e.data.commitmentId, e.data.fromUserId, e.data.toUserId, e.data.reason]),
      [[mine.id, acme.agent.id, acme.otherAgent.id, 'case_reassigned']],
    );
    assert.ok(server.events.some((e) => e.type === 'case.updated' && e.data.ownerId === acme.otherAgent.id));

    // Back to the queue: the promises stay with their owner (never ownerless).
    assert.equal((await as(acme.supervisor, 'PATCH', `/api/v1/cases/${kase.id}`, { ownerId: null })).status, 200);
    const queued = (await as(acme.admin, 'GET', `/api/v1/cases/${kase.id}`)).json();
    assert.equal(queued.commitments.find((c: { id: string }) => c.id === mine.id).ownerId, acme.otherAgent.id);

    // A refused reassignment moves nothing: an agent cannot move a case to another team.
    const own = await caseWithPromises(server);
    const p = await own.promise(acme.agent.id);
    const refused = await as(acme.agent, 'PATCH', `/api/v1/cases/${own.kase.id}`, { ownerId: acme.otherAgent.id });
    assert.equal(refused.status, 403, refused.body);
    const still = (await as(acme.admin, 'GET', `/api/v1/cases/${own.kase.id}`)).json();
    assert.equal(still.commitments.find((c: { id: string }) => c.id === p.id).ownerId, acme.agent.id);
  });

  test(`[${backend.name}] handing a promise over: owner, team supervisor or admin; a note; audited; an event`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const as = caller(server);
    const { promise } = await caseWithPromises(server);
    const p = await promise(acme.agent.id);
    const url = `/api/v1/commitments/${p.id}/handover`;
    const note = 'She prefers a call after 5 pm; the refund reference is in the notes.';

    // Who may not: an agent who does not own it, another org (looks absent), a supervisor of another team.
    const teammate = await as(acme.otherAgent, 'POST', url, { toUserId: acme.otherAgent.id, note });
    assert.ok([403, 404].includes(teammate.status), teammate.body);
    assert.equal((await as(globex.admin, 'POST', url, { toUserId: globex.agent.id, note })).status, 404);
    // Bad input: no note, a user of another org, the current owner.
    const noNote = await as(acme.agent, 'POST', url, { toUserId: acme.supervisor.id, note: '  ' });
    assert.equal(noNote.status, 400, noNote.body);
    assert.equal(errorCode(noNote.body), 'invalid_input');
    assert.equal((await as(acme.agent, 'POST', url, { toUserId: globex.agent.id, note })).status, 404);
    assert.equal((await as(acme.agent, 'POST', url, { toUserId: acme.agent.id, note })).status, 400);

    // The owner hands it to a colleague in another team.
    const handed = await as(acme.agent, 'POST', url, { toUserId: acme.otherAgent.id, note });
    assert.equal(handed.status, 200, handed.body);
    assert.equal(handed.json().ownerId, acme.otherAgent.id);
    const [row] = await server.store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, p.id), eq(auditEvents.action, 'handed_over')));
    assert.equal(row?.actorId, acme.agent.id);
    assert.deepEqual(row?.before, { ownerId: acme.agent.id });
    assert.equal(row?.after?.note, note);
    const event = server.events.find((e) => e.type === 'commitment.handed_over');
    assert.equal(event?.data.toUserId, acme.otherAgent.id);
    assert.equal(event?.data.note, note);
    assert.equal(event?.data.reason, 'handover');

    // The old owner no longer may; the case team's supervisor and an admin may.
    assert.equal((await as(acme.agent, 'POST', url, { toUserId: acme.supervisor.id, note })).status, 403);
    const bySupervisor = await as(acme.supervisor, 'POST', url, { toUserId: acme.agent.id, note: 'Back to you' });
    assert.equal(bySupervisor.status, 200, bySupervisor.body);
    assert.equal((await as(acme.admin, 'POST', url, { toUserId: acme.supervisor.id, note: 'Mine now' })).status, 200);

    // A kept promise is not handed over.
    await as(acme.supervisor, 'POST', `/api/v1/commitments/${p.id}/complete`, { outcome: 'Called her back' });
    const done = await as(acme.supervisor, 'POST', url, { toUserId: acme.agent.id, note });
    assert.equal(done.status, 409, done.body);
  });

  test(`[${backend.name}] audit trail: newest first, filters, keyset pages; supervisors see the case domain only`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const as = caller(server);
    const { kase, promise } = await caseWithPromises(server);
    const p = await promise(acme.agent.id);
    await as(acme.agent, 'POST', `/api/v1/commitments/${p.id}/handover`, {
      toUserId: acme.supervisor.id,
      note: 'Please take it',
    });

    const all = await as(acme.admin, 'GET', '/api/v1/audit?limit=200');
    assert.equal(all.status, 200, all.body);
    const items = all.json().items as Array<{ at: string; entity: string; action: string; caseId: string | null }>;
    assert.equal(items[0]?.action, 'handed_over', 'newest first');
    assert.equal(items[0]?.caseId, kase.id, "a promise's entry names its case");
    assert.ok(
      items.some((e) => e.entity === 'user'),
      'admins see user changes',
    );
    for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.at >= items[i]!.at, 'sorted newest first');

    // Keyset paging walks every entry exactly once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (
        await as(acme.admin, 'GET', `/api/v1/audit?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      ).json();
      seen.push(...page.items.map((e: { id: string }) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(
      seen,
      items.map((e) => (e as unknown as { id: string }).id),
    );

    // Filters.
    const byEntity = (await as(acme.admin, 'GET', `/api/v1/audit?entity=commitment&entityId=${p.id}`)).json();
    assert.deepEqual(
      byEntity.items.map((e: { action: string }) => e.action),
      ['handed_over', 'created'],
    );
    const byActor = (await as(acme.admin, 'GET', `/api/v1/audit?actorId=${acme.agent.id}&action=opened`)).json();
    assert.deepEqual(
      byActor.items.map((e: { entityId: string }) => e.entityId),
      [kase.id],
    );
    const future = (await as(acme.admin, 'GET', `/api/v1/audit?from=${encodeURIComponent(due(1))}`)).json();
    assert.equal(future.items.length, 0);
    const past = (await as(acme.admin, 'GET', `/api/v1/audit?to=${encodeURIComponent(due(-24))}`)).json();
    assert.equal(past.items.length, 0);

    // Supervisors: the case domain only; agents: refused; another org: its own trail only.
    const sup = (await as(acme.supervisor, 'GET', '/api/v1/audit?limit=200')).json();
    assert.ok(sup.items.length > 0);
    assert.ok(sup.items.every((e: { entity: string }) => e.entity !== 'user' && e.entity !== 'team'));
    assert.equal((await as(acme.supervisor, 'GET', '/api/v1/audit?entity=user')).json().items.length, 0);
    assert.equal((await as(acme.agent, 'GET', '/api/v1/audit')).status, 403);
    const other = await as(globex.admin, 'GET', '/api/v1/audit?limit=200');
    assert.ok(!other.body.includes(kase.id));
    const bad = await as(acme.admin, 'GET', '/api/v1/audit?cursor=nonsense');
    assert.equal(bad.status, 400, bad.body);
  });

  test(`[${backend.name}] team directory: every member reads names, roles and teams of active colleagues only`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const as = caller(server);
    const gone = await as(acme.admin, 'POST', '/api/v1/users', {
      email: 'gone@acme.test',
      name: 'Gone Person',
      password: 'long enough password',
      role: 'agent',
    });
    await as(acme.admin, 'PATCH', `/api/v1/users/${gone.json().id}`, { active: false });

    const read = await as(acme.agent, 'GET', '/api/v1/directory');
    assert.equal(read.status, 200, read.body);
    const items = read.json().items as Array<Record<string, unknown>>;
    const ids = items.map((u) => u.id);
    for (const u of [acme.admin, acme.supervisor, acme.agent, acme.otherAgent]) assert.ok(ids.includes(u.id));
    assert.ok(!ids.includes(gone.json().id), 'deactivated people are left out');
    assert.ok(!ids.includes(globex.agent.id), "another org's people never appear");
    for (const u of items) assert.deepEqual(Object.keys(u).sort(), ['id', 'name', 'role', 'teamId', 'teamName']);
    assert.ok(!read.body.includes('@acme.test'), 'no e-mail addresses');
    const other = items.find((u) => u.id === acme.otherAgent.id);
    assert.equal(other?.teamName, 'Second line');
  });

  test(`[${backend.name}] routing rules: admins edit them in the policy, new cases follow them (R3)`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const as = caller(server);
    const rules = [
      { name: 'Critical to second line', when: { severities: ['critical'] }, assign: { teamId: acme.otherTeamId } },
      { name: 'Billing to supervisors', when: { categories: ['billing'] }, assign: { role: 'supervisor' } },
    ];
    assert.equal((await as(acme.supervisor, 'PATCH', '/api/v1/policy', { routingRules: rules })).status, 403);
    const foreign = await as(acme.admin, 'PATCH', '/api/v1/policy', {
      routingRules: [{ ...rules[0], assign: { teamId: globex.teamId } }],
    });
    assert.equal(foreign.status, 404, foreign.body);
    assert.match(foreign.body, /routingRules\[0\]\.assign\.teamId/);
    const twice = await as(acme.admin, 'PATCH', '/api/v1/policy', { routingRules: [rules[0], rules[0]] });
    assert.equal(twice.status, 400, twice.body);
    const empty = await as(acme.admin, 'PATCH', '/api/v1/policy', { routingRules: [{ name: 'x', assign: {} }] });
    assert.equal(empty.status, 400, empty.body);

    const saved = await as(acme.admin, 'PATCH', '/api/v1/policy', { routingRules: rules });
    assert.equal(saved.status, 200, saved.body);
    assert.deepEqual(saved.json().routingRules, rules);
    assert.deepEqual((await as(acme.agent, 'GET', '/api/v1/policy')).json().routingRules, rules);
    const audit = await server.store.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, 'policy'), eq(auditEvents.orgId, acme.id)));
    assert.ok(
      audit.some((a) => Array.isArray(a.after?.routingRules)),
      'the change is audited',
    );

    const customer = (await as(acme.agent, 'POST', '/api/v1/customers', { name: 'Omar' })).json();
    const open = async (body: object) =>
      (
        await as(acme.agent, 'POST', '/api/v1/cases', { customerId: customer.id, presentingIssue: 'Down', ...body })
      ).json();
    const critical = await open({ severity: 'critical' });
    assert.equal(critical.routing.rule, 'Critical to second line');
    assert.equal(critical.teamId, acme.otherTeamId);
    assert.equal(critical.ownerId, acme.otherAgent.id);
    const billing = await open({ severity: 'low', category: 'billing' });
    assert.equal(billing.routing.rule, 'Billing to supervisors');
    assert.equal(billing.ownerId, acme.supervisor.id);
    const other = await open({ severity: 'low', category: 'outage' });
    assert.equal(other.routing.rule, null);
  });
}
