/** The anger trend an agent reads beside the meter: by level, because a few points inside one level are not a change. */
// A relative path, not the @core alias, so node's test runner loads it as the web app does.
import { type AngerLevel, angerRank } from '../../../../src/core/signals/types.ts';

export type { AngerLevel };

/** "angrier than at the start (annoyed then)", "still angry, as at the start", …; null before a second reading. */
export function angerTrend(levels: readonly AngerLevel[]): string | null {
  const first = levels[0];
  const last = levels.at(-1);
  if (levels.length < 2 || first === undefined || last === undefined) return null;
  if (angerRank(last) < angerRank(first)) return `calmer than at the start (${first} then)`;
  if (angerRank(last) > angerRank(first)) return `angrier than at the start (${first} then)`;
  return `still ${last}, as at the start`;
}
