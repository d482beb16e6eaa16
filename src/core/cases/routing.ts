import type { PrincipleId } from '../principles.ts';
import type { Severity, UserRole } from './types.ts';

/** An org's routing rule (R3): when a case matches, it goes to this team and/or needs this skill. */
export interface RoutingRule {
  name: string;
  when: {
    categories?: string[];
    severities?: Severity[];
    /** Matches customers whose monthly revenue is at least this (minor units, V1). */
    minMonthlyRevenueCents?: number;
  };
  assign: { teamId?: string; skill?: string; role?: UserRole };
}

/** Someone who could take the case, with how many open cases they hold. */
export interface RoutingCandidate {
  userId: string;
  teamId: string | null;
  role: UserRole;
  skills: string[];
  openCases: number;
  active: boolean;
}

export interface RoutingInput {
  category: string | null;
  severity: Severity;
  customerMonthlyRevenueCents: number;
}

export interface RoutingDecision {
  rule: string | null;
  teamId: string | null;
  userId: string | null;
  principle: PrincipleId;
  reasons: string[];
}

/** The conditions a rule may test, as data: each returns whether the case matches. */
const CONDITIONS = {
  categories: (w, c) => !w.categories || (c.category !== null && w.categories.includes(c.category)),
  severities: (w, c) => !w.severities || w.severities.includes(c.severity),
  value: (w, c) => w.minMonthlyRevenueCents === undefined || c.customerMonthlyRevenueCents >= w.minMonthlyRevenueCents,
} as const satisfies Record<string, (when: RoutingRule['when'], c: RoutingInput) => boolean>;

const matches = (rule: RoutingRule, input: RoutingInput) =>
  Object.values(CONDITIONS).every((condition) => condition(rule.when, input));

/** Someone who could take the case, before their load is known. */
export type RoutingPerson = Omit<RoutingCandidate, 'openCases'>;

/**
 * R3's first half: the rule that matches (the first) and the people it makes eligible (active, and of its team,
 * skill and role). Only their loads decide, so a caller counts open cases for these people and no one else.
 */
export function eligibleForRouting<P extends RoutingPerson>(
  input: RoutingInput,
  rules: readonly RoutingRule[],
  people: readonly P[],
): { rule: RoutingRule | null; eligible: P[] } {
  const rule = rules.find((r) => matches(r, input)) ?? null;
  const assign = rule?.assign ?? {};
  const eligible = people.filter(
    (c) =>
      c.active &&
      (assign.teamId === undefined || c.teamId === assign.teamId) &&
      (assign.skill === undefined || c.skills.includes(assign.skill)) &&
      (assign.role === undefined || c.role === assign.role),
  );
  return { rule, eligible };
}

/** R3: the first matching rule picks team, skill and role; the least-loaded eligible person gets the case. */
export function routeCase(
  input: RoutingInput,
  rules: readonly RoutingRule[],
  candidates: readonly RoutingCandidate[],
): RoutingDecision {
  const { rule, eligible } = eligibleForRouting(input, rules, candidates);
  const reasons: string[] = [rule ? `rule "${rule.name}" matched` : 'no rule matched: anyone active may take it'];
  const assign = rule?.assign ?? {};
  // Least load first; ties go to the lowest id so the choice is reproducible.
  const chosen = [...eligible].sort((a, b) => a.openCases - b.openCases || a.userId.localeCompare(b.userId))[0];
  if (chosen)
    reasons.push(`${chosen.userId} has the fewest open cases (${chosen.openCases}) of ${eligible.length} eligible`);
  else reasons.push('nobody eligible is active: the case waits in the team queue');
  return {
    rule: rule?.name ?? null,
    teamId: assign.teamId ?? chosen?.teamId ?? null,
    userId: chosen?.userId ?? null,
    principle: 'R3',
    reasons,
  };
}
