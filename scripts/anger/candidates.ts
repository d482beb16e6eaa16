import type { Candidate } from './train.ts';

const FEATURES = { bits: 18, charMin: 3, charMax: 5, wordBigrams: true, negation: true };
const TRAIN = { epochs: 10, learningRate: 0.1, l2: 0, positiveWeight: 1, seed: 42 };

/** The hyper-parameter grid searched by cross-validation on train (the first is the default). */
export const CANDIDATES: readonly Candidate[] = [
  { features: FEATURES, train: TRAIN },
  { features: FEATURES, train: { ...TRAIN, epochs: 5 } },
  { features: { ...FEATURES, charMax: 4 }, train: TRAIN },
];
