import { parseInput, proposeConcessionSchema } from '../../core/cases/case-input.ts';
import { recommendConcession, type ConcessionRecommendation } from '../../core/cases/concession-advisor.ts';
import type { ConcessionKind, OrgPolicy } from '../../core/cases/types.ts';
import { AppError, type Result } from '../../core/errors.ts';
import type { Executor } from '../database.ts';
import { appendAudit, snapshot } from '../repositories/audit.repository.ts';
import { findCase, type CaseRow } from '../repositories/case.repository.ts';
import {
  countCustomerConcessionsSince,
  findConcession,
  insertConcession,
  updateConcession,
  type ConcessionRow,
} from '../repositories/concession.repository.ts';
import { findCustomer } from '../repositories/customer.repository.ts';
import { found, requireActor, requirePolicy, runInTransaction, type ServiceContext } from './service-context.ts';

const DAY = 86_400_000;

const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / DAY);

/** Gathers the advisor's inputs for a case from the store (V1 value, R5 history) and asks it. */
async function advise(
  tx: Executor,
  orgId: string,
  policy: OrgPolicy,
  kase: CaseRow,
  now: Date,
  requested?: { kind: ConcessionKind; amountCents?: number | undefined },
) {
  const customer = found(await findCustomer(tx, orgId, kase.customerId), 'customer', 'customerId');
  const since = new Date(now.getTime() - 365 * DAY);
  const prior = await countCustomerConcessionsSince(tx, orgId, customer.id, since);
  const result = recommendConcession(
    {
      severity: kase.severity,
      companyAtFault: kase.companyAtFault,
      ...(requested
        ? {
            requested:
              requested.amountCents === undefined
                ? { kind: requested.kind }
                : { kind: requested.kind, amountCents: requested.amountCents },
          }
        : {}),
      customer: {
        monthlyRevenueCents: customer.monthlyRevenueCents,
        lifetimeRevenueCents: customer.lifetimeRevenueCents,
        tenureYears: customer.customerSince
          ? Math.floor(daysBetween(new Date(`${customer.customerSince}T00:00:00Z`), now) / 365.25)
          : 0,
        contractEndsInDays: customer.contractEndsOn
          ? daysBetween(now, new Date(`${customer.contractEndsOn}T00:00:00Z`))
          : null,
      },
      priorConcessions12m: prior,
    },
    policy,
  );
  if (!result.success) throw result.error;
  return result.data;
}

/** R5/V1: the explainable concession range for a case, without recording anything. */
export async function adviseConcession(
  ctx: ServiceContext,
  orgId: string,
  caseId: string,
  requested?: { kind: ConcessionKind; amountCents?: number },
): Promise<Result<ConcessionRecommendation>> {
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const policy = await requirePolicy(tx, orgId);
    const kase = found(await findCase(tx, orgId, caseId), 'case', 'caseId');
    return advise(tx, orgId, policy, kase, now, requested);
  });
}

/** Records a concession with the advisor's recommendation; above the org threshold it waits for a supervisor. */
export async function proposeConcession(
  ctx: ServiceContext,
  orgId: string,
  actorId: string | null,
  caseId: string,
  raw: unknown,
): Promise<Result<ConcessionRow>> {
  const parsed = parseInput(proposeConcessionSchema, raw);
  if (!parsed.success) return parsed;
  const input = parsed.data;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const policy = await requirePolicy(tx, orgId);
    await requireActor(tx, orgId, actorId);
    const kase = found(await findCase(tx, orgId, caseId, true), 'case', 'caseId');
    if (kase.state === 'closed')
      throw new AppError('invalid_transition', 'a closed case takes no concessions; reopen it first', 'caseId');
    const recommendation = await advise(tx, orgId, policy, kase, now, input.requested);
    const requiresApproval = input.amountCents > policy.concessionApprovalThresholdCents;
    const row = await insertConcession(tx, orgId, {
      caseId,
      customerId: kase.customerId,
      kind: input.kind,
      amountCents: input.amountCents,
      currency: policy.currency,
      recommendedMinCents: recommendation.minCents,
      recommendedMaxCents: recommendation.maxCents,
      recommendation: { ...recommendation },
      requiresApproval,
      status: requiresApproval ? 'proposed' : 'approved',
      createdBy: actorId,
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, orgId, [
      { entity: 'concession', entityId: row.id, action: 'proposed', actorId, at: now, after: snapshot(row) },
    ]);
    return row;
  });
}

/** A supervisor or admin approves or rejects a concession that is waiting for approval (R5). */
export async function decideConcession(
  ctx: ServiceContext,
  orgId: string,
  actorId: string,
  concessionId: string,
  decision: 'approve' | 'reject',
): Promise<Result<ConcessionRow>> {
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const actor = await requireActor(tx, orgId, actorId);
    if (actor?.role !== 'supervisor' && actor?.role !== 'admin')
      throw new AppError('forbidden', 'only a supervisor or admin may decide a concession', 'actorId');
    const before = found(await findConcession(tx, orgId, concessionId, true), 'concession', 'concessionId');
    if (before.status !== 'proposed')
      throw new AppError('invalid_transition', `cannot ${decision} a concession that is ${before.status}`, 'decision');
    const after = await updateConcession(tx, orgId, concessionId, {
      status: decision === 'approve' ? 'approved' : 'rejected',
      approvedBy: actorId,
      decidedAt: now,
      updatedAt: now,
    });
    await appendAudit(tx, orgId, [
      {
        entity: 'concession',
        entityId: concessionId,
        action: decision,
        actorId,
        at: now,
        before: snapshot(before),
        after: snapshot(after),
      },
    ]);
    return after;
  });
}
