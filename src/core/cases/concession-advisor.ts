import { AppError, fail, ok, type Result } from '../errors.ts';
import { CONCESSION_FACTORS, type ConcessionContext, type FactorEffect } from './concession-factors.ts';
import { CONCESSION_KINDS, type ConcessionKind, type OrgPolicy } from './types.ts';

export type { ConcessionContext, FactorEffect } from './concession-factors.ts';

/** The advisor's explainable answer (R5, V1). */
export interface ConcessionRecommendation {
  kind: ConcessionKind;
  minCents: number;
  maxCents: number;
  currency: string;
  requiresApproval: boolean;
  /** R5: concessions keep repeating for this customer. */
  expectationInflationRisk: boolean;
  factors: FactorEffect[];
}

/** Amount range per ladder step, as fractions of the base (the customer's claim, or a month's revenue). */
const RANGES = {
  none: [0, 0],
  apology: [0, 0],
  service_credit: [0.1, 0.5],
  refund: [0.5, 1],
  goodwill: [1, 1.5],
} as const satisfies Record<ConcessionKind, readonly [number, number]>;

const rank = (kind: ConcessionKind) => CONCESSION_KINDS.indexOf(kind);

/** Recommends a concession range from the factor table; every factor and its effect is listed. */
export function recommendConcession(
  context: ConcessionContext,
  policy: Pick<OrgPolicy, 'concessionApprovalThresholdCents' | 'currency'>,
): Result<ConcessionRecommendation> {
  const claimed = context.requested?.amountCents;
  if (claimed !== undefined && (!Number.isInteger(claimed) || claimed < 0)) {
    return fail(
      new AppError(
        'invalid_input',
        'the requested amount must be a whole number of minor units, not negative',
        'requested.amountCents',
      ),
    );
  }
  if (context.customer.monthlyRevenueCents < 0 || context.customer.lifetimeRevenueCents < 0) {
    return fail(new AppError('invalid_input', 'revenue cannot be negative', 'customer'));
  }
  const factors: FactorEffect[] = Object.values(CONCESSION_FACTORS).map((factor) => factor(context));
  const steps = factors.reduce((sum, f) => sum + f.levels, 0);
  let index = Math.max(0, Math.min(rank('goodwill'), steps));
  // R1: never recommend more than the customer asked for.
  if (context.requested && rank(context.requested.kind) < index) {
    index = rank(context.requested.kind);
    factors.push({
      factor: 'request',
      principle: 'R1',
      levels: 0,
      reason: `the customer asked for ${context.requested.kind}: capped there`,
    });
  }
  const kind = CONCESSION_KINDS[index] ?? 'none';
  const base = claimed ?? context.customer.monthlyRevenueCents;
  const [lo, hi] = RANGES[kind];
  let minCents = Math.round(base * lo);
  let maxCents = Math.round(base * hi);
  if (claimed !== undefined && kind !== 'goodwill') {
    maxCents = Math.min(maxCents, claimed);
    minCents = Math.min(minCents, maxCents);
  }
  const requiresApproval = maxCents > policy.concessionApprovalThresholdCents;
  if (requiresApproval) {
    factors.push({
      factor: 'approval',
      principle: 'R5',
      levels: 0,
      reason: `above the ${policy.concessionApprovalThresholdCents} approval threshold: a supervisor must approve`,
    });
  }
  const expectationInflationRisk = context.priorConcessions12m >= 2 && rank(kind) >= rank('service_credit');
  return ok({
    kind,
    minCents,
    maxCents,
    currency: policy.currency,
    requiresApproval,
    expectationInflationRisk,
    factors,
  });
}
