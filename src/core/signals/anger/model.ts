import { AppError } from '../../errors.ts';
import { guessLanguage } from '../language.ts';
import type { AngerLevel, AngerModel, AngerScore } from '../types.ts';
import { sumBag, sumBag16 } from './bag.ts';
import { decodeBase64 } from './codec.ts';
import { type Cues, FeatureScanner } from './features.ts';
import { type AngerWeights, type LevelThresholds, parseAngerWeights } from './weights.ts';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Inputs of the calibrated reading, in order: the network's two logits, then one input per cue family (0/1 unless said).
 * A weights file must list these names in this order (checked at load), so a reordered list can never be read silently;
 * an older file may list only the first ones (inputs added later weigh 0 in its reading, so it reads as it was trained).
 */
export const READING_INPUTS = [
  'anger_logit',
  'cluster_logit',
  'domain_angry_logit',
  'domain_upset_logit',
  'shouting',
  'caps_share',
  'exclaim',
  'exclaim_run',
  'question_run',
  'profanity',
  'insult',
  'directed_insult',
  'legal_threat',
  'leave_threat',
  'shouted_threat',
  'contempt',
  'sarcasm',
  'sarcasm_praise',
  'eyeroll_emoji',
  'anger_emoji',
  'happy_emoji',
  'repeat_contact',
  'waiting',
  'hedge',
  'polite',
  'hostile',
  'service_failure',
  'dismay',
  'upset_emoji',
] as const;
export type ReadingInput = (typeof READING_INPUTS)[number];

const flag = (n: number): number => (n > 0 ? 1 : 0);

/** The network's outputs, in the order the weights store them. */
export const NETWORK_OUTPUTS = 4;

/** Fills `out` with the reading's inputs for one scanned message (same order as READING_INPUTS). */
export function readingInputs(logits: ArrayLike<number>, c: Cues, out: Float64Array): void {
  const shouting = c.capsWords >= 2 || (c.words > 0 && c.capsWords === c.words && c.capsWords > 0) ? 1 : 0;
  const threat = flag(c.leave + c.threats);
  out[0] = logits[0]!;
  out[1] = logits[1]!;
  out[2] = logits[2]!;
  out[3] = logits[3]!;
  out[4] = shouting;
  out[5] = c.words >= 2 ? c.capsWords / c.words : 0;
  out[6] = flag(c.exclaims);
  out[7] = flag(c.exclaimRuns);
  out[8] = flag(c.questionRuns);
  out[9] = flag(c.profanity);
  out[10] = flag(c.insults);
  out[11] = flag(c.directedInsults);
  out[12] = flag(c.threats);
  out[13] = flag(c.leave);
  out[14] = shouting * threat;
  out[15] = flag(c.contempt);
  out[16] = flag(c.sarcasm);
  // Praise used as blame: under a sarcasm cue the network's calm reading of "thanks"/"great" is the words, not the meaning.
  out[17] = flag(c.sarcasm) * Math.min(0, (logits[0]! + logits[1]!) / 2);
  out[18] = flag(c.eyeRollEmoji);
  out[19] = flag(c.angerEmoji);
  out[20] = flag(c.happyEmoji);
  out[21] = flag(c.repeat);
  out[22] = flag(c.waiting);
  out[23] = flag(c.hedge);
  out[24] = flag(c.polite);
  out[25] = Math.min(c.hostile, 2) / 2;
  out[26] = flag(c.failures);
  out[27] = flag(c.dismay);
  out[28] = flag(c.upsetEmoji);
}

/** The level of a calibrated anger probability: thresholds on that one number, so the level can never contradict it. */
export function levelFor(anger: number, t: LevelThresholds): AngerLevel {
  if (anger >= t.furious) return 'furious';
  if (anger >= t.angry) return 'angry';
  if (anger >= t.annoyed) return 'annoyed';
  return 'calm';
}

