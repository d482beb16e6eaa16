import { AppError } from '../../errors.ts';
import type { FeatureOptions } from './features.ts';

/** One logistic head: int8 buckets (base64) times `scale`, plus a bias. */
export interface HeadWeights {
  bias: number;
  scale: number;
  weights: string;
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
  format: 'defuse-anger/1';
  name: string;
  trainedAt: string;
  features: FeatureOptions;
  /** anger: P(GoEmotions anger); cluster: P(anger ∪ annoyance ∪ disgust). */
  heads: { anger: HeadWeights; cluster: HeadWeights };
  thresholds: LevelThresholds;
}

type Check = (value: unknown) => boolean;
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isProbability: Check = (v) => isNumber(v) && (v as number) >= 0 && (v as number) <= 1;
const isIntIn = (min: number, max: number): Check => (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

// Hand-written rather than zod: the browser bundle and the 200 ms load budget do not pay for a schema library here.
const FIELDS: ReadonlyArray<readonly [string, Check]> = [
  ['format', (v) => v === 'defuse-anger/1'],
  ['name', (v) => typeof v === 'string' && v.length > 0],
  ['trainedAt', (v) => typeof v === 'string'],
  ['features.bits', isIntIn(8, 24)],
  ['features.charMin', isIntIn(0, 8)],
  ['features.charMax', isIntIn(0, 8)],
  ['features.wordBigrams', (v) => typeof v === 'boolean'],
  ['features.negation', (v) => typeof v === 'boolean'],
  ...(['anger', 'cluster'] as const).flatMap((head) => [
    [`heads.${head}.bias`, isNumber] as const,
    [`heads.${head}.scale`, (v: unknown) => isNumber(v) && (v as number) > 0] as const,
    [`heads.${head}.weights`, (v: unknown) => typeof v === 'string'] as const,
  ]),
  ['thresholds.annoyed', isProbability],
  ['thresholds.angry', isProbability],
  ['thresholds.furious', isProbability],
  ['thresholds.furiousCues', isIntIn(1, 5)],
];

const pick = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), value);

/** Checks a weights object field by field; the error names the first bad field. */
export function parseAngerWeights(input: unknown): AngerWeights {
  for (const [path, check] of FIELDS) {
    if (!check(pick(input, path))) throw new AppError('invalid_input', `anger weights: ${path} is missing or invalid`);
  }
  return input as AngerWeights;
}
