import type { ProposeConcessionInput } from '../core/cases/case-input.ts';
import { formatMoney, recommendConcession, type ConcessionRecommendation } from '../core/cases/concession-advisor.ts';
import type { ConcessionKind, OrgPolicy } from '../core/cases/types.ts';
import { AppError, type Result } from '../core/errors.ts';
import type { Executor } from '../store/database.ts';
import { appendAudit, snapshot } from '../store/repositories/audit.repository.ts';
import { findCase, type CaseRow } from '../store/repositories/case.repository.ts';
import {
  countCustomerConcessionsSince,
  findConcession,
  insertConcession,
  listCaseConcessions,
  listConcessionsByStatus,
  sumCaseConcessions,
  updateConcession,
  type ConcessionRow,
} from '../store/repositories/concession.repository.ts';
import { findCustomer } from '../store/repositories/customer.repository.ts';
import {
  type Actor,
  found,
  type OrgActor,
  requireActor,
  requirePolicy,
  runInTransaction,
  runSingleWrite,
  type ServiceContext,
} from './context.ts';

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
  wrongfulChargeCents?: number,
) {
  const customer = found(await findCustomer(tx, orgId, kase.customerId), 'customer', 'customerId');
  const since = new Date(now.getTime() - 365 * DAY);
  const prior = await countCustomerConcessionsSince(tx, orgId, customer.id, since);
  const onCase = await sumCaseConcessions(tx, orgId, kase.id);
  const result = recommendConcession(
    {
      severity: kase.severity,
      companyAtFault: kase.companyAtFault,
      caseTotalCents: onCase.approvedCents + onCase.pendingCents,
      ...(wrongfulChargeCents === undefined ? {} : { wrongfulChargeCents }),
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

/** What the advisor is asked about: the case, what the customer asked for, and money taken in error. */
export interface ConcessionQuestion {
  caseId: string;
  requested?: { kind: ConcessionKind; amountCents?: number | undefined } | undefined;
  wrongfulChargeCents?: number | undefined;
}

/** R5/V1: the explainable concession range for a case, without recording anything. */
export async function adviseConcession(
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: ConcessionQuestion,
): Promise<Result<ConcessionRecommendation>> {
  const { orgId } = actor;
  const { caseId, requested, wrongfulChargeCents } = input;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const policy = await requirePolicy(tx, orgId);
    const kase = found(await findCase(tx, orgId, caseId), 'case', 'caseId');
    return advise(tx, orgId, policy, kase, now, requested, wrongfulChargeCents);
  });
}

/**
 * R5: whether a new concession needs a supervisor, and why. The threshold applies to the case's total: what is
 * approved, what is waiting, and this one.
 */
export function approvalNeeded(
  onCase: { approvedCents: number; pendingCents: number },
  amountCents: number,
  policy: Pick<OrgPolicy, 'concessionApprovalThresholdCents' | 'currency'>,
): string | null {
  const threshold = policy.concessionApprovalThresholdCents;
  const total = onCase.approvedCents + onCase.pendingCents + amountCents;
  if (total <= threshold) return null;
  const money = (cents: number) => formatMoney(cents, policy.currency);
  const why =
    amountCents > threshold
      ? `${money(amountCents)} is above the ${money(threshold)} approval threshold`
      : `with ${money(onCase.approvedCents)} approved and ${money(onCase.pendingCents)} waiting on this case, the total ${money(total)} is above the ${money(threshold)} approval threshold`;
  return `${why}: a supervisor must approve it (R5)`;
}

/**
 * Records a concession with the advisor's recommendation; above the org threshold it waits for a supervisor. The
 * proposal was parsed at the door's edge (proposeConcessionSchema).
 */
export async function proposeConcession(
  ctx: ServiceContext,
  actor: OrgActor,
  input: ProposeConcessionInput & { caseId: string },
): Promise<Result<ConcessionRow>> {
  const { orgId, userId: actorId } = actor;
  const { caseId } = input;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const policy = await requirePolicy(tx, orgId);
    await requireActor(tx, orgId, actorId);
    const kase = found(await findCase(tx, orgId, caseId, true), 'case', 'caseId');
    if (kase.state === 'closed')
      throw new AppError('invalid_transition', 'a closed case takes no concessions; reopen it first', 'caseId');
    const recommendation = await advise(tx, orgId, policy, kase, now, input.requested, input.wrongfulChargeCents);
    // The case row is locked above, so concurrent proposals on one case are counted one after another.
    const approvalReason = approvalNeeded(await sumCaseConcessions(tx, orgId, caseId), input.amountCents, policy);
    const requiresApproval = approvalReason !== null;
    const row = await insertConcession(tx, orgId, {
      caseId,
      customerId: kase.customerId,
      kind: input.kind,
      amountCents: input.amountCents,
      currency: policy.currency,
      recommendedMinCents: recommendation.minCents,
      recommendedMaxCents: recommendation.maxCents,
      recommendation: { ...recommendation },
      reason: input.reason,
      requiresApproval,
      approvalReason,
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
  actor: Actor,
  input: { concessionId: string; decision: 'approve' | 'reject' },
): Promise<Result<ConcessionRow>> {
  const { orgId, userId: actorId } = actor;
  const { concessionId, decision } = input;
  const now = ctx.now();
  return runInTransaction(ctx.db, async (tx) => {
    const member = await requireActor(tx, orgId, actorId);
    if (member?.role !== 'supervisor' && member?.role !== 'admin')
      throw new AppError('forbidden', 'agents cannot approve or reject concessions; ask a supervisor', 'actorId');
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

/** A case's concessions (the door has checked the actor may see the case). */
export const listConcessionsOfCase = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>, caseId: string) =>
  listCaseConcessions(ctx.db, actor.orgId, caseId);

/** The org's concessions in one status, oldest first, a keyset page at a time (the approval queue). */
export const listConcessionQueue = (
  ctx: ServiceContext,
  actor: Pick<Actor, 'orgId'>,
  input: { status: Parameters<typeof listConcessionsByStatus>[2]; cursor?: string | undefined; limit: number },
) => listConcessionsByStatus(ctx.db, actor.orgId, input.status, { cursor: input.cursor, limit: input.limit });

/** A concession of the org exists, or not_found (before its decision is checked). */
export const requireConcession = (ctx: ServiceContext, actor: Pick<Actor, 'orgId'>, concessionId: string) =>
  runSingleWrite(ctx.db, async (db) => {
    if (!(await findConcession(db, actor.orgId, concessionId)))
      throw new AppError('not_found', 'no concession with that id');
  });
