import { ANGER_LEVELS, angerRank, type AngerLevel } from '../../src/core/signals/types.ts';

export interface Agreement {
  exact: number;
  withinOne: number;
  /** Cohen's kappa with linear weights (ordinal levels). */
  weightedKappa: number;
  /** confusion[gold][predicted] counts, in ANGER_LEVELS order. */
  confusion: number[][];
}

/** How well predicted levels agree with gold levels on an ordinal scale. */
export function levelAgreement(gold: readonly AngerLevel[], predicted: readonly AngerLevel[]): Agreement {
  const k = ANGER_LEVELS.length;
  const confusion = ANGER_LEVELS.map(() => new Array<number>(k).fill(0));
  let exact = 0;
  let withinOne = 0;
  gold.forEach((g, i) => {
    const a = angerRank(g);
    const b = angerRank(predicted[i]!);
    confusion[a]![b]!++;
    if (a === b) exact++;
    if (Math.abs(a - b) <= 1) withinOne++;
  });
  const n = gold.length;
  const rowSums = confusion.map((row) => row.reduce((s, x) => s + x, 0));
  const colSums = ANGER_LEVELS.map((_, j) => confusion.reduce((s, row) => s + row[j]!, 0));
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = Math.abs(i - j) / (k - 1);
      observed += (w * confusion[i]![j]!) / n;
      expected += (w * rowSums[i]! * colSums[j]!) / (n * n);
    }
  }
  return {
    exact: exact / n,
    withinOne: withinOne / n,
    weightedKappa: expected > 0 ? 1 - observed / expected : 0,
    confusion,
  };
}
