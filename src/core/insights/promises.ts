import type { CommitmentKind, CommitmentState } from '../cases/types.ts';

export interface PromiseRow {
  kind: CommitmentKind;
  state: CommitmentState;
  dueAt: Date;
  completedAt: Date | null;
}

export interface PromiseStats {
  due: number;
  keptOnTime: number;
  keptLate: number;
  broken: number;
  waived: number;
  /** Kept on time over promises that came due and were not waived (F4); null when none. */
  keptRate: number | null;
}

const empty = (): PromiseStats => ({ due: 0, keptOnTime: 0, keptLate: 0, broken: 0, waived: 0, keptRate: null });

/** F4: how many promises that came due by `now` were kept on time, late, broken or waived; overall and by kind. */
export function summarizePromises(
  rows: readonly PromiseRow[],
  now: Date,
): { overall: PromiseStats; byKind: Partial<Record<CommitmentKind, PromiseStats>> } {
  const overall = empty();
  const byKind: Partial<Record<CommitmentKind, PromiseStats>> = {};
  for (const row of rows) {
    if (row.dueAt.getTime() > now.getTime() && row.state === 'open') continue;
    const kindStats = byKind[row.kind] ?? empty();
    byKind[row.kind] = kindStats;
    for (const stats of [overall, kindStats]) {
      stats.due += 1;
      if (row.state === 'waived') stats.waived += 1;
      else if (row.state === 'done' && row.completedAt && row.completedAt.getTime() <= row.dueAt.getTime())
        stats.keptOnTime += 1;
      else if (row.state === 'done') stats.keptLate += 1;
      else stats.broken += 1;
    }
  }
  for (const stats of [overall, ...Object.values(byKind)]) {
    const counted = stats.due - stats.waived;
    stats.keptRate = counted > 0 ? Math.round((stats.keptOnTime / counted) * 1000) / 1000 : null;
  }
  return { overall, byKind };
}
