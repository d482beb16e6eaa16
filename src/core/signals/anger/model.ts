import { AppError } from '../../errors.ts';
import type { AngerLevel, AngerModel, AngerScore } from '../types.ts';
import { decodeBase64 } from './codec.ts';
import { sumBag, sumBag16 } from './bag.ts';
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
export function levelOf(
  anger: number,
  cluster: number,
  intensityCues: number,
  t: AngerWeights['thresholds'],
): AngerLevel {
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
  const { dim, hidden, embedScale } = weights.network;
  const bytes = decodeBase64(weights.network.embed);
  const expected = (1 << weights.features.bits) * dim;
  if (bytes.length !== expected) {
    throw new AppError(
      'invalid_input',
      `anger weights: network.embed has ${bytes.length} values, expected ${expected}`,
    );
  }
  // Summed as int8 and scaled once per message: no dequantised copy to build at load time.
  const embed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const w1 = Float32Array.from(weights.network.w1);
  const b1 = Float32Array.from(weights.network.b1);
  const w2 = Float32Array.from(weights.network.w2);
  const [angerBias, clusterBias] = weights.network.b2 as [number, number];
  const scanner = new FeatureScanner(weights.features);
  const bag = new Float64Array(dim);

  const read = (text: string): AngerReading => {
    const count = scanner.scan(text);
    if (dim === 16) sumBag16(embed, scanner.indices, count, bag);
    else sumBag(embed, dim, scanner.indices, count, bag);
    const norm = count > 0 ? embedScale / Math.sqrt(count) : 0;
    let a = angerBias;
    let c = clusterBias;
    for (let h = 0; h < hidden; h++) {
      let s = 0;
      const row = h * dim;
      for (let d = 0; d < dim; d++) s += w1[row + d]! * bag[d]!;
      s = s * norm + b1[h]!;
      if (s > 0) {
        a += w2[h]! * s;
        c += w2[hidden + h]! * s;
      }
    }
    return { anger: sigmoid(a), cluster: sigmoid(c), intensityCues: countIntensityCues(scanner.cues) };
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
