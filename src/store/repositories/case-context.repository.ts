import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../database.ts';
import { cases, conversations, customers, organizations, users } from '../schema/index.ts';

export interface CaseContextKeys {
  customerId: string;
  actorId: string | null;
  ownerId: string | null;
  conversationId: string | null;
  /** Cases received after this instant are ignored when looking for the customer's latest one. */
  now: Date;
}

const actor = alias(users, 'actor');
const owner = alias(users, 'owner');
const p = (name: string) => sql.placeholder(name);

// P2: the customer's latest earlier case, read in the same round trip.
const latest = (column: typeof cases.id | typeof cases.receivedAt) =>
  sql`(select ${sql.identifier(column.name)} from ${cases} where ${cases.orgId} = ${p('orgId')} and ${cases.customerId} = ${p('customerId')}
    and ${cases.receivedAt} <= ${p('now')} order by ${cases.receivedAt} desc limit 1)`;

// A null id matches no row, so one statement serves every combination of keys.
const build = (db: Executor) =>
  db
    .select({
      settings: organizations.settings,
      customer: customers,
      actorId: actor.id,
      actorTeamId: actor.teamId,
      ownerId: owner.id,
      conversationId: conversations.id,
      /** Who took the call the case is opened from: they keep the case they open from it (R3). */
      conversationAgentId: conversations.agentId,
      latestCaseId: latest(cases.id).mapWith(cases.id),
      latestCaseAt: latest(cases.receivedAt).mapWith(cases.receivedAt),
    })
    .from(organizations)
    .leftJoin(customers, and(eq(customers.orgId, organizations.id), eq(customers.id, p('customerId'))))
    .leftJoin(actor, and(eq(actor.orgId, organizations.id), eq(actor.id, p('actorId'))))
    .leftJoin(owner, and(eq(owner.orgId, organizations.id), eq(owner.id, p('ownerId'))))
    .leftJoin(conversations, and(eq(conversations.orgId, organizations.id), eq(conversations.id, p('conversationId'))))
    .where(eq(organizations.id, p('orgId')))
    .prepare('load_case_context');

// Building the query costs more CPU than running it, so it is prepared once per database handle.
const prepared = new WeakMap<Executor, ReturnType<typeof build>>();

/** The org's settings with the customer, actor, owner and conversation a new case names, and the customer's latest case; undefined without the org. */
export async function loadCaseContext(db: Executor, orgId: string, keys: CaseContextKeys) {
  let query = prepared.get(db);
  if (!query) {
    query = build(db);
    prepared.set(db, query);
  }
  const [row] = await query.execute({ orgId, ...keys });
  return row;
}
