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

/** Promises of one kind that came due, counted by outcome (what the store's aggregate returns per kind). */
export type PromiseCounts = { kind: CommitmentKind } & Omit<PromiseStats, 'keptRate'>;

/** F4: how many promises that came due by `now` were kept on time, late, broken or waived; overall and by kind. */
export function summarizePromises(
  rows: readonly PromiseRow[],
  now: Date,
): { overall: PromiseStats; byKind: Partial<Record<CommitmentKind, PromiseStats>> } {
  const counts = new Map<CommitmentKind, PromiseCounts>();
  for (const row of rows) {
    if (row.dueAt.getTime() > now.getTime() && row.state === 'open') continue;
    const kind = counts.get(row.kind) ?? { kind: row.kind, due: 0, keptOnTime: 0, keptLate: 0, broken: 0, waived: 0 };
    counts.set(row.kind, kind);
    kind.due += 1;
    if (row.state === 'waived') kind.waived += 1;
    else if (row.state === 'done' && row.completedAt && row.completedAt.getTime() <= row.dueAt.getTime())
      kind.keptOnTime += 1;
    else if (row.state === 'done') kind.keptLate += 1;
    else kind.broken += 1;
  }
  return summarizePromiseCounts([...counts.values()]);
}

/** The same summary from counts already made per kind (GET /insights/promises counts in the database). */
export function summarizePromiseCounts(rows: readonly PromiseCounts[]): {
  overall: PromiseStats;
  byKind: Partial<Record<CommitmentKind, PromiseStats>>;
} {
  const overall = empty();
  const byKind: Partial<Record<CommitmentKind, PromiseStats>> = {};
  for (const { kind, ...counts } of rows) {
    const kindStats = byKind[kind] ?? empty();
    byKind[kind] = kindStats;
    for (const stats of [overall, kindStats]) {
      stats.due += counts.due;
      stats.keptOnTime += counts.keptOnTime;
      stats.keptLate += counts.keptLate;
      stats.broken += counts.broken;
      stats.waived += counts.waived;
    }
  }
  for (const stats of [overall, ...Object.values(byKind)]) {
    const counted = stats.due - stats.waived;
    stats.keptRate = counted > 0 ? Math.round((stats.keptOnTime / counted) * 1000) / 1000 : null;
  }
  return { overall, byKind };
}
