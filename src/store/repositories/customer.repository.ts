import { and, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { conversations, customers } from '../schema/index.ts';

export type CustomerRow = typeof customers.$inferSelect;
export type NewCustomer = Omit<typeof customers.$inferInsert, 'orgId' | 'id'>;
export type ConversationRow = typeof conversations.$inferSelect;
export type NewConversation = Omit<typeof conversations.$inferInsert, 'orgId' | 'id'>;

/** Inserts a customer for the org. */
export async function insertCustomer(db: Executor, orgId: string, values: NewCustomer): Promise<CustomerRow> {
  const [row] = await db
    .insert(customers)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

/** One customer of the org, or undefined; `lock` takes the row for update until the transaction ends. */
export async function findCustomer(
  db: Executor,
  orgId: string,
  id: string,
  lock = false,
): Promise<CustomerRow | undefined> {
  const query = db
    .select()
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Changes a customer's details; returns the row as it now is (undefined for an unknown id or another org's). */
export async function updateCustomer(
  db: Executor,
  orgId: string,
  id: string,
  patch: Partial<Omit<NewCustomer, 'createdAt'>>,
): Promise<CustomerRow | undefined> {
  const [row] = await db
    .update(customers)
    .set(patch)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)))
    .returning();
  return row;
}

/** Inserts a conversation (turns, events, analysis and its summary columns) for the org. */
export async function insertConversation(
  db: Executor,
  orgId: string,
  values: NewConversation,
): Promise<ConversationRow> {
  const [row] = await db
    .insert(conversations)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

/** The id of the org's conversation stored under a client's external reference, or undefined. */
export async function findConversationIdByExternalRef(
  db: Executor,
  orgId: string,
  externalRef: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.orgId, orgId), eq(conversations.externalRef, externalRef)));
  return row?.id;
}

/** One conversation of the org, or undefined. */
export async function findConversation(db: Executor, orgId: string, id: string): Promise<ConversationRow | undefined> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
  return row;
}

/** Marks a conversation as ended by a hang-up and stores its events. */
export async function updateConversationEvents(
  db: Executor,
  orgId: string,
  id: string,
  patch: Pick<ConversationRow, 'events' | 'hangup' | 'updatedAt'>,
): Promise<void> {
  await db
    .update(conversations)
    .set(patch)
    .where(and(eq(conversations.orgId, orgId), eq(conversations.id, id)));
}
