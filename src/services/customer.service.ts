/** Customer use cases: create, search and read customers; change their details (audited with the fields that changed). */
import { AppError, type Result } from '../core/errors.ts';
import { appendAudit, changedFields } from '../store/repositories/audit.repository.ts';
import {
  findCustomer,
  insertCustomer,
  searchCustomers as searchCustomerRows,
  updateCustomer,
  type CustomerRow,
  type NewCustomer,
} from '../store/repositories/customer.repository.ts';
import {
  type Actor,
  auditActorOf,
  definedOnly,
  found,
  runInTransaction,
  runSingleWrite,
  type ServiceContext,
} from './context.ts';

/** What a customer edit may change: everything but the id, the org and the timestamps. */
export type CustomerPatch = { [K in keyof Omit<NewCustomer, 'createdAt' | 'updatedAt'>]?: NewCustomer[K] | undefined };

/** A new customer's details: everything but the id, the org and the timestamps. */
export type NewCustomerInput = Omit<NewCustomer, 'createdAt' | 'updatedAt'>;

/** Adds a customer to the actor's org (the API, the demo seed). */
export function createCustomer(
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: NewCustomerInput,
): Promise<Result<CustomerRow>> {
  const now = ctx.now();
  return runSingleWrite(ctx.db, (db) => insertCustomer(db, actor.orgId, { ...input, createdAt: now, updatedAt: now }));
}

/** One customer of the actor's org; an unknown id or another org's is not_found. */
export function readCustomer(ctx: ServiceContext, actor: Pick<Actor, 'orgId'>, customerId: string) {
  return runSingleWrite(ctx.db, async (db) => {
    const row = await findCustomer(db, actor.orgId, customerId);
    if (!row) throw new AppError('not_found', 'no customer with that id');
    return row;
  });
}

/** The actor's org's customers, searched and paged (keyset). */
export const searchCustomers = (
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  query: Parameters<typeof searchCustomerRows>[2],
) => searchCustomerRows(ctx.db, actor.orgId, query);

/** The fields an audit entry records (all of a customer's own details). */
const auditable = (row: CustomerRow): Record<string, unknown> => {
  const { orgId: _org, id: _id, createdAt: _created, updatedAt: _updated, ...details } = row;
  return details;
};

/**
 * Changes a customer's details in one transaction with its audit entry (`entity: 'customer', action: 'updated'`,
 * before/after of only the fields that changed). A patch that changes nothing writes nothing and returns the row.
 * An unknown id or another org's is `not_found`; an external reference another customer has is `conflict`.
 */
export function updateCustomerDetails(
  ctx: ServiceContext,
  by: Actor,
  input: CustomerPatch & { customerId: string },
): Promise<Result<CustomerRow>> {
  const { orgId } = by;
  const actor = auditActorOf(by);
  const { customerId, ...rest } = input;
  const patch = definedOnly(rest);
  return runInTransaction(ctx.db, async (tx) => {
    const before = found(await findCustomer(tx, orgId, customerId, true), 'customer', 'id');
    const diff = changedFields(auditable(before), { ...auditable(before), ...patch });
    if (!diff) return before;
    const now = ctx.now();
    const after = (await updateCustomer(tx, orgId, customerId, { ...patch, updatedAt: now }))!;
    await appendAudit(tx, orgId, [
      { entity: 'customer', entityId: customerId, action: 'updated', ...actor, at: now, ...diff },
    ]);
    return after;
  });
}
