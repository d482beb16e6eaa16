// What every fault script needs first: a server on a database, the demo admin's API token, and JSON calls.
import { apiToken, demoLogins, type ServerProcess, startServer } from '../../bench/lib/server.ts';

export interface Api {
  auth: string;
  call<T = unknown>(server: { url: string }, method: string, path: string, body?: unknown): Promise<T>;
}

/**
 * First start on an empty database as `env` describes, with the demo org (its admin makes the API token used
 * here); the server keeps running. Scripts filter what they count to the rows they create.
 */
export async function firstStart(
  env: Record<string, string>,
  options: { dist?: boolean } = {},
): Promise<{
  server: ServerProcess;
  api: Api;
  admin: string;
  password: string;
  supervisor: string;
  agent: string;
}> {
  const server = await startServer({ ...env, DEFUSE_DEMO: 'true' }, options);
  const logins = demoLogins(server.output());
  const auth = await apiToken(server.url, logins.admin, logins.password);
  const api: Api = {
    auth,
    async call<T>(target: { url: string }, method: string, path: string, body?: unknown) {
      const response = await fetch(`${target.url}${path}`, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
  return {
    server,
    api,
    admin: logins.admin,
    password: logins.password,
    supervisor: logins.supervisor,
    agent: logins.agent,
  };
}

/**
 * Creates cases holding `count` call-back promises in all, the i-th due at `dueAt(i)`; returns their ids
 * (with their case). `perCase` promises share a case (at most 20) and `concurrency` cases are created at once, so a
 * schedule of thousands is seeded in a minute or two.
 */
export async function makePromises(
  server: { url: string },
  api: Api,
  count: number,
  dueAt: (i: number) => Date,
  options: { perCase?: number; concurrency?: number } = {},
): Promise<Array<{ caseId: string; commitmentId: string }>> {
  const perCase = Math.min(20, Math.max(1, options.perCase ?? 1));
  const customer = await api.call<{ id: string }>(server, 'POST', '/api/v1/customers', { name: 'Fault Customer' });
  const made: Array<{ caseId: string; commitmentId: string }> = new Array(count);
  const cases = Math.ceil(count / perCase);
  let next = 0;
  const worker = async () => {
    for (let c = next++; c < cases; c = next++) {
      const first = c * perCase;
      const indexes = Array.from({ length: Math.min(perCase, count - first) }, (_, k) => first + k);
      const opened = await api.call<{ id: string; commitments: Array<{ id: string; dueAt: string }> }>(
        server,
        'POST',
        '/api/v1/cases',
        {
          customerId: customer.id,
          presentingIssue: `Fault case ${c}`,
          commitments: indexes.map((i) => ({
            kind: 'callback',
            dueAt: dueAt(i).toISOString(),
            contact: { phone: '+1 555 0100' },
            steps: [`Call back (${i})`],
          })),
        },
      );
      // Scripts count by promise id; which of the case's promises is which does not matter to them.
      for (const [k, i] of indexes.entries()) made[i] = { caseId: opened.id, commitmentId: opened.commitments[k]!.id };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return made;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
