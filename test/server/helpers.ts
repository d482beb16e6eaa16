// Builds a server on a fresh store (either backend) with two tenants, each with an admin, a supervisor and agents.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { parseConfig, type Config } from '../../src/config.ts';
import type { DomainEvent } from '../../src/services/domain-events.ts';
import { buildApp } from '../../src/server/app.ts';
import type { ServerContext } from '../../src/server/context.ts';
import { createServerContext } from '../../src/server/server-context.ts';
import { createOrg, createUser } from '../../src/services/tenant.service.ts';
import { SYSTEM, systemActorIn, unwrap } from '../../src/services/context.ts';
import { insertTeam } from '../../src/store/repositories/organization.repository.ts';
import type { Backend } from '../store/harness.ts';
import type { OpenedDatabase } from '../../src/store/database.ts';

export const PASSWORD = 'correct horse battery';

export interface SeededUser {
  id: string;
  email: string;
  role: 'agent' | 'supervisor' | 'admin';
  teamId: string | null;
  orgId: string;
}

export interface SeededOrg {
  id: string;
  name: string;
  teamId: string;
  otherTeamId: string;
  admin: SeededUser;
  supervisor: SeededUser;
  agent: SeededUser;
  /** An agent in the org's second team (for team scoping). */
  otherAgent: SeededUser;
}

export interface TestServer {
  app: FastifyInstance;
  ctx: ServerContext;
  store: OpenedDatabase;
  orgs: [SeededOrg, SeededOrg];
  /** A session cookie for a seeded user, cached per e-mail. */
  cookie(user: SeededUser): Promise<string>;
  /** Injects a request as `user` (or anonymously when user is null). */
  call(user: SeededUser | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  events: DomainEvent[];
  close(): Promise<void>;
}

export const testConfig = (overrides: Record<string, string> = {}): Config =>
  parseConfig({
    DEFUSE_SCHEDULER: 'false',
    DEFUSE_COOKIE_SECURE: 'false',
    LOG_LEVEL: 'silent',
    DEFUSE_DEMO: 'false',
    ...overrides,
  });

async function seedOrg(store: OpenedDatabase, name: string, now: Date): Promise<SeededOrg> {
  const slug = name.toLowerCase();
  const ctx = { db: store.db, now: () => now };
  const { org, team, admin } = unwrap(
    // Acme's admin is also an instance admin (may create organizations); Globex's is not.
    await createOrg(ctx, SYSTEM, {
      name,
      adminEmail: `admin@${slug}.test`,
      adminPassword: PASSWORD,
      instanceAdmin: name === 'Acme',
    }),
  );
  const other = await insertTeam(store.db, { orgId: org.id, name: 'Second line', now });
  const make = async (local: string, role: SeededUser['role'], teamId: string): Promise<SeededUser> => {
    const user = unwrap(
      await createUser(ctx, systemActorIn(org.id), {
        email: `${local}@${slug}.test`,
        password: PASSWORD,
        role,
        teamId,
      }),
    );
    return { id: user.id, email: user.email, role, teamId, orgId: org.id };
  };
  return {
    id: org.id,
    name,
    teamId: team.id,
    otherTeamId: other.id,
    admin: { id: admin.id, email: admin.email, role: 'admin', teamId: team.id, orgId: org.id },
    supervisor: await make('supervisor', 'supervisor', team.id),
    agent: await make('agent', 'agent', team.id),
    otherAgent: await make('agent2', 'agent', other.id),
  };
}

export async function startTestServer(
  backend: Backend,
  options: { config?: Record<string, string>; now?: () => Date } = {},
): Promise<TestServer> {
  const store = await backend.open();
  const events: DomainEvent[] = [];
  const ctx = createServerContext(testConfig(options.config), store, {
    ...(options.now ? { now: options.now } : {}),
    onEvent: (event) => void events.push(event),
  });
  const app = await buildApp({ ctx });
  const now = ctx.now();
  const orgs: [SeededOrg, SeededOrg] = [await seedOrg(store, 'Acme', now), await seedOrg(store, 'Globex', now)];
  const cookies = new Map<string, string>();
  const cookie = async (user: SeededUser) => {
    const cached = cookies.get(user.email);
    if (cached) return cached;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    const value = response.cookies.find((c) => c.name === 'defuse_session')?.value;
    if (!value) throw new Error(`login failed for ${user.email}: ${response.body}`);
    cookies.set(user.email, `defuse_session=${value}`);
    return `defuse_session=${value}`;
  };
  return {
    app,
    ctx,
    store,
    orgs,
    cookie,
    events,
    async call(user, request) {
      const headers = { ...(request.headers ?? {}), ...(user ? { cookie: await cookie(user) } : {}) };
      return app.inject({ ...request, headers });
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/** Parses a JSON error body and returns its code (fails loudly when the shape is wrong). */
export function errorCode(body: string): string {
  const parsed = JSON.parse(body) as { error?: { code?: string; message?: string } };
  if (!parsed.error?.code || !parsed.error.message) throw new Error(`not an error body: ${body}`);
  return parsed.error.code;
}
