import { AppError } from '../../errors.ts';
import type { FeatureOptions } from './features.ts';

/** The embedding-bag network: int8 bucket embeddings (base64) times `embedScale`, one ReLU layer, two sigmoid outputs. */
export interface NetworkWeights {
  dim: number;
  hidden: number;
  embedScale: number;
  /** 2^bits × dim int8 values, bucket-major. */
  embed: string;
  /** hidden × dim, row-major. */
  w1: number[];
  b1: number[];
  /** outputs × hidden: GoEmotions anger, GoEmotions cluster, in-domain angry-or-worse, in-domain not calm. */
  w2: number[];
  /** The outputs' biases, same order. */
  b2: number[];
  /**
   * Optional linear half of the two GoEmotions heads: per bucket an int8 weight for anger and one for the cluster
   * (interleaved, base64), times its head's scale; a message adds the sum over its buckets, times 1/sqrt(count), to that
   * head's logit. Absent in older models.
   */
  wide?: { scales: number[]; table: string };
}

/** Probability thresholds on the calibrated reading: a level is where the one number falls. */
export interface LevelThresholds {
  annoyed: number;
  angry: number;
  furious: number;
}

/**
 * The calibrated reading: P(angry or furious) = sigmoid(bias + Σ weights[i] · input i), where the inputs are the
 * network's two logits and the cue families (READING_INPUTS, in that order). Fitted on held-out network outputs and
 * calibrated on in-domain messages by scripts/train-anger.ts.
 */
export interface ReadingWeights {
  inputs: string[];
  weights: number[];
  bias: number;
  levels: LevelThresholds;
}

/** The file `scripts/train-anger.ts` writes and `createAngerModel` reads. */
export interface AngerWeights {
  format: 'defuse-anger/3';
  name: string;
  trainedAt: string;
  features: FeatureOptions;
  /** Outputs: GoEmotions anger and anger ∪ annoyance ∪ disgust, and in-domain angry-or-worse and not calm (the corpus). */
  network: NetworkWeights;
  reading: ReadingWeights;
}

type Check = (value: unknown) => boolean;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isOpenProbability: Check = (v) => isNumber(v) && (v as number) > 0 && (v as number) < 1;
const isIntIn =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumbers: Check = (v) => Array.isArray(v) && v.every(isNumber);

// Hand-written rather than zod: the browser bundle and the 200 ms load budget do not pay for a schema library here.
const FIELDS: ReadonlyArray<readonly [string, Check]> = [
  ['format', (v) => v === 'defuse-anger/3'],
  ['name', (v) => typeof v === 'string' && v.length > 0],
  ['trainedAt', (v) => typeof v === 'string'],
  ['features.bits', isIntIn(8, 24)],
  ['features.charMin', isIntIn(0, 8)],
  ['features.charMax', isIntIn(0, 8)],
  ['features.wordBigrams', (v) => typeof v === 'boolean'],
  ['features.negation', (v) => typeof v === 'boolean'],
  ['network.dim', isIntIn(1, 256)],
  ['network.hidden', isIntIn(1, 1024)],
  ['network.embedScale', (v) => isNumber(v) && (v as number) > 0],
  ['network.embed', (v) => typeof v === 'string'],
  ['network.w1', isNumbers],
  ['network.b1', isNumbers],
  ['network.w2', isNumbers],
  ['network.b2', isNumbers],
  ['reading.inputs', (v) => Array.isArray(v) && v.every((x) => typeof x === 'string')],
  ['reading.weights', isNumbers],
  ['reading.bias', isNumber],
  ['reading.levels.annoyed', isOpenProbability],
  ['reading.levels.angry', isOpenProbability],
  ['reading.levels.furious', isOpenProbability],
];

const pick = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), value);

/**
 * Checks a weights object field by field, the layer sizes, that the reading's inputs are `inputs` in order (an older file
 * may list only the first ones: the rest are added with weight 0), and that the level thresholds rise
 * (annoyed < angry < furious); the error names the first bad field.
 */
export function parseAngerWeights(input: unknown, inputs: readonly string[], outputs: number): AngerWeights {
  for (const [path, check] of FIELDS) {
    if (!check(pick(input, path))) throw new AppError('invalid_input', `anger weights: ${path} is missing or invalid`);
  }
  const weights = input as AngerWeights;
  const { dim, hidden, w1, b1, w2, b2 } = weights.network;
  const sizes = [
    ['network.w1', w1.length, hidden * dim],
    ['network.b1', b1.length, hidden],
    ['network.w2', w2.length, outputs * hidden],
    ['network.b2', b2.length, outputs],
    ['reading.weights', weights.reading.weights.length, weights.reading.inputs.length],
  ] as const;
  for (const [name, got, want] of sizes) {
    if (got !== want) throw new AppError('invalid_input', `anger weights: ${name} has ${got} values, expected ${want}`);
  }
  const { wide } = weights.network;
  if (wide !== undefined) {
    const heads = 2;
    if (!isObject(wide) || typeof wide.table !== 'string' || !isNumbers(wide.scales) || wide.scales.length !== heads) {
      throw new AppError('invalid_input', `anger weights: network.wide must be {scales: [${heads} numbers], table}`);
    }
    const expected = Math.ceil(((1 << weights.features.bits) * heads) / 3) * 4;
    if (wide.table.length !== expected) {
      throw new AppError(
        'invalid_input',
        `anger weights: network.wide.table has ${wide.table.length} base64 characters, expected ${expected}`,
      );
    }
  }
  const names = weights.reading.inputs;
  if (names.length === 0 || names.length > inputs.length || names.some((name, i) => name !== inputs[i])) {
    throw new AppError('invalid_input', `anger weights: reading.inputs must be ${inputs.join(', ')}`);
  }
  const { annoyed, angry, furious } = weights.reading.levels;
  if (!(annoyed < angry && angry < furious)) {
    throw new AppError('invalid_input', 'anger weights: reading.levels must rise (annoyed < angry < furious)');
  }
  if (names.length === inputs.length) return weights;
  // An older file lists only the first inputs: the ones added since weigh 0, so it reads exactly as it was trained.
  const padded = [...weights.reading.weights, ...new Array<number>(inputs.length - names.length).fill(0)];
  return { ...weights, reading: { ...weights.reading, inputs: [...inputs], weights: padded } };
}
