import type { PrincipleId } from '../principles.ts';

type Verdict = 'met' | 'violated' | 'n/a';

export interface AngerTrendLike {
  startScore: number | null;
  endScore: number | null;
  direction: 'calmer' | 'angrier' | 'steady';
}

const mean = (values: readonly number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000 : null;

/** Anger at the start versus the end of conversations: did the playbook turn customers around? */
export function summarizeAnger(trends: readonly AngerTrendLike[]) {
  const scored = trends.filter((t) => t.startScore !== null && t.endScore !== null);
  return {
    conversations: trends.length,
    meanStart: mean(scored.map((t) => t.startScore!)),
    meanEnd: mean(scored.map((t) => t.endScore!)),
    calmer: trends.filter((t) => t.direction === 'calmer').length,
    steady: trends.filter((t) => t.direction === 'steady').length,
    angrier: trends.filter((t) => t.direction === 'angrier').length,
  };
}

export interface PrincipleQa {
  principle: string;
  met: number;
  violated: number;
  notApplicable: number;
  /** Met over applicable; null when never applicable. */
  metRate: number | null;
}

/** QA by principle across conversations: each rubric item's met / violated / not-applicable counts. */
export function summarizeQa(rubrics: ReadonlyArray<Partial<Record<PrincipleId | string, Verdict>>>): PrincipleQa[] {
  const table = new Map<string, PrincipleQa>();
  for (const rubric of rubrics) {
    for (const [principle, verdict] of Object.entries(rubric)) {
      const row = table.get(principle) ?? { principle, met: 0, violated: 0, notApplicable: 0, metRate: null };
      if (verdict === 'met') row.met += 1;
      else if (verdict === 'violated') row.violated += 1;
      else row.notApplicable += 1;
      table.set(principle, row);
    }
  }
  return [...table.values()]
    .map((row) => ({
      ...row,
      metRate: row.met + row.violated > 0 ? Math.round((row.met / (row.met + row.violated)) * 1000) / 1000 : null,
    }))
    .sort((a, b) => a.principle.localeCompare(b.principle));
}
