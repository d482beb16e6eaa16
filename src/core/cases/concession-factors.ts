import type { PrincipleId } from '../principles.ts';
import type { ConcessionKind, Severity } from './types.ts';

/** What the advisor knows about the complaint and the customer; amounts in minor units. */
export interface ConcessionContext {
  severity: Severity;
  /** A4: null while unknown. */
  companyAtFault: boolean | null;
  /** R1: what the customer asked for, if they said. */
  requested?: { kind: ConcessionKind; amountCents?: number };
  customer: {
    monthlyRevenueCents: number;
    lifetimeRevenueCents: number;
    /** Whole years since the customer joined. */
    tenureYears: number;
    /** Days until the contract ends; null when there is no contract. */
    contractEndsInDays: number | null;
  };
  /** Concessions granted to this customer in the last 12 months (R5: expectation inflation). */
  priorConcessions12m: number;
  /**
   * Money the company took in error that the customer asks back (a wrongful or duplicate charge). When absent it
   * is read from the request: a refund of a stated amount, asked when the company is at fault (A4).
   */
  wrongfulChargeCents?: number;
  /** Concessions already on the case, approved or waiting for approval: the approval threshold is per case. */
  caseTotalCents?: number;
}

/** One factor's verdict: a step up or down the ladder, and its reason. */
export interface FactorEffect {
  factor: string;
  principle: PrincipleId;
  /** Ladder steps: +1 moves from apology to service credit, and so on. */
  levels: number;
  reason: string;
}

type Factor = (c: ConcessionContext) => FactorEffect;

/** Thresholds of the value factors (V1), in minor units. */
export const VALUE_TIERS = {
  keyMonthlyCents: 50_000,
  keyLifetimeCents: 1_000_000,
  lowMonthlyCents: 2_000,
  lowLifetimeCents: 20_000,
} as const;

const SEVERITY_LEVELS = { low: 1, medium: 2, high: 3, critical: 4 } as const satisfies Record<Severity, number>;

/** The factor table: each factor reads the context and states its effect in ladder steps. */
export const CONCESSION_FACTORS = {
  severity: (c) => ({
    factor: 'severity',
    principle: 'R5',
    levels: SEVERITY_LEVELS[c.severity],
    reason: `a ${c.severity} failure starts the ladder at step ${SEVERITY_LEVELS[c.severity]}`,
  }),
  fault: (c) =>
    c.companyAtFault === true
      ? { factor: 'fault', principle: 'A4', levels: 0, reason: 'the company was at fault: no reduction' }
      : c.companyAtFault === false
        ? { factor: 'fault', principle: 'A4', levels: -2, reason: 'the company was not at fault: two steps down' }
        : { factor: 'fault', principle: 'A4', levels: -1, reason: 'fault not yet established: one step down' },
  value: (c) => {
    const { monthlyRevenueCents: m, lifetimeRevenueCents: l } = c.customer;
    if (m >= VALUE_TIERS.keyMonthlyCents || l >= VALUE_TIERS.keyLifetimeCents) {
      return { factor: 'value', principle: 'V1', levels: 1, reason: 'a key account by revenue: one step up' };
    }
    if (m < VALUE_TIERS.lowMonthlyCents && l < VALUE_TIERS.lowLifetimeCents) {
      return { factor: 'value', principle: 'V1', levels: -1, reason: 'low revenue so far: one step down' };
    }
    return { factor: 'value', principle: 'V1', levels: 0, reason: 'standard revenue: no change' };
  },
  retention: (c) => {
    const { tenureYears, contractEndsInDays } = c.customer;
    const renewing = contractEndsInDays !== null && contractEndsInDays >= 0 && contractEndsInDays <= 90;
    return renewing && tenureYears >= 3
      ? {
          factor: 'retention',
          principle: 'V1',
          levels: 1,
          reason: `a ${tenureYears}-year customer whose contract ends in ${contractEndsInDays} days: one step up`,
        }
      : { factor: 'retention', principle: 'V1', levels: 0, reason: 'no renewal at risk: no change' };
  },
  history: (c) =>
    c.priorConcessions12m >= 2
      ? {
          factor: 'history',
          principle: 'R5',
          levels: -1,
          reason: `${c.priorConcessions12m} concessions in the last 12 months raise expectations: one step down`,
        }
      : {
          factor: 'history',
          principle: 'R5',
          levels: 0,
          reason: `${c.priorConcessions12m === 0 ? 'no concessions' : 'one concession'} in the last 12 months: no change`,
        },
} as const satisfies Record<string, Factor>;
