/** The anger trend an agent reads beside the meter: by level, because a few points inside one level are not a change. */
export type AngerLevel = 'calm' | 'annoyed' | 'angry' | 'furious';

const RANK: Record<AngerLevel, number> = { calm: 0, annoyed: 1, angry: 2, furious: 3 };

/** "angrier than at the start (annoyed then)", "still angry, as at the start", …; null before a second reading. */
export function angerTrend(levels: readonly AngerLevel[]): string | null {
  const first = levels[0];
  const last = levels.at(-1);
  if (levels.length < 2 || first === undefined || last === undefined) return null;
  if (RANK[last] < RANK[first]) return `calmer than at the start (${first} then)`;
  if (RANK[last] > RANK[first]) return `angrier than at the start (${first} then)`;
  return `still ${last}, as at the start`;
}
