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
  /**
   * R5: money the company took in error, given back in full; included in `minCents`/`maxCents`, with any
   * goodwill weighed on top (V1). 0 when the case is not about a wrongful charge.
   */
  restitutionCents: number;
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
  for (const [name, value] of [
    ['wrongfulChargeCents', context.wrongfulChargeCents],
    ['caseTotalCents', context.caseTotalCents],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0))
      return fail(new AppError('invalid_input', 'must be a whole number of minor units, not negative', name));
  }
  const restitution = restitutionOf(context);
  if (restitution !== null) return ok(adviseRestitution(context, policy, restitution));
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
  const approval = approvalFactor(context, policy, maxCents);
  if (approval) factors.push(approval);
  const expectationInflationRisk = context.priorConcessions12m >= 2 && rank(kind) >= rank('service_credit');
  return ok({
    kind,
    minCents,
    maxCents,
    currency: policy.currency,
    requiresApproval: approval !== null,
    expectationInflationRisk,
    restitutionCents: 0,
    factors,
  });
}

/** Minor units as a reader sees them: `89.99 USD`. */
export const formatMoney = (cents: number, currency: string): string => `${(cents / 100).toFixed(2)} ${currency}`;

/**
 * R5: the money to give back because the company took it in error: the stated wrongful charge, or a refund of a
 * stated amount asked when the company is at fault (A4). Null when the case is not about such a charge.
 */
function restitutionOf(context: ConcessionContext): number | null {
  if (context.wrongfulChargeCents !== undefined && context.wrongfulChargeCents > 0) return context.wrongfulChargeCents;
  const asked = context.requested;
  if (
    context.companyAtFault === true &&
    asked?.kind === 'refund' &&
    asked.amountCents !== undefined &&
    asked.amountCents > 0
  )
    return asked.amountCents;
  return null;
}

/** Goodwill on top of restitution, as fractions of a month's revenue, by the V1/R5 steps below. */
const GOODWILL_ON_TOP = [
  { upTo: -1, range: [0, 0], says: 'no goodwill on top: the refund is the remedy' },
  { upTo: 0, range: [0, 0.1], says: 'a small gesture at most: up to 10% of a month' },
  { upTo: 1, range: [0.1, 0.5], says: 'a service credit of 10–50% of a month' },
  { upTo: Number.POSITIVE_INFINITY, range: [0.5, 1], says: '50–100% of a month' },
] as const;

/**
 * Restitution is not a concession to weigh: the wrongful charge is recommended in full (R5). Goodwill on top is
 * weighed separately by the customer's value and renewal (V1), the failure's severity and the concession history
 * (R5), in steps of a month's revenue.
 */
function adviseRestitution(
  context: ConcessionContext,
  policy: Pick<OrgPolicy, 'concessionApprovalThresholdCents' | 'currency'>,
  restitution: number,
): ConcessionRecommendation {
  const money = (cents: number) => formatMoney(cents, policy.currency);
  const severe = context.severity === 'high' || context.severity === 'critical';
  const weighed: FactorEffect[] = [
    CONCESSION_FACTORS.value(context),
    CONCESSION_FACTORS.retention(context),
    CONCESSION_FACTORS.history(context),
    severe
      ? { factor: 'severity', principle: 'R5', levels: 1, reason: `a ${context.severity} failure: one step up` }
      : { factor: 'severity', principle: 'R5', levels: 0, reason: `a ${context.severity} failure: no change` },
  ];
  const steps = weighed.reduce((sum, f) => sum + f.levels, 0);
  const tier = GOODWILL_ON_TOP.find((t) => steps <= t.upTo) ?? GOODWILL_ON_TOP[GOODWILL_ON_TOP.length - 1]!;
  const month = context.customer.monthlyRevenueCents;
  const [goodwillMin, goodwillMax] = tier.range.map((fraction) => Math.round(month * fraction)) as [number, number];
  const factors: FactorEffect[] = [
    {
      factor: 'restitution',
      principle: 'R5',
      levels: 0,
      reason: `the company took ${money(restitution)} in error: give it back in full (restitution, not a concession to weigh)`,
    },
    ...weighed.map((f) => ({ ...f, reason: `goodwill on top: ${f.reason}` })),
    {
      factor: 'goodwill',
      principle: 'V1',
      levels: steps,
      reason: `goodwill on top of the refund, weighed by value: ${tier.says} (${money(goodwillMin)}–${money(goodwillMax)})`,
    },
  ];
  const maxCents = restitution + goodwillMax;
  const approval = approvalFactor(context, policy, maxCents);
  if (approval) factors.push(approval);
  return {
    kind: 'refund',
    minCents: restitution + goodwillMin,
    maxCents,
    currency: policy.currency,
    requiresApproval: approval !== null,
    expectationInflationRisk: context.priorConcessions12m >= 2 && goodwillMax > 0,
    restitutionCents: restitution,
    factors,
  };
}

/** R5: the approval threshold applies to the case's total: what is already on it plus this recommendation. */
function approvalFactor(
  context: ConcessionContext,
  policy: Pick<OrgPolicy, 'concessionApprovalThresholdCents' | 'currency'>,
  maxCents: number,
): FactorEffect | null {
  const already = context.caseTotalCents ?? 0;
  const total = already + maxCents;
  const threshold = policy.concessionApprovalThresholdCents;
  if (total <= threshold) return null;
  const money = (cents: number) => formatMoney(cents, policy.currency);
  const why =
    already > 0
      ? `with ${money(already)} already approved or pending on this case, up to ${money(total)} in all is above the ${money(threshold)} approval threshold`
      : `above the ${money(threshold)} approval threshold`;
  return { factor: 'approval', principle: 'R5', levels: 0, reason: `${why}: a supervisor must approve` };
}
