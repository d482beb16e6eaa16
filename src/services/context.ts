import { AppError, fail, ok, type Result } from '../core/errors.ts';
import type { ContactDetails, OrgPolicy } from '../core/cases/types.ts';
import type { Database, Executor, Transaction } from '../store/database.ts';
import { findMember, findOrgPolicy } from '../store/repositories/organization.repository.ts';
import type { CustomerRow } from '../store/repositories/customer.repository.ts';
import type { AuditActor } from '../store/repositories/audit.repository.ts';
import { isVisibleTo, type TeamScope } from '../store/visibility.ts';
import { translateDbError } from '../store/store-errors.ts';
import type { DomainEvent, EventType } from './domain-events.ts';
import { enqueueEvent } from '../store/repositories/outbox.repository.ts';

/** What every domain service needs: the database and a clock (injected so tests control time). */
export interface ServiceContext {
  db: Database;
  now: () => Date;
}

/** A context whose committed domain events also reach live subscribers (the server's, the scheduler's). */
export interface EventContext extends ServiceContext {
  publish: (event: DomainEvent) => Promise<void>;
}

/** Who acts, as a door authenticated them: a user of an org (with their team, which events are routed to). */
export interface Actor {
  orgId: string;
  userId: string;
  teamId: string | null;
  /** How a request authenticated them, for the audit trail: a session (the default) or an API token. */
  via?: 'session' | 'token';
  /** The API token's id when `via` is `token`. */
  tokenId?: string | undefined;
}

/**
 * An actor with the rows they may see beyond their org, as the door decided from their role: an agent's team and
 * own rows (a TeamScope), or everything in the org (undefined: supervisors and admins).
 */
export interface ScopedActor extends Actor {
  scope: TeamScope | undefined;
}

/**
 * The system itself, acting for nobody: the scheduler's sweeps (`via: 'system'`), the demo seed's setup, the CLI
 * (`via: 'cli'`). It has no user, so its audit entries have `actorId` null. `orgId` null means every org (a sweep).
 */
export interface SystemActor {
  orgId: string | null;
  userId: null;
  teamId: null;
  via: 'system' | 'cli';
}

/** The scheduler: acts in every org, for nobody. */
export const SYSTEM = { orgId: null, userId: null, teamId: null, via: 'system' } as const satisfies SystemActor;

/** The command line: acts for nobody, in the org a command names. */
export const CLI = { orgId: null, userId: null, teamId: null, via: 'cli' } as const satisfies SystemActor;

/** The system (or the CLI) acting in one org. */
export const systemActorIn = (orgId: string, via: SystemActor['via'] = 'system') =>
  ({ orgId, userId: null, teamId: null, via }) as const satisfies SystemActor;

/** Who acts in one org: a user, or the system (a sweep's step, a seed). */
export type OrgActor = Actor | (SystemActor & { orgId: string });

/** The audit trail's actor: the user, and the API token when one was used; the system or the CLI for nobody. */
export const auditActorOf = (actor: Actor | SystemActor): AuditActor =>
  actor.userId === null
    ? { actorId: null, actorVia: actor.via }
    : actor.via === 'token'
      ? { actorId: actor.userId, actorVia: 'token', actorTokenId: actor.tokenId ?? null }
      : { actorId: actor.userId, actorVia: 'session' };

/** True when the actor may see a row owned by `ownerId` in team `teamId` (the store's one visibility rule). */
export const isVisible = (actor: ScopedActor, row: { teamId: string | null; ownerId: string | null }): boolean =>
  isVisibleTo(actor.scope, row);

/** Throws not_found (never forbidden, which would confirm the row exists) when the actor may not see the row. */
export function visibleRow<T extends { teamId: string | null; ownerId: string | null }>(
  actor: ScopedActor,
  row: T | undefined,
  what: string,
): T {
  if (!row || !isVisible(actor, row)) throw new AppError('not_found', `no ${what} with that id`);
  return row;
}

