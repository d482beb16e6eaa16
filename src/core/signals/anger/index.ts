/** The anger model: an embedding-bag network over hashed n-grams trained on GoEmotions, weights bundled from models/. */
import defaultWeights from '../../../../models/anger-v2.json' with { type: 'json' };
import type { AngerModel } from '../types.ts';
import { createAngerModel } from './model.ts';

export { createAngerModel, countIntensityCues, levelOf, type AngerReading, type AngerScorer } from './model.ts';
export { parseAngerWeights, type AngerWeights, type NetworkWeights, type LevelThresholds } from './weights.ts';
export type { FeatureOptions } from './features.ts';

let cached: ReturnType<typeof createAngerModel> | undefined;

/** The shipped model, decoded on first use (about 4 MB of int8 embeddings) and shared afterwards. */
export function getDefaultAngerModel(): ReturnType<typeof createAngerModel> {
  cached ??= createAngerModel(defaultWeights);
  return cached;
}

/** The shipped model as a ready AngerModel; decoding waits until the first score. */
export const defaultAngerModel: AngerModel = {
  name: 'defuse-anger-v2',
  score: (text) => getDefaultAngerModel().score(text),
};
