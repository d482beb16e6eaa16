import { AppError } from '../../errors.ts';
import type { AngerLevel, AngerModel, AngerScore } from '../types.ts';
import { decodeBase64, dequantize } from './codec.ts';
import { FeatureScanner, type Cues } from './features.ts';
import { parseAngerWeights, type AngerWeights } from './weights.ts';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** How many intensity cues a message carries (each counts once). */
export function countIntensityCues(cues: Cues): number {
  return (
    (cues.profanity > 0 ? 1 : 0) +
    (cues.insults > 0 ? 1 : 0) +
    (cues.capsWords >= 2 || (cues.words > 0 && cues.capsWords === cues.words) ? 1 : 0) +
    (cues.exclaimRuns > 0 ? 1 : 0) +
    (cues.threats > 0 ? 1 : 0)
  );
}

/** Maps the two probabilities and the cues to a level (L1: read the anger right before acting on it). */
export function levelOf(anger: number, cluster: number, intensityCues: number, t: AngerWeights['thresholds']): AngerLevel {
  if (anger >= t.angry) {
    return anger >= t.furious || intensityCues >= t.furiousCues ? 'furious' : 'angry';
  }
  return cluster >= t.annoyed ? 'annoyed' : 'calm';
}

/** Both head probabilities and the intensity-cue count of one message. */
export interface AngerReading {
  anger: number;
  cluster: number;
  intensityCues: number;
}

/** An anger model that also exposes its raw readings (for evaluation and threshold tuning). */
export interface AngerScorer extends AngerModel {
  read(text: string): AngerReading;
  readonly weights: AngerWeights;
}

/** Builds a scorer from trained weights (validated: bad weights are an AppError, not a wrong answer). */
export function createAngerModel(input: unknown): AngerScorer {
  const weights = parseAngerWeights(input);
  const size = 1 << weights.features.bits;
  const heads = [weights.heads.anger, weights.heads.cluster].map((head, i) => {
    const bytes = decodeBase64(head.weights);
    if (bytes.length !== size) {
      throw new AppError('invalid_input', `anger weights: head ${i} has ${bytes.length} buckets, expected ${size}`);
    }
    return dequantize(bytes, head.scale);
  });
  // Interleaved so both heads are read from one cache line per feature.
  const table = new Float32Array(size * 2);
  for (let i = 0; i < size; i++) {
    table[2 * i] = heads[0]![i]!;
    table[2 * i + 1] = heads[1]![i]!;
  }
  const scanner = new FeatureScanner(weights.features);
  const { anger: angerHead, cluster: clusterHead } = weights.heads;

  const read = (text: string): AngerReading => {
    const count = scanner.scan(text);
    const indices = scanner.indices;
    let a = 0;
    let c = 0;
    for (let k = 0; k < count; k++) {
      const at = indices[k]! << 1;
      a += table[at]!;
      c += table[at + 1]!;
    }
    const norm = count > 0 ? 1 / Math.sqrt(count) : 0;
    return {
      anger: sigmoid(angerHead.bias + a * norm),
      cluster: sigmoid(clusterHead.bias + c * norm),
      intensityCues: countIntensityCues(scanner.cues),
    };
  };

  return {
    name: weights.name,
    weights,
    read,
    score(text: string): AngerScore {
      const { anger, cluster, intensityCues } = read(text);
      return { anger, level: levelOf(anger, cluster, intensityCues, weights.thresholds) };
    },
  };
}
