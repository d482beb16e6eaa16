// GET /conversations: filters, search, team scoping, keyset pages and the summary shape, on both backends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backends } from '../store/harness.ts';
import { HANGUP_CONVERSATION } from './fixtures.ts';
import { errorCode, startTestServer, type SeededUser, type TestServer } from './helpers.ts';

const CALM = {
  turns: [
    { speaker: 'customer', text: 'My router keeps blinking orange since Tuesday.' },
    { speaker: 'agent', text: 'I am sorry about that, let me check the line for you now.' },
  ],
};
const ABUSIVE = {
  turns: [
    { speaker: 'customer', text: 'You idiots lost my parcel again. Just do your job, idiot.' },
    { speaker: 'agent', text: 'I want to help you with the parcel.' },
  ],
};

interface Item {
  id: string;
  customer: { id: string; name: string } | null;
  agent: { id: string; name: string } | null;
  startedAt: string;
  channel: string | null;
  turnCount: number;
  peakAnger: number | null;
  peakAngerLevel: string | null;
  abusive: boolean;
  hangup: boolean;
  qaScore: number | null;
}

const list = async (server: TestServer, user: SeededUser, query = '') => {
  const response = await server.call(user, { method: 'GET', url: `/api/v1/conversations${query}` });
  assert.equal(response.statusCode, 200, response.body);
  return JSON.parse(response.body) as { items: Item[]; nextCursor: string | null };
};
const ids = (page: { items: Item[] }) => page.items.map((i) => i.id);

for (const backend of await backends()) {
  test(`[${backend.name}] GET /conversations: filters, search, team scope, cursor pages, summary items`, {
    skip: backend.skipReason,
  }, async (t) => {
    let clock = new Date('2026-03-02T09:00:00Z');
    const server = await startTestServer(backend, { now: () => clock });
    t.after(() => server.close());
    const [acme, globex] = server.orgs;
    const post = async (user: SeededUser, url: string, payload: object) => {
      const response = await server.call(user, { method: 'POST', url, payload });
      assert.equal(response.statusCode, 201, response.body);
      return JSON.parse(response.body) as { id: string; abusive: boolean; hangup: boolean; score: number };
    };
    const ada = await post(acme.agent, '/api/v1/customers', { name: 'Ada Lovelace' });
    const bob = await post(acme.agent, '/api/v1/customers', { name: 'Bob Tiller' });
    const store = (user: SeededUser, conversation: object, extra: object = {}) =>
      post(user, '/api/v1/conversations', { conversation, ...extra });

    const hangup = await store(acme.agent, HANGUP_CONVERSATION, { customerId: ada.id, channel: 'phone' });
    clock = new Date('2026-03-02T10:00:00Z');
    const calm = await store(acme.agent, CALM, { customerId: bob.id, channel: 'chat', externalRef: 'zendesk-77' });
    clock = new Date('2026-03-02T11:00:00Z');
    const abusive = await store(acme.agent, ABUSIVE);
    assert.equal(abusive.abusive, true, 'the abusive fixture is abusive');
    assert.equal(calm.abusive || calm.hangup, false);
    clock = new Date('2026-03-02T12:00:00Z');
    const otherTeam = await store(acme.otherAgent, CALM);
    await store(globex.agent, CALM);

    // Scope: agents see their team's and their own, supervisors the org, another org nothing of ours.
    assert.deepEqual(ids(await list(server, acme.agent)), [abusive.id, calm.id, hangup.id]);
    assert.deepEqual(ids(await list(server, acme.otherAgent)), [otherTeam.id]);
    assert.deepEqual(ids(await list(server, acme.supervisor)), [otherTeam.id, abusive.id, calm.id, hangup.id]);
    const foreign = ids(await list(server, globex.admin));
    assert.equal(foreign.length, 1);
    assert.ok(![hangup.id, calm.id, abusive.id, otherTeam.id].includes(foreign[0]!));

    // The summary of each item.
    const all = await list(server, acme.supervisor);
    const first = all.items.find((i) => i.id === hangup.id)!;
    assert.deepEqual(first.customer, { id: ada.id, name: 'Ada Lovelace' });
    assert.equal(first.agent?.id, acme.agent.id);
    assert.equal(typeof first.agent?.name, 'string');
    assert.equal(first.startedAt, '2026-03-02T09:00:00.000Z');
    assert.equal(first.channel, 'phone');
    assert.equal(first.turnCount, 3);
    assert.equal(first.hangup, true);
    assert.equal(first.qaScore, hangup.score);
    assert.ok(first.peakAnger !== null && first.peakAnger > 0);
    assert.ok(['annoyed', 'angry', 'furious'].includes(first.peakAngerLevel!), first.peakAngerLevel!);
    assert.equal(all.items.find((i) => i.id === abusive.id)!.customer, null);
    assert.equal('turns' in first, false, 'a summary carries no turns');

    // Filters, each alone and combined.
    const sup = acme.supervisor;
    assert.deepEqual(ids(await list(server, sup, `?customerId=${ada.id}`)), [hangup.id]);
    assert.deepEqual(ids(await list(server, sup, `?agentId=${acme.otherAgent.id}`)), [otherTeam.id]);
    assert.deepEqual(ids(await list(server, sup, '?hangup=true')), [hangup.id]);
    assert.deepEqual(ids(await list(server, sup, '?abusive=true')), [abusive.id]);
    assert.deepEqual(ids(await list(server, sup, '?abusive=false&hangup=false')), [otherTeam.id, calm.id]);
    assert.deepEqual(
      ids(await list(server, sup, '?from=2026-03-02T10:00:00Z&to=2026-03-02T12:00:00Z')),
      [abusive.id, calm.id],
      'from is inclusive, to exclusive',
    );
    assert.deepEqual(ids(await list(server, sup, '?q=BLINKING%20orange')), [otherTeam.id, calm.id], 'turn text');
    assert.deepEqual(ids(await list(server, sup, '?q=lovelace')), [hangup.id], "customer's name");
    assert.deepEqual(ids(await list(server, sup, '?q=zendesk')), [calm.id], 'external reference');
    assert.deepEqual(ids(await list(server, sup, '?q=100%25')), [], 'LIKE wildcards match literally');
    assert.deepEqual(ids(await list(server, acme.otherAgent, '?q=blinking')), [otherTeam.id], 'search keeps the scope');

    // Keyset pages: no gaps, no repeats, stable when a newer conversation arrives between pages.
    const page1 = await list(server, sup, '?limit=2');
    assert.deepEqual(ids(page1), [otherTeam.id, abusive.id]);
    assert.ok(page1.nextCursor);
    clock = new Date('2026-03-02T13:00:00Z');
    await store(acme.agent, CALM);
    const page2 = await list(server, sup, `?limit=2&cursor=${page1.nextCursor}`);
    assert.deepEqual(ids(page2), [calm.id, hangup.id]);
    assert.equal(page2.nextCursor, null, 'the last page says so');

    // Bad input: one clear 400 each.
    for (const query of [
      '?cursor=bm9wZQ',
      '?from=yesterday',
      '?from=2026-03-03T00:00:00Z&to=2026-03-02T00:00:00Z',
      '?abusive=yes',
      '?limit=0',
      '?customerId=42',
    ]) {
      const response = await server.call(sup, { method: 'GET', url: `/api/v1/conversations${query}` });
      assert.equal(response.statusCode, 400, `${query}: ${response.body}`);
      assert.equal(errorCode(response.body), 'invalid_input');
    }
  });
}
