import type { AngerTrend } from '../analyze.ts';
import type { PrincipleId } from '../principles.ts';

type Verdict = 'met' | 'violated' | 'n/a';

const mean = (values: readonly number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000 : null;

/** Anger at the start versus the end of conversations: did the playbook turn customers around? */
export function summarizeAnger(trends: readonly Pick<AngerTrend, 'startScore' | 'endScore' | 'direction'>[]) {
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

/** One conversation's QA, with the group (agent or team) it counts towards. */
export interface QaRow {
  groupId: string | null;
  groupName: string;
  rubric: Partial<Record<PrincipleId | string, Verdict>> | null;
  score: number | null;
}

export interface QaGroup {
  id: string | null;
  name: string;
  conversations: number;
  /** Mean QA score (0–100) of the group's scored conversations; null when none was scored. */
  score: number | null;
  principles: PrincipleQa[];
}

/** Mean QA score of the scored conversations, to one decimal; null when none was scored. */
export function meanScore(scores: ReadonlyArray<number | null>): number | null {
  const scored = scores.filter((s): s is number => s !== null);
  return scored.length ? Math.round((scored.reduce((a, b) => a + b, 0) / scored.length) * 10) / 10 : null;
}

/** QA per agent or per team: each group's conversations, mean score and per-principle counts, by name. */
export function summarizeQaByGroup(rows: readonly QaRow[]): QaGroup[] {
  const groups = new Map<string | null, { name: string; rows: QaRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.groupId) ?? { name: row.groupName, rows: [] };
    group.rows.push(row);
    groups.set(row.groupId, group);
  }
  return [...groups.entries()]
    .map(([id, group]) => ({
      id,
      name: group.name,
      conversations: group.rows.length,
      score: meanScore(group.rows.map((r) => r.score)),
      principles: summarizeQa(group.rows.flatMap((r) => (r.rubric ? [r.rubric] : []))),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || String(a.id).localeCompare(String(b.id)));
}
