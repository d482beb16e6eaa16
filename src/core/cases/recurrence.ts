import type { PrincipleId } from '../principles.ts';

const DAY = 86_400_000;

export interface RepeatComplaint {
  principle: PrincipleId;
  previousCaseId: string;
  daysSince: number;
}

/** P2: a new case from a customer who complained within `windowDays` (default 90) is a recurrence. */
export function findRepeatComplaint(
  receivedAt: Date,
  previous: readonly { id: string; receivedAt: Date }[],
  windowDays = 90,
): RepeatComplaint | null {
  const earlier = previous
    .filter((c) => c.receivedAt.getTime() <= receivedAt.getTime())
    .filter((c) => receivedAt.getTime() - c.receivedAt.getTime() <= windowDays * DAY)
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())[0];
  if (!earlier) return null;
  return {
    principle: 'P2',
    previousCaseId: earlier.id,
    daysSince: Math.floor((receivedAt.getTime() - earlier.receivedAt.getTime()) / DAY),
  };
}

/** Monday 00:00 UTC of the week holding `at` (the same weeks as PostgreSQL's date_trunc('week')). */
export function weekStart(at: Date): Date {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - weekday * DAY);
}

export interface WeeklyCount {
  rootCauseId: string;
  weekStart: Date;
  count: number;
}

export interface RootCauseSpike {
  principle: PrincipleId;
  rootCauseId: string;
  count: number;
  baseline: number;
  reason: string;
}

export const SPIKE_RULE = { baselineWeeks: 4, factor: 2, minCount: 3 } as const;

/** P3: a root cause whose count this week is at least twice its recent weekly average (and ≥ 3) is flagged. */
export function findRootCauseSpikes(counts: readonly WeeklyCount[], now: Date, rule = SPIKE_RULE): RootCauseSpike[] {
  const thisWeek = weekStart(now).getTime();
  const baselineFrom = thisWeek - rule.baselineWeeks * 7 * DAY;
  const byCause = new Map<string, { current: number; past: number }>();
  for (const row of counts) {
    const t = weekStart(row.weekStart).getTime();
    const entry = byCause.get(row.rootCauseId) ?? { current: 0, past: 0 };
    if (t === thisWeek) entry.current += row.count;
    else if (t >= baselineFrom && t < thisWeek) entry.past += row.count;
    byCause.set(row.rootCauseId, entry);
  }
  const spikes: RootCauseSpike[] = [];
  for (const [rootCauseId, { current, past }] of byCause) {
    const baseline = past / rule.baselineWeeks;
    if (current >= rule.minCount && current >= rule.factor * Math.max(baseline, 1)) {
      spikes.push({
        principle: 'P3',
        rootCauseId,
        count: current,
        baseline,
        reason: `${current} cases this week against a ${rule.baselineWeeks}-week average of ${baseline.toFixed(1)}`,
      });
    }
  }
  return spikes.sort((a, b) => b.count - a.count);
}