/** Everything the reading is built from, for training and evaluation. */
export interface AngerReading {
  /** Calibrated P(angry or furious). */
  anger: number;
  /** The network's logits: GoEmotions anger, GoEmotions anger ∪ annoyance ∪ disgust, in-domain angry+, in-domain not calm. */
  logits: number[];
  /** The reading's inputs (READING_INPUTS order); a fresh copy. */
  inputs: Float64Array;
  language: string;
  english: boolean;
}

/** An anger model that also exposes its raw readings (for evaluation and training). */
export interface AngerScorer extends AngerModel {
  read(text: string): AngerReading;
  readonly weights: AngerWeights;
}

const NOT_ENGLISH = (language: string): AngerScore => ({
  scored: false,
  anger: null,
  level: null,
  language,
  reason:
    language === 'und'
      ? 'not English (script not recognised): anger is read in English only'
      : `not English (${language}): anger is read in English only`,
});

/** Builds a scorer from trained weights (validated: bad weights are an AppError, not a wrong answer). */
export function createAngerModel(input: unknown): AngerScorer {
  const weights = parseAngerWeights(input, READING_INPUTS, NETWORK_OUTPUTS);
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
  const b2 = Float64Array.from(weights.network.b2);
  const logits = new Float64Array(NETWORK_OUTPUTS);
  const readingWeights = Float64Array.from(weights.reading.weights);
  const readingBias = weights.reading.bias;
  const levels = weights.reading.levels;
  // The GoEmotions heads' linear half (absent in older models): two int8 weights a bucket, anger then cluster.
  const wideBytes = weights.network.wide ? decodeBase64(weights.network.wide.table) : undefined;
  const wide = wideBytes ? new Int8Array(wideBytes.buffer, wideBytes.byteOffset, wideBytes.length) : undefined;
  const wideAnger = weights.network.wide?.scales[0] ?? 0;
  const wideCluster = weights.network.wide?.scales[1] ?? 0;
  const scanner = new FeatureScanner(weights.features);
  const bag = new Float64Array(dim);
  const inputs = new Float64Array(READING_INPUTS.length);

  /** Scans `text` and returns the calibrated probability; leaves the inputs in `inputs` and the cues in the scanner. */
  const probability = (text: string): number => {
    const count = scanner.scan(text);
    if (dim === 16) sumBag16(embed, scanner.indices, count, bag);
    else sumBag(embed, dim, scanner.indices, count, bag);
    const norm = count > 0 ? embedScale / Math.sqrt(count) : 0;
    logits.set(b2);
    for (let h = 0; h < hidden; h++) {
      let s = 0;
      const row = h * dim;
      for (let d = 0; d < dim; d++) s += w1[row + d]! * bag[d]!;
      s = s * norm + b1[h]!;
      if (s > 0) {
        logits[0]! += w2[h]! * s;
        logits[1]! += w2[hidden + h]! * s;
        logits[2]! += w2[2 * hidden + h]! * s;
        logits[3]! += w2[3 * hidden + h]! * s;
      }
    }
    if (wide !== undefined && count > 0) {
      let a = 0;
      let c = 0;
      const indices = scanner.indices;
      for (let k = 0; k < count; k++) {
        const at = indices[k]! << 1;
        a += wide[at]!;
        c += wide[at + 1]!;
      }
      const inv = 1 / Math.sqrt(count);
      logits[0]! += a * wideAnger * inv;
      logits[1]! += c * wideCluster * inv;
    }
    readingInputs(logits, scanner.cues, inputs);
    let z = readingBias;
    for (let i = 0; i < inputs.length; i++) z += readingWeights[i]! * inputs[i]!;
    return sigmoid(z);
  };

  return {
    name: weights.name,
    weights,
    read(text: string): AngerReading {
      const anger = probability(text);
      const { language, english } = guessLanguage(text, scanner.cues);
      return { anger, logits: Array.from(logits), inputs: inputs.slice(), language, english };
    },
    score(text: string): AngerScore {
      const anger = probability(text);
      const { language, english } = guessLanguage(text, scanner.cues);
      if (!english) return NOT_ENGLISH(language);
      return { scored: true, anger, level: levelFor(anger, levels), language };
    },
  };
}
