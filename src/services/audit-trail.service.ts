/**
 * Reading the audit trail. Admins read every entry of their organization. Supervisors, who read every team's cases
 * (`case:read-all-teams`), read the entries about cases and what hangs off them (promises, concessions, notes,
 * conversations, customers, root causes and fixes), not those about users, teams, tokens, webhooks or policy.
 */
import { ok, type Result } from '../core/errors.ts';
import { listAuditTrail, type AuditTrailFilters } from '../store/repositories/audit.repository.ts';
import { runSingleWrite, type ServiceContext } from './context.ts';

/** Entities whose entries supervisors read: the case domain. */
export const CASE_DOMAIN_ENTITIES = [
  'case',
  'case_note',
  'commitment',
  'concession',
  'conversation',
  'customer',
  'root_cause',
  'process_fix',
] as const;

/** Every entity the trail records, for the filter. */
export const AUDITED_ENTITIES = [
  ...CASE_DOMAIN_ENTITIES,
  'user',
  'team',
  'api_token',
  'webhook',
  'policy',
  'organization',
] as const;

export type AuditTrailQuery = Omit<AuditTrailFilters, 'entities'>;

export async function readAuditTrail(
  ctx: ServiceContext,
  actor: { orgId: string /** May read users, teams, tokens, webhooks and policy (admins). */; readsAll: boolean },
  query: AuditTrailQuery,
): Promise<Result<Awaited<ReturnType<typeof listAuditTrail>>>> {
  const entities = actor.readsAll ? undefined : CASE_DOMAIN_ENTITIES;
  if (entities && query.entity && !(entities as readonly string[]).includes(query.entity))
    return ok({ items: [], nextCursor: null });
  return runSingleWrite(ctx.db, (db) => listAuditTrail(db, actor.orgId, { ...query, entities }));
}
