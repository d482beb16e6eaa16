/** Customer use cases: change a customer's details (audited with the fields that changed). */
import type { Result } from '../core/errors.ts';
import { appendAudit, changedFields, type AuditActor } from '../store/repositories/audit.repository.ts';
import {
  findCustomer,
  updateCustomer,
  type CustomerRow,
  type NewCustomer,
} from '../store/repositories/customer.repository.ts';
import { definedOnly, found, runInTransaction, type ServiceContext } from './context.ts';

/** What a customer edit may change: everything but the id, the org and the timestamps. */
export type CustomerPatch = { [K in keyof Omit<NewCustomer, 'createdAt' | 'updatedAt'>]?: NewCustomer[K] | undefined };

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
  orgId: string,
  actor: AuditActor,
  customerId: string,
  input: CustomerPatch,
): Promise<Result<CustomerRow>> {
  const patch = definedOnly(input);
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
