// fast-check over every API route's body and query: generated inputs (the route's own field names with values of
// every shape, plus hostile strings) never crash the server or answer 5xx, and every rejection is a one-line 4xx
// that names where the problem is. FUZZ_RUNS sets the total (a few hundred here; `npm run fuzz` runs 100,000).
// Also: oversized and deeply nested JSON, NUL bytes, invalid UTF-8, injection strings stored and read back as
// data, and session fixation at log-in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { backends } from '../store/harness.ts';
import { errorCode, PASSWORD, startTestServer } from './helpers.ts';

const pglite = (await backends()).find((b) => b.name === 'pglite')!;
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const HOSTILE = [
  "'; drop table cases; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '../../etc/passwd',
  'a\u0000b',
  '\u202e\u0000\ud800',
  '%00%ff',
  '😡'.repeat(50),
  'x'.repeat(5000),
];

/** Values of every JSON shape, with the hostile strings often. */
const value = fc.oneof(
  { depthSize: 'small' },
  fc.constantFrom(...HOSTILE),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.uuid(),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.jsonValue({ maxDepth: 3 }),
);

interface Operation {
  method: string;
  url: string;
  bodyKeys: string[];
  queryKeys: string[];
}

test('[pglite] fuzzing every route: no 5xx, no crash, every rejection a clear 4xx naming the field', async (t) => {
  const server = await startTestServer(pglite, { config: { DEFUSE_API_MAX_PER_MINUTE: '1000000' } });
  t.after(() => server.close());
  await server.app.ready();
  const doc = server.app.swagger() as {
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Array<{ in: string; name: string }>;
          requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
        }
      >
    >;
  };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/api/v1/') || path === '/api/v1/live' || path === '/api/v1/auth/logout') continue;
    for (const [method, op] of Object.entries(methods)) {
      const bodyKeys = Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {});
      const queryKeys = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      if (bodyKeys.length || queryKeys.length || method !== 'get')
        operations.push({ method: method.toUpperCase(), url: path, bodyKeys, queryKeys });
    }
  }
  assert.ok(operations.length > 30, `${operations.length} operations`);
  const admin = server.orgs[0].admin;
  const cookie = await server.cookie(admin);
  const runsEach = Math.max(1, Math.ceil(TOTAL_RUNS / operations.length));
  let requests = 0;
  const statuses = new Map<number, number>();

  for (const op of operations) {
    const record = (keys: string[]) =>
      keys.length
        ? fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), value, { maxKeys: 6 })
        : fc.constant({});
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(record(op.bodyKeys), fc.jsonValue({ maxDepth: 2 })),
        record(op.queryKeys),
        fc.uuid(),
        async (body, query, id) => {
          const url = op.url.replace(/\{[^}]+\}/g, id);
          const search = new URLSearchParams(
            Object.entries(query as Record<string, unknown>).map(([k, v]) => [
              k,
              typeof v === 'string' ? v : JSON.stringify(v),
            ]),
          ).toString();
          const response = await server.app.inject({
            method: op.method as 'POST',
            url: search ? `${url}?${search}` : url,
            ...(op.method === 'GET' || op.method === 'DELETE'
              ? { headers: { cookie } }
              : { headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify(body) }),
          });
          requests += 1;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const where = `${op.method} ${url} body=${JSON.stringify(body).slice(0, 200)} query=${search.slice(0, 200)}`;
          assert.ok(response.statusCode < 500, `${where} → ${response.statusCode} ${response.body.slice(0, 300)}`);
          if (response.statusCode >= 400) {
            const parsed = JSON.parse(response.body) as { error: { code: string; message: string } };
            assert.ok(parsed.error.code && parsed.error.message, `${where}: error shape ${response.body}`);
            assert.doesNotMatch(parsed.error.message, /\n/, `${where}: one line`);
            if (parsed.error.code === 'invalid_input')
              assert.match(
                parsed.error.message,
                /^(body|query|params|querystring|headers)\b|^\(root\): |^[\w.[\]-]+: |\b(body|query)\.[\w.]+/,
                `${where}: names where (${parsed.error.message})`,
              );
          }
        },
      ),
      { numRuns: runsEach },
    );
  }
  assert.ok(requests >= operations.length);
  t.diagnostic(`${requests} requests over ${operations.length} operations; statuses ${JSON.stringify([...statuses])}`);
});

test('[pglite] hostile payloads: oversized, deep, NUL, invalid UTF-8, injection strings read back as data', async (t) => {
  const server = await startTestServer(pglite, { config: { DEFUSE_API_MAX_PER_MINUTE: '1000000' } });
  t.after(() => server.close());
  const admin = server.orgs[0].admin;
  const post = (payload: string | Buffer, url = '/api/v1/customers') =>
    server.call(admin, { method: 'POST', url, headers: { 'content-type': 'application/json' }, payload });

  const oversized = await post(JSON.stringify({ name: 'x'.repeat(3 * 1024 * 1024) }));
  assert.equal(oversized.statusCode, 413);
  assert.equal(errorCode(oversized.body), 'invalid_input');

  const deep = await post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  assert.ok(deep.statusCode >= 400 && deep.statusCode < 500, `deep JSON: ${deep.statusCode}`);

  const invalidUtf8 = await post(
    Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x6d, 0x65, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  );
  assert.ok(invalidUtf8.statusCode < 500, `invalid UTF-8: ${invalidUtf8.statusCode} ${invalidUtf8.body}`);

  const nul = await post(JSON.stringify({ name: 'Null\u0000Byte' }));
  assert.equal(nul.statusCode, 400, `NUL: ${nul.body}`);
  assert.equal(errorCode(nul.body), 'invalid_input');
  assert.match(JSON.parse(nul.body).error.message, /^body\.name: contains a NUL byte/);

  for (const hostile of HOSTILE.filter((h) => !h.includes('\u0000') && h.length < 1000)) {
    const created = await post(JSON.stringify({ name: hostile, plan: hostile }));
    assert.equal(created.statusCode, 201, `${hostile}: ${created.body}`);
    const { id } = JSON.parse(created.body) as { id: string };
    const read = await server.call(admin, { method: 'GET', url: `/api/v1/customers/${id}` });
    assert.match(String(read.headers['content-type']), /^application\/json/);
    const back = JSON.parse(read.body) as { name: string; plan: string };
    assert.equal(back.name, hostile.trim() || back.name, 'stored and read back as the same text');
    assert.equal(back.plan, hostile.trim() || back.plan);
  }
  // The SQL in the names did nothing: the tables are all still there.
  const list = await server.call(admin, { method: 'GET', url: '/api/v1/cases' });
  assert.equal(list.statusCode, 200);
});

test('[pglite] session fixation: a session id the client brings to log-in is never adopted', async (t) => {
  const server = await startTestServer(pglite);
  t.after(() => server.close());
  const planted = 'attacker-chosen-session-id-0123456789abcdef';
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { cookie: `defuse_session=${planted}` },
    payload: { email: server.orgs[0].agent.email, password: PASSWORD },
  });
  assert.equal(login.statusCode, 200);
  const issued = login.cookies.find((c) => c.name === 'defuse_session')!.value;
  assert.notEqual(issued, planted);
  const withPlanted = await server.app.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { cookie: `defuse_session=${planted}` },
  });
  assert.equal(withPlanted.statusCode, 401, 'the planted id does not authenticate');
  const withIssued = await server.app.inject({
    method: 'GET',
    url: '/api/v1/me',
    headers: { cookie: `defuse_session=${issued}` },
  });
  assert.equal(withIssued.statusCode, 200);
});
