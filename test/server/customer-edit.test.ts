// PATCH /customers/:id: partial edits, null clears, audited with only the changed fields, refusals write nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listAuditFor } from '../../src/store/repositories/audit.repository.ts';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] PATCH /customers/:id edits details, audits the change, refuses bad input`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const create = async (payload: object) => {
      const response = await server.call(acme.agent, { method: 'POST', url: '/api/v1/customers', payload });
      assert.equal(response.statusCode, 201, response.body);
      return JSON.parse(response.body) as { id: string };
    };
    const ada = await create({ name: 'Ada', email: 'ada@old.example', phone: '+44 20 7946 0000', plan: 'basic' });
    await create({ name: 'Taken', externalRef: 'crm-1' });
    const patch = (user = acme.agent, id = ada.id, payload: unknown = {}) =>
      server.call(user, { method: 'PATCH', url: `/api/v1/customers/${id}`, payload: payload as object });

    const edited = await patch(acme.agent, ada.id, {
      name: 'Ada Lovelace',
      email: 'ada@new.example',
      phone: null,
      plan: 'gold',
      lifetimeRevenueCents: 1_250_000,
      customerSince: '2019-04-01',
    });
    assert.equal(edited.statusCode, 200, edited.body);
    const body = JSON.parse(edited.body);
    assert.deepEqual(
      [body.name, body.email, body.phone, body.plan, body.lifetimeRevenueCents, body.customerSince],
      ['Ada Lovelace', 'ada@new.example', null, 'gold', 1_250_000, '2019-04-01'],
    );
    const read = JSON.parse(
      (await server.call(acme.supervisor, { method: 'GET', url: `/api/v1/customers/${ada.id}` })).body,
    );
    assert.equal(read.plan, 'gold', 'the change is stored');

    const trail = await listAuditFor(server.store.db, acme.id, 'customer', ada.id);
    assert.equal(trail.length, 1);
    assert.equal(trail[0]!.action, 'updated');
    assert.equal(trail[0]!.actorId, acme.agent.id);
    assert.equal(trail[0]!.actorVia, 'session');
    assert.deepEqual(trail[0]!.before, {
      name: 'Ada',
      email: 'ada@old.example',
      phone: '+44 20 7946 0000',
      plan: 'basic',
      lifetimeRevenueCents: 0,
      customerSince: null,
    });
    assert.deepEqual(trail[0]!.after, {
      name: 'Ada Lovelace',
      email: 'ada@new.example',
      phone: null,
      plan: 'gold',
      lifetimeRevenueCents: 1_250_000,
      customerSince: '2019-04-01',
    });

    // Same values again: 200, nothing written.
    assert.equal((await patch(acme.agent, ada.id, { plan: 'gold' })).statusCode, 200);
    // Refusals: each a 4xx naming the problem, none writes an audit entry.
    const refusals: Array<[ReturnType<typeof patch>, number, string]> = [
      [patch(acme.agent, ada.id, {}), 400, 'invalid_input'],
      [patch(acme.agent, ada.id, { nickname: 'x' }), 400, 'invalid_input'],
      [patch(acme.agent, ada.id, { email: 'not an e-mail' }), 400, 'invalid_input'],
      [patch(acme.agent, ada.id, { name: '' }), 400, 'invalid_input'],
      [patch(acme.agent, ada.id, { lifetimeRevenueCents: -1 }), 400, 'invalid_input'],
      [patch(acme.agent, ada.id, { externalRef: 'crm-1' }), 409, 'conflict'],
      [patch(acme.agent, 'nope', { plan: 'x' }), 400, 'invalid_input'],
      [patch(acme.agent, '00000000-0000-4000-8000-000000000000', { plan: 'x' }), 404, 'not_found'],
      [patch(globex.admin, ada.id, { plan: 'stolen' }), 404, 'not_found'],
    ];
    for (const [pending, status, code] of refusals) {
      const response = await pending;
      assert.equal(response.statusCode, status, response.body);
      assert.equal(errorCode(response.body), code);
    }
    assert.equal((await listAuditFor(server.store.db, acme.id, 'customer', ada.id)).length, 1);
    const after = JSON.parse(
      (await server.call(acme.agent, { method: 'GET', url: `/api/v1/customers/${ada.id}` })).body,
    );
    assert.equal(after.plan, 'gold', 'another org could not change it');
  });
}
