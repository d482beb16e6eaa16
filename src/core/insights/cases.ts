export interface CaseFact {
  customerId: string;
  receivedAt: Date;
  rootCauseId: string | null;
}

/** P2: cases that repeat an earlier complaint of the same customer within the window. */
export function summarizeRecurrence(cases: readonly CaseFact[], windowDays: number) {
  const byCustomer = new Map<string, Date[]>();
  for (const c of cases) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c.receivedAt]);
  let repeats = 0;
  for (const dates of byCustomer.values()) {
    const sorted = dates.map((d) => d.getTime()).sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i += 1) if (sorted[i]! - sorted[i - 1]! <= windowDays * 86_400_000) repeats += 1;
  }
  return {
    cases: cases.length,
    customers: byCustomer.size,
    repeatCases: repeats,
    repeatRate: cases.length ? Math.round((repeats / cases.length) * 1000) / 1000 : null,
    windowDays,
  };
}

/** P3: complaint counts by root cause, largest first; cases without one are counted as unassigned. */
export function summarizeRootCauses(cases: readonly CaseFact[], names: ReadonlyMap<string, string>) {
  const counts = new Map<string | null, number>();
  for (const c of cases) counts.set(c.rootCauseId, (counts.get(c.rootCauseId) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, count]) => ({ rootCauseId: id, name: id ? (names.get(id) ?? 'unknown') : 'unassigned', count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
