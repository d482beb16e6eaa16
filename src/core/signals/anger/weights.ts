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
  /** 2 × hidden: the anger row, then the cluster row. */
  w2: number[];
  /** [anger, cluster] output biases. */
  b2: number[];
}

/** Level thresholds chosen on GoEmotions dev by scripts/train-anger.ts. */
export interface LevelThresholds {
  /** cluster probability at or above which a message is at least 'annoyed'. */
  annoyed: number;
  /** anger probability at or above which a message is at least 'angry'. */
  angry: number;
  /** anger probability that is 'furious' without any intensity cue. */
  furious: number;
  /** intensity cues (profanity, insults, caps, "!!", threats) that make an 'angry' message 'furious'. */
  furiousCues: number;
}

/** The file `scripts/train-anger.ts` writes and `createAngerModel` reads. */
export interface AngerWeights {
  format: 'defuse-anger/2';
  name: string;
  trainedAt: string;
  features: FeatureOptions;
  /** Outputs: P(GoEmotions anger) and P(anger ∪ annoyance ∪ disgust). */
  network: NetworkWeights;
  thresholds: LevelThresholds;
}

type Check = (value: unknown) => boolean;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isProbability: Check = (v) => isNumber(v) && (v as number) >= 0 && (v as number) <= 1;
const isIntIn =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumbers: Check = (v) => Array.isArray(v) && v.every(isNumber);

// Hand-written rather than zod: the browser bundle and the 200 ms load budget do not pay for a schema library here.
const FIELDS: ReadonlyArray<readonly [string, Check]> = [
  ['format', (v) => v === 'defuse-anger/2'],
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
  ['thresholds.annoyed', isProbability],
  ['thresholds.angry', isProbability],
  ['thresholds.furious', isProbability],
  ['thresholds.furiousCues', isIntIn(1, 5)],
];

const pick = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), value);

/** Checks a weights object field by field and the layer sizes; the error names the first bad field. */
export function parseAngerWeights(input: unknown): AngerWeights {
  for (const [path, check] of FIELDS) {
    if (!check(pick(input, path))) throw new AppError('invalid_input', `anger weights: ${path} is missing or invalid`);
  }
  const { dim, hidden, w1, b1, w2, b2 } = (input as AngerWeights).network;
  const sizes = [
    ['w1', w1.length, hidden * dim],
    ['b1', b1.length, hidden],
    ['w2', w2.length, 2 * hidden],
    ['b2', b2.length, 2],
  ] as const;
  for (const [name, got, want] of sizes) {
    if (got !== want)
      throw new AppError('invalid_input', `anger weights: network.${name} has ${got} values, expected ${want}`);
  }
  return input as AngerWeights;
}
