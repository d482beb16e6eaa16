import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../database.ts';
import { conversations, customers, organizations, users } from '../schema/index.ts';

export interface CaseContextKeys {
  customerId: string;
  actorId: string | null;
  ownerId: string | null;
  conversationId: string | null;
}

const actor = alias(users, 'actor');
const owner = alias(users, 'owner');

// One round trip for every lookup a new case needs; a missing row comes back as null.
/** The org's settings with the customer, actor, owner and conversation a new case names, or undefined without the org. */
export async function loadCaseContext(db: Executor, orgId: string, keys: CaseContextKeys) {
  const [row] = await db
    .select({ settings: organizations.settings, customer: customers, actorId: actor.id, ownerId: owner.id, conversationId: conversations.id })
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
