// Root causes and process fixes: create, list, edit, fixes added and moved, cases linked, audited, scoped by org and role.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer, type SeededUser } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] root causes: create with a fix, edit, move the fix to done, link cases, insights name it`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2026-05-04T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const send = (user: SeededUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      server.call(user, { method, url, ...(payload ? { payload } : {}) });
    const ok = async (pending: ReturnType<typeof send>, status = 200) => {
      const response = await pending;
      assert.equal(response.statusCode, status, response.body);
      return JSON.parse(response.body);
    };

    const created = await ok(
      send(acme.supervisor, 'POST', '/api/v1/root-causes', {
        name: 'Courier misses the slot',
        description: 'The courier app shows UTC',
        processFix: { title: 'Show local time', ownerId: acme.supervisor.id, dueAt: '2026-06-01T17:00:00Z' },
      }),
      201,
    );
    assert.equal(created.name, 'Courier misses the slot');
    assert.equal(created.caseCount, 0);
    assert.equal(created.processFixes.length, 1);
    const fix = created.processFixes[0];
    assert.deepEqual(
      [fix.title, fix.status, fix.ownerId, fix.dueAt, fix.doneAt],
      ['Show local time', 'planned', acme.supervisor.id, '2026-06-01T17:00:00.000Z', null],
    );
    const other = await ok(send(acme.admin, 'POST', '/api/v1/root-causes', { name: 'Billing run twice' }), 201);

    // Edit: rename, then move the fix along; a second fix is added; each change audited once.
    clock = new Date('2026-05-04T10:00:00Z');
    const renamed = await ok(
      send(acme.supervisor, 'PATCH', `/api/v1/root-causes/${created.id}`, { name: 'Courier misses the delivery slot' }),
    );
    assert.equal(renamed.name, 'Courier misses the delivery slot');
    const done = await ok(
      send(acme.supervisor, 'PATCH', `/api/v1/root-causes/${created.id}`, {
        processFix: { id: fix.id, status: 'done' },
      }),
    );
    assert.equal(done.processFixes[0].status, 'done');
    assert.equal(done.processFixes[0].doneAt, '2026-05-04T10:00:00.000Z');
    const added = await ok(
      send(acme.supervisor, 'PATCH', `/api/v1/root-causes/${created.id}`, {
        processFix: { title: 'Text the customer the slot' },
      }),
    );
    assert.deepEqual(
      added.processFixes.map((f: { title: string }) => f.title),
      ['Show local time', 'Text the customer the slot'],
    );
    await ok(
      send(acme.supervisor, 'PATCH', `/api/v1/root-causes/${created.id}`, { description: 'The courier app shows UTC' }),
    );
    const trail = await listAuditFor(server.store.db, acme.id, 'root_cause', created.id);
    assert.deepEqual(
      trail.map((a) => [a.action, a.before, a.after]),
      [
        ['created', null, { name: 'Courier misses the slot', description: 'The courier app shows UTC' }],
        ['updated', { name: 'Courier misses the slot' }, { name: 'Courier misses the delivery slot' }],
      ],
      'an unchanged description writes nothing',
    );
    const fixTrail = await listAuditFor(server.store.db, acme.id, 'process_fix', fix.id);
    assert.deepEqual(
      fixTrail.map((a) => [a.action, a.actorId, a.after?.status]),
      [
        ['created', acme.supervisor.id, 'planned'],
        ['updated', acme.supervisor.id, 'done'],
      ],
    );

    // Cases link to a root cause; the list counts them and insights name it.
    const customer = await ok(send(acme.agent, 'POST', '/api/v1/customers', { name: 'Lin' }), 201);
    const kase = await ok(
      send(acme.agent, 'POST', '/api/v1/cases', {
        customerId: customer.id,
        presentingIssue: 'Parcel late again',
        teamId: acme.teamId,
        ownerId: acme.agent.id,
      }),
      201,
    );
    const linked = await ok(send(acme.agent, 'PATCH', `/api/v1/cases/${kase.id}`, { rootCauseId: created.id }));
    assert.equal(linked.rootCauseId, created.id);
    const foreignLink = await send(acme.agent, 'PATCH', `/api/v1/cases/${kase.id}`, {
      rootCauseId: (await ok(send(globex.admin, 'POST', '/api/v1/root-causes', { name: 'Globex cause' }), 201)).id,
    });
    assert.equal(foreignLink.statusCode, 404, "another org's root cause cannot be linked");
    const list = await ok(send(acme.agent, 'GET', '/api/v1/root-causes'));
    assert.deepEqual(
      list.items.map((r: { name: string; caseCount: number }) => [r.name, r.caseCount]),
      [
        ['Billing run twice', 0],
        ['Courier misses the delivery slot', 1],
      ],
    );
    const insights = await ok(send(acme.supervisor, 'GET', '/api/v1/insights/root-causes?days=30'));
    assert.ok(
      insights.rootCauses.some(
        (r: { name: string; count: number }) => r.name === 'Courier misses the delivery slot' && r.count === 1,
      ),
      JSON.stringify(insights.rootCauses),
    );
    assert.equal((await ok(send(globex.admin, 'GET', '/api/v1/root-causes'))).items.length, 1, 'each org sees its own');

    // Refusals: role, org, bad input, duplicates, another root cause's fix, unknown owner; none writes.
    const refusals: Array<[ReturnType<typeof send>, number, string]> = [
      [send(acme.agent, 'POST', '/api/v1/root-causes', { name: 'Agents cannot' }), 403, 'forbidden'],
      [send(acme.agent, 'PATCH', `/api/v1/root-causes/${created.id}`, { name: 'x' }), 403, 'forbidden'],
      [send(globex.admin, 'PATCH', `/api/v1/root-causes/${created.id}`, { name: 'stolen' }), 404, 'not_found'],
      [send(acme.admin, 'POST', '/api/v1/root-causes', { name: 'Billing run twice' }), 409, 'conflict'],
      [send(acme.admin, 'PATCH', `/api/v1/root-causes/${created.id}`, { name: 'Billing run twice' }), 409, 'conflict'],
      [send(acme.admin, 'POST', '/api/v1/root-causes', { name: '' }), 400, 'invalid_input'],
      [send(acme.admin, 'PATCH', `/api/v1/root-causes/${created.id}`, {}), 400, 'invalid_input'],
      [
        send(acme.admin, 'PATCH', `/api/v1/root-causes/${created.id}`, { processFix: { status: 'done' } }),
        400,
        'invalid_input',
      ],
      [
        send(acme.admin, 'PATCH', `/api/v1/root-causes/${other.id}`, { processFix: { id: fix.id, status: 'planned' } }),
        404,
        'not_found',
      ],
      [
        send(acme.admin, 'PATCH', `/api/v1/root-causes/${created.id}`, {
          processFix: { title: 'x', ownerId: globex.admin.id },
        }),
        404,
        'not_found',
      ],
      [
        send(acme.admin, 'PATCH', `/api/v1/root-causes/${created.id}`, {
          processFix: { id: fix.id, status: 'finished' },
        }),
        400,
        'invalid_input',
      ],
    ];
    for (const [pending, status, code] of refusals) {
      const response = await pending;
      assert.equal(response.statusCode, status, response.body);
      assert.equal(errorCode(response.body), code);
    }
    assert.equal((await listAuditFor(server.store.db, acme.id, 'root_cause', created.id)).length, 2);
    assert.equal((await listAuditFor(server.store.db, acme.id, 'process_fix', fix.id)).length, 2);
  });
}
