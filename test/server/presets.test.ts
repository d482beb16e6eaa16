// Regulatory presets are discoverable: listed with their clocks, enumerated in OpenAPI, FCA/CFPB accepted as aliases.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { errorCode, startTestServer } from './helpers.ts';

for (const backend of await backends()) {
  test(`[${backend.name}] GET /policy/presets lists presets; FCA and CFPB work as aliases for the policy and for a case`, {
    skip: backend.skipReason,
  }, async (t) => {
    const server = await startTestServer(backend);
    t.after(() => server.close());
    const [acme] = server.orgs;
    const listed = await server.call(acme.agent, { method: 'GET', url: '/api/v1/policy/presets' });
    assert.equal(listed.statusCode, 200, listed.body);
    const items = JSON.parse(listed.body).items as Array<{
      id: string;
      name: string;
      description: string;
      aliases: string[];
      builtIn: boolean;
      clocks: Array<{ kind: string; calendarDays?: number; businessDays?: number; basis: string }>;
    }>;
    const byId = new Map(items.map((p) => [p.id, p]));
    assert.deepEqual([...byId.keys()], ['uk-fca-disp', 'us-cfpb']);
    const fca = byId.get('uk-fca-disp')!;
    assert.deepEqual([fca.aliases, fca.builtIn], [['FCA', 'DISP'], true]);
    assert.match(fca.description, /Financial Conduct Authority/);
    assert.deepEqual(
      fca.clocks.map((c) => [c.kind, c.calendarDays ?? null, c.businessDays ?? null]),
      [
        ['acknowledgement', null, 1],
        ['final_response', 56, null],
      ],
    );
    assert.deepEqual(byId.get('us-cfpb')!.aliases, ['CFPB']);

    // The policy takes a common name and stores the preset id.
    const set = await server.call(acme.admin, {
      method: 'PATCH',
      url: '/api/v1/policy',
      payload: { regulatoryPreset: 'fca' },
    });
    assert.equal(set.statusCode, 200, set.body);
    assert.equal(JSON.parse(set.body).regulatoryPreset, 'uk-fca-disp');
    const unknown = await server.call(acme.admin, {
      method: 'PATCH',
      url: '/api/v1/policy',
      payload: { regulatoryPreset: 'SEC' },
    });
    assert.equal(unknown.statusCode, 400);
    assert.equal(errorCode(unknown.body), 'invalid_input');
    assert.match(JSON.parse(unknown.body).error.message, /unknown regulatory preset "SEC"; use one of .*FCA.*CFPB/);

    // A case may name its own preset by alias; its clocks become promises, recorded under the preset id.
    const customer = JSON.parse(
      (await server.call(acme.agent, { method: 'POST', url: '/api/v1/customers', payload: { name: 'Mo' } })).body,
    );
    const opened = await server.call(acme.agent, {
      method: 'POST',
      url: '/api/v1/cases',
      payload: { customerId: customer.id, presentingIssue: 'Card payment taken twice', regulatoryPreset: 'CFPB' },
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const kase = JSON.parse(opened.body);
    assert.equal(kase.regulatoryPreset, 'us-cfpb');
    assert.deepEqual(kase.commitments.map((c: { source: string }) => c.source).sort(), [
      'us-cfpb:acknowledgement',
      'us-cfpb:final_response',
    ]);

    // The OpenAPI document enumerates the built-in presets and their aliases.
    const spec = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
    const patch = spec.paths['/api/v1/policy'].patch.requestBody.content['application/json'].schema;
    const names = JSON.stringify(patch.properties.regulatoryPreset);
    for (const name of ['uk-fca-disp', 'us-cfpb', 'FCA', 'CFPB']) assert.ok(names.includes(`"${name}"`), name);
    assert.ok(spec.paths['/api/v1/policy/presets'].get.summary);
  });
}
