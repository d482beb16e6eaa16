import type { Candidate } from './train.ts';

const FEATURES = { bits: 18, charMin: 3, charMax: 5, wordBigrams: true, negation: true };
const TRAIN = { epochs: 10, learningRate: 0.1, l2: 0, positiveWeight: 1, relatedTarget: 0.15, seed: 42 };

/** The hyper-parameter grid searched by cross-validation on train (the first is the default). */
export const CANDIDATES: readonly Candidate[] = [
  { features: FEATURES, train: TRAIN },
  { features: FEATURES, train: { ...TRAIN, relatedTarget: 0.3 } },
  { features: FEATURES, train: { ...TRAIN, epochs: 6 } },
  { features: FEATURES, train: { ...TRAIN, learningRate: 0.2 } },
  { features: { ...FEATURES, charMax: 6 }, train: TRAIN },
  // 2^19 buckets scored within noise of 2^18 in CV but double the weights and the load time, so 18 stays.
];
