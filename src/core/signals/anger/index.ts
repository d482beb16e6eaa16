/** The anger reading: an embedding-bag network over hashed n-grams plus cue families, calibrated; weights bundled from models/. */
import defaultWeights from '../../../../models/anger-v3.json' with { type: 'json' };
import type { AngerModel } from '../types.ts';
import { createAngerModel } from './model.ts';

export {
  createAngerModel,
  levelFor,
  NETWORK_OUTPUTS,
  readingInputs,
  READING_INPUTS,
  type AngerReading,
  type AngerScorer,
  type ReadingInput,
} from './model.ts';
export {
  parseAngerWeights,
  type AngerWeights,
  type NetworkWeights,
  type LevelThresholds,
  type ReadingWeights,
} from './weights.ts';
export type { FeatureOptions } from './features.ts';

let cached: ReturnType<typeof createAngerModel> | undefined;

/** The shipped model, decoded on first use and shared afterwards. */
export function getDefaultAngerModel(): ReturnType<typeof createAngerModel> {
  cached ??= createAngerModel(defaultWeights);
  return cached;
}

/** The shipped model as a ready AngerModel; decoding waits until the first score. */
export const defaultAngerModel: AngerModel = {
  name: 'defuse-anger-v3',
  score: (text) => getDefaultAngerModel().score(text),
};
