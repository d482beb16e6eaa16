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

// One round trip for every lookup a new case needs; a missing row comes back as null.
/** The org's settings with the customer, actor, owner and conversation a new case names, and the customer's latest case; undefined without the org. */
export async function loadCaseContext(db: Executor, orgId: string, keys: CaseContextKeys) {
  // P2: the customer's latest earlier case, read in the same round trip.
  const latest = (column: typeof cases.id | typeof cases.receivedAt) =>
    sql`(select ${sql.identifier(column.name)} from ${cases} where ${cases.orgId} = ${orgId} and ${cases.customerId} = ${keys.customerId}
      and ${cases.receivedAt} <= ${keys.now} order by ${cases.receivedAt} desc limit 1)`;
  const [row] = await db
    .select({
      settings: organizations.settings,
      customer: customers,
      actorId: actor.id,
      ownerId: owner.id,
      conversationId: conversations.id,
      latestCaseId: latest(cases.id).mapWith(cases.id),
      latestCaseAt: latest(cases.receivedAt).mapWith(cases.receivedAt),
    })
    .from(organizations)
    .leftJoin(customers, and(eq(customers.orgId, organizations.id), eq(customers.id, keys.customerId)))
    .leftJoin(actor, keys.actorId ? and(eq(actor.orgId, organizations.id), eq(actor.id, keys.actorId)) : sql`false`)
    .leftJoin(owner, keys.ownerId ? and(eq(owner.orgId, organizations.id), eq(owner.id, keys.ownerId)) : sql`false`)
    .leftJoin(
      conversations,
      keys.conversationId ? and(eq(conversations.orgId, organizations.id), eq(conversations.id, keys.conversationId)) : sql`false`,
    )
    .where(eq(organizations.id, orgId));
  return row;
}