/**
 * The unit of work: runs `work` with a context whose `db` is one transaction, writes the domain events it returns
 * to the outbox in that same transaction (with its rows and audit entries), and publishes them to live
 * subscribers only once it has committed. Expected failures (AppError) roll everything back and come out as values.
 */
export async function runUnitOfWork<C extends EventContext, T>(
  ctx: C,
  work: (tx: C) => Promise<{ value: T; events: DomainEvent[] }>,
): Promise<Result<T>> {
  let events: DomainEvent[] = [];
  const result = await runInTransaction(ctx.db, async (tx) => {
    const out = await work({ ...ctx, db: tx as unknown as Database });
    for (const event of out.events) await enqueueEvent(tx, event);
    events = out.events;
    return out.value;
  });
  if (result.success) for (const event of events) await ctx.publish(event);
  return result;
}

/** An event about one row, keyed by the row and its version (or state) so a replay is a no-op. */
export const rowEvent = (
  ctx: ServiceContext,
  actor: OrgActor,
  type: EventType,
  row: { id: string; teamId?: string | null },
  version: string | number,
  data: Record<string, unknown>,
): DomainEvent => ({
  orgId: actor.orgId,
  type,
  key: `${type}:${row.id}:${version}`,
  teamId: row.teamId ?? actor.teamId,
  data: { ...data, actorId: actor.userId },
  occurredAt: ctx.now(),
});

/** Runs `work` in one transaction; an AppError thrown inside rolls everything back and comes out as a value. */
export function runInTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<Result<T>> {
  return runSingleWrite(db, (d) => d.transaction(work));
}

/**
 * Runs `work` whose only write is one atomic statement, without BEGIN/COMMIT round trips; errors come out as
 * values like runInTransaction. Under READ COMMITTED a transaction would guard its reads no better, and foreign
 * keys re-check every reference at write time.
 */
export async function runSingleWrite<T>(db: Database, work: (db: Database) => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await work(db));
  } catch (error) {
    const translated = translateDbError(error);
    if (translated instanceof AppError) return fail(translated);
    throw translated;
  }
}

/** Unwraps a Result inside a transaction, throwing its error so the transaction rolls back. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.success) throw result.error;
  return result.data;
}

/** Throws not_found naming the field when a lookup in this org found nothing. */
export function found<T>(row: T | undefined, what: string, path: string): T {
  if (row === undefined) throw new AppError('not_found', `no ${what} with that id in this organization`, path);
  return row;
}

/** The org's policy; an unknown org is not_found. */
export async function requirePolicy(db: Executor, orgId: string): Promise<OrgPolicy> {
  return found(await findOrgPolicy(db, orgId), 'organization', 'orgId');
}

/** The acting user must belong to the org (null means the system itself). */
export async function requireActor(db: Executor, orgId: string, actorId: string | null) {
  if (actorId === null) return null;
  return found(await findMember(db, orgId, actorId), 'user', 'actorId');
}

/** F2: how to reach a customer, from their record. */
export const contactOf = (customer: Pick<CustomerRow, 'name' | 'phone' | 'email'>): ContactDetails => ({
  name: customer.name,
  ...(customer.phone ? { phone: customer.phone } : {}),
  ...(customer.email ? { email: customer.email } : {}),
});

/**
 * F2: a promise's contact, completed from the customer's record: when the caller gave neither a phone nor an
 * e-mail, the customer's are used (a call-back asks for them only when the record has none).
 */
export function withCustomerContact<T extends { contact?: ContactDetails | undefined }>(
  draft: T,
  customer: Pick<CustomerRow, 'name' | 'phone' | 'email'> | undefined,
): T {
  const given = draft.contact ?? {};
  if (!customer || given.phone || given.email) return draft;
  return { ...draft, contact: { ...contactOf(customer), ...given } };
}

/** Drops keys whose value is undefined (zod's optional fields) so a patch only names what changes. */
export const definedOnly = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
