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
export async function firstStart(env: Record<string, string>): Promise<{
  server: ServerProcess;
  api: Api;
  admin: string;
  password: string;
  supervisor: string;
  agent: string;
}> {
  const server = await startServer({ ...env, DEFUSE_DEMO: 'true' });
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

/** Creates `count` cases, each with one call-back promise due at `dueAt(i)`; returns the promise ids. */
export async function makePromises(
  server: { url: string },
  api: Api,
  count: number,
  dueAt: (i: number) => Date,
): Promise<Array<{ caseId: string; commitmentId: string }>> {
  const customer = await api.call<{ id: string }>(server, 'POST', '/api/v1/customers', { name: 'Fault Customer' });
  const made: Array<{ caseId: string; commitmentId: string }> = [];
  for (let i = 0; i < count; i += 1) {
    const opened = await api.call<{ id: string; commitments: Array<{ id: string }> }>(server, 'POST', '/api/v1/cases', {
      customerId: customer.id,
      presentingIssue: `Fault case ${i}`,
      commitments: [
        { kind: 'callback', dueAt: dueAt(i).toISOString(), contact: { phone: '+1 555 0100' }, steps: ['Call back'] },
      ],
    });
    made.push({ caseId: opened.id, commitmentId: opened.commitments[0]!.id });
  }
  return made;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
