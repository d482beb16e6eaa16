// The OpenAPI document is something a newcomer can build a client from: every operation summarised and described,
// every field described, every time a date-time with an example, one example request per resource, 403s as sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PERMISSIONS, refusalMessage, ROLES, type Action } from '../../src/server/auth/permissions.ts';
import { backends } from '../store/harness.ts';
import { startTestServer } from './helpers.ts';

type Schema = Record<string, unknown>;
interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; description?: string; example?: unknown; schema?: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown; examples?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema: Schema }> }>;
}

/** Every problem in one schema: properties without a description, times without format or example. */
function schemaProblems(schema: unknown, where: string, out: string[]): void {
  if (!schema || typeof schema !== 'object') return;
  const node = schema as Schema;
  if (node.format === 'date-time' && !node.examples && node.example === undefined)
    out.push(`${where}: a date-time without an example`);
  const properties = node.properties as Record<string, Schema> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    const described = typeof property.description === 'string' && property.description.length > 0;
    const here = `${where}.${name}`;
    if (!described) out.push(`${here}: no description`);
    const json = JSON.stringify(property);
    const numeric = /"type":"(number|integer)"/.test(json);
    const dated = json.includes('"format":"date-time"') || json.includes('"format":"date"');
    if (/At$|^at$|^from$|^to$|Before$/.test(name) && !numeric && !dated)
      out.push(`${here}: a time that is not format date-time`);
    schemaProblems(property, here, out);
  }
  for (const key of ['items', 'additionalProperties', 'not'] as const) schemaProblems(node[key], `${where}[]`, out);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
    for (const [i, part] of ((node[key] as unknown[]) ?? []).entries()) schemaProblems(part, `${where}|${i}`, out);
}

const [pglite] = await backends();

test('[pglite] OpenAPI: summaries, descriptions, described fields, date-time examples, an example request per resource', async (t) => {
  const server = await startTestServer(pglite!);
  t.after(() => server.close());
  const spec = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body) as {
    paths: Record<string, Record<string, Operation>>;
  };
  const problems: string[] = [];
  const examplesByTag = new Map<string, number>();
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const name = `${method.toUpperCase()} ${path}`;
      if (!op.summary?.trim()) problems.push(`${name}: no summary`);
      if (!op.description?.trim()) problems.push(`${name}: no description`);
      for (const parameter of op.parameters ?? []) {
        if (!parameter.description && !parameter.schema?.description)
          problems.push(`${name} ${parameter.in} ${parameter.name}: no description`);
        // @fastify/swagger moves a parameter's example from its schema onto the parameter.
        const schema =
          parameter.example === undefined ? parameter.schema : { ...parameter.schema, example: parameter.example };
        schemaProblems(schema, `${name} ${parameter.in} ${parameter.name}`, problems);
      }
      for (const [type, body] of Object.entries(op.requestBody?.content ?? {})) {
        schemaProblems(body.schema, `${name} body`, problems);
        const hasExample =
          body.example !== undefined ||
          body.examples !== undefined ||
          body.schema.example !== undefined ||
          body.schema.examples !== undefined;
        if (hasExample && type === 'application/json')
          for (const tag of op.tags ?? []) examplesByTag.set(tag, (examplesByTag.get(tag) ?? 0) + 1);
      }
      for (const [status, response] of Object.entries(op.responses ?? {}))
        for (const content of Object.values(response.content ?? {}))
          schemaProblems(content.schema, `${name} → ${status}`, problems);
    }
  }
  // Every resource (tag) whose operations take a JSON body shows at least one example request.
  const tagsWithBodies = new Set(
    Object.values(spec.paths).flatMap((methods) =>
      Object.values(methods).flatMap((op) => (op.requestBody ? (op.tags ?? []) : [])),
    ),
  );
  for (const tag of tagsWithBodies) if (!examplesByTag.get(tag)) problems.push(`tag ${tag}: no example request`);
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join('\n')}`);

  // A refusal by role over HTTP reads as the sentence, naming who to ask.
  const [acme] = server.orgs;
  const refused = await server.call(acme.agent, {
    method: 'POST',
    url: '/api/v1/concessions/00000000-0000-4000-8000-000000000000/decision',
    payload: { decision: 'approve' },
  });
  assert.equal(refused.statusCode, 403);
  assert.deepEqual(JSON.parse(refused.body), {
    error: { code: 'forbidden', message: 'agents cannot approve or reject concessions; ask a supervisor' },
  });
  const webhooks = await server.call(acme.supervisor, { method: 'GET', url: '/api/v1/webhooks' });
  assert.equal(JSON.parse(webhooks.body).error.message, 'supervisors cannot manage webhooks; ask an admin');
});

test('403s read as sentences naming the role to ask', () => {
  assert.equal(
    refusalMessage('agent', 'concession:approve'),
    'agents cannot approve or reject concessions; ask a supervisor',
  );
  assert.equal(refusalMessage('supervisor', 'webhook:manage'), 'supervisors cannot manage webhooks; ask an admin');
  for (const action of Object.keys(PERMISSIONS) as Action[])
    for (const role of ROLES)
      assert.match(refusalMessage(role, action), /^\w+s cannot [^;]+; ask an? (agent|supervisor|admin)$/);
});
