import { encodeBase64, quantize } from '../../src/core/signals/anger/codec.ts';
import type { FeatureOptions } from '../../src/core/signals/anger/features.ts';
import { FeatureScanner } from '../../src/core/signals/anger/features.ts';
import { createAngerModel, READING_INPUTS, readingInputs } from '../../src/core/signals/anger/model.ts';
import { ANGER_LEVELS, type AngerLevel } from '../../src/core/signals/types.ts';
import type { AngerWeights } from '../../src/core/signals/anger/weights.ts';
import { scannerWords, wordKey } from './glove.ts';
import { ANGER_ID, isAnger, isCluster, type LabelledText } from './goemotions.ts';
import { buildMatrix, seededRandom, type FeatureMatrix } from './matrix.ts';
import { bestThreshold } from './metrics.ts';
import { forward, predictMlp, trainMlp, type WordBagInput, type MlpOptions, type MlpParams } from './mlp.ts';
import { trainWide, wideLogit, type WideOptions } from './wide.ts';
import { chooseLevels, fitOrdinal, fitPlatt, type LevelChoice, type OrdinalFit } from './reading-fit.ts';

/**
 * Pretrained word vectors (GloVe) as a second input beside the hashed bag: the mean (optionally idf-weighted) vector of a
 * message's words, frozen or fine-tuned. Experiments only (models/anger-experiments.md): crossValidate uses it given a table,
 * trainAngerWeights ignores it, and the weights format has no place for it.
 */
export interface WordVectorOptions {
  /** Most frequent train words (with a GloVe vector) kept in the table. */
  words: number;
  /** Extra words from the top of GloVe's own frequency list, so words train never saw still carry meaning. */
  gloveTop: number;
  weighting: 'mean' | 'idf';
  /** Standard deviation of each dimension of a message's mean word vector over train (0: leave the GloVe scale). */
  scale: number;
  /** Learning-rate multiplier for the word input's weights (and the vectors, when tuned). */
  lrScale: number;
  /** Fine-tune the word vectors too (else they stay frozen; mean pooling only). */
  tune: boolean;
  pooling: 'mean' | 'max';
  /** Leave out words in a negation scope ("not angry" brings no "angry" vector); the bag still sees them. */
  skipNegated?: boolean;
}

export interface Candidate {
  features: FeatureOptions;
  train: Omit<MlpOptions, 'bits'>;
  wordVectors?: WordVectorOptions;
}

/** Word keys (FeatureScanner word hashes, unsigned) and their input vectors (weighting and scale already applied). */
export interface WordVectorTable {
  keys: Uint32Array;
  dims: number;
  /** keys.length × dims, row-major. */
  vectors: Float32Array;
}

/** Each row's words that the table knows, as table rows (repeats kept, order kept); words as FeatureScanner reads them. */
export function wordRowsOf(
  texts: readonly string[],
  table: WordVectorTable,
  skipNegated = false,
): { offsets: Int32Array; indices: Int32Array } {
  const index = new Map<number, number>();
  for (const [i, k] of table.keys.entries()) index.set(k, i);
  const offsets = new Int32Array(texts.length + 1);
  const indices: number[] = [];
  texts.forEach((text, r) => {
    const negated: boolean[] = [];
    const words = scannerWords(text, negated);
    for (let w = 0; w < words.length; w++) {
      if (skipNegated && negated[w]) continue;
      const i = index.get(wordKey(words[w]!));
      if (i !== undefined) indices.push(i);
    }
    offsets[r + 1] = indices.length;
  });
  return { offsets, indices: Int32Array.from(indices) };
}

export interface CvResult {
  candidate: Candidate;
  anger: number;
  cluster: number;
}

/** Outputs 0..27 are the GoEmotions labels (auxiliary tasks that shape the shared layers); 28 is the cluster. */
export const LABEL_COUNT = 28;
export const CLUSTER_OUTPUT = 28;
export const OUTPUTS = 29;

/** Multi-label targets, one row of OUTPUTS per text. */
export function targetsOf(rows: readonly LabelledText[]): Float32Array {
  const targets = new Float32Array(rows.length * OUTPUTS);
  rows.forEach((row, r) => {
    for (const label of row.labels) if (label >= 0 && label < LABEL_COUNT) targets[r * OUTPUTS + label] = 1;
    if (isCluster(row)) targets[r * OUTPUTS + CLUSTER_OUTPUT] = 1;
  });
  return targets;
}

export const LOSS_WEIGHTS = new Float32Array(OUTPUTS).fill(1);

const labelsOf = (rows: readonly LabelledText[], pick: (r: LabelledText) => boolean): Uint8Array =>
  Uint8Array.from(rows, (r) => (pick(r) ? 1 : 0));

/** How often each project-written customer-service example is repeated in training. */
export const EXTRA_REPEAT = 3;

/** Row indices `from..to` of the extra examples, each repeated EXTRA_REPEAT times. */
const extraRows = (from: number, to: number): number[] =>
  Array.from({ length: (to - from) * EXTRA_REPEAT }, (_, i) => from + (i % (to - from)));

export const wordBagFor = (texts: readonly string[], table: WordVectorTable, o: WordVectorOptions): WordBagInput => ({
  dims: table.dims,
  vectors: table.vectors,
  ...wordRowsOf(texts, table, o.skipNegated),
  lrScale: o.lrScale,
  tune: o.tune,
  pooling: o.pooling,
});

const netOptions = (c: Candidate): MlpOptions => ({ ...c.train, bits: c.features.bits });

/** Mean best-threshold F1 of both outputs over k seeded folds of train (dev is never seen here). */
export function crossValidate(
  rows: readonly LabelledText[],
  candidate: Candidate,
  folds: number,
  extra: readonly LabelledText[] = [],
  table?: WordVectorTable,
): CvResult {
  const all = [...rows, ...extra];
  const m = buildMatrix(
    all.map((r) => r.text),
    candidate.features,
  );
  const wordBag =
    table && candidate.wordVectors
      ? wordBagFor(
          all.map((r) => r.text),
          table,
          candidate.wordVectors,
        )
      : undefined;
  const random = seededRandom(candidate.train.seed ^ 0x5eed);
  const fold = Uint8Array.from(rows, () => Math.floor(random() * folds));
  const targets = targetsOf(all);
  const gold = { anger: labelsOf(rows, isAnger), cluster: labelsOf(rows, isCluster) };
  const scores = { anger: 0, cluster: 0 };
  for (let k = 0; k < folds; k++) {
    // Extra examples only ever train; every fold is scored on GoEmotions rows alone.
    const trainRows = Int32Array.from(
      [...rows.keys()].filter((i) => fold[i] !== k).concat(extraRows(rows.length, all.length)),
    );
    const testRows = Array.from(rows.keys()).filter((i) => fold[i] === k);
    const net = trainMlp(m, targets, OUTPUTS, LOSS_WEIGHTS, trainRows, netOptions(candidate), wordBag);
    scores.anger +=
      bestThreshold(
        predictMlp(net, m, testRows, ANGER_ID, wordBag),
        testRows.map((i) => gold.anger[i]!),
      ).f1 / folds;
    scores.cluster +=
      bestThreshold(
        predictMlp(net, m, testRows, CLUSTER_OUTPUT, wordBag),
        testRows.map((i) => gold.cluster[i]!),
      ).f1 / folds;
  }
  return { candidate, ...scores };
}

/** The reading's network has two more outputs than GoEmotions': in-domain angry-or-worse and in-domain not calm. */
export const DOMAIN_ANGRY_OUTPUT = 29;
export const DOMAIN_UPSET_OUTPUT = 30;
export const READING_OUTPUTS = 31;
/** Loss weights of the reading's network: 1 for the GoEmotions outputs, `domainWeight` for the two in-domain outputs. */
export const readingLossWeights = (domainWeight: number): Float32Array => {
  const w = new Float32Array(READING_OUTPUTS).fill(1);
  w[DOMAIN_ANGRY_OUTPUT] = domainWeight;
  w[DOMAIN_UPSET_OUTPUT] = domainWeight;
  return w;
};
/** Output rows that ship, in the order the model reads them. */
const SHIPPED_OUTPUTS = [ANGER_ID, CLUSTER_OUTPUT, DOMAIN_ANGRY_OUTPUT, DOMAIN_UPSET_OUTPUT] as const;

/** The GoEmotions heads the wide half mixes into, in SHIPPED_OUTPUTS order (anger, cluster). */
const WIDE_OUTPUTS = [ANGER_ID, CLUSTER_OUTPUT] as const;

/** Trained wide halves of the GoEmotions heads (WIDE_OUTPUTS order) and their share of each head's logit. */
interface WideHeads {
  weights: Float32Array[];
  mix: number;
}

/**
 * Keeps only what inference reads: the embeddings (int8), the hidden layer, and the four output rows it reads. With wide
 * heads, the network's anger and cluster rows are scaled by (1 − mix) and the wide weights by mix (int8, one scale per
 * head, interleaved anger/cluster per bucket), so inference only adds the two sums: the mix is exact, not re-learned.
 */
function encodeNetwork(net: MlpParams, wide?: WideHeads): AngerWeights['network'] {
  const { dim, hidden } = net.options;
  const { scale, bytes } = quantize(net.embed);
  const share = (j: number) => (wide && j < WIDE_OUTPUTS.length ? 1 - wide.mix : 1);
  const outputRow = (o: number, j: number) =>
    Array.from(net.w2.subarray(o * hidden, (o + 1) * hidden), (w) => w * share(j));
  const encoded: AngerWeights['network'] = {
    dim,
    hidden,
    embedScale: scale,
    embed: encodeBase64(bytes),
    w1: Array.from(net.w1),
    b1: Array.from(net.b1),
    w2: SHIPPED_OUTPUTS.flatMap((o, j) => outputRow(o, j)),
    b2: SHIPPED_OUTPUTS.map(
      (o, j) => net.b2[o]! * share(j) + (wide?.weights[j] ? wide.mix * wide.weights[j].at(-1)! : 0),
    ),
  };
  if (!wide) return encoded;
  const size = 1 << net.options.bits;
  const heads = wide.weights.map((w) => quantize(w.subarray(0, size).map((x) => x * wide.mix)));
  const table = new Uint8Array(size * heads.length);
  for (let f = 0; f < size; f++) {
    heads.forEach((h, j) => {
      table[f * heads.length + j] = h.bytes[f]!;
    });
  }
  return { ...encoded, wide: { scales: heads.map((h) => h.scale), table: encodeBase64(table) } };
}

/** A message labelled with a level (the project's in-domain corpus): it trains the anger and cluster outputs only. */
export interface LevelledText {
  text: string;
  level: AngerLevel;
  /** Where a tuning row comes from (twcs, a writer's dev slice): level thresholds weigh each source alike. */
  source?: string;
  /**
   * Times this training row repeats per epoch, overriding ReadingOptions.corpusRepeat (per-writer weighting); its weight in
   * the reading's fit is repeat / corpusRepeat unless ReadingOptions.repeatInReading is false.
   */
  repeat?: number;
}

const rankOf = (level: AngerLevel): number => ANGER_LEVELS.indexOf(level);

/** GoEmotions labels as a level for the reading: anger → angry, annoyance or disgust → annoyed, else calm. */
export const goEmotionsLevel = (row: LabelledText): number => (isAnger(row) ? 2 : isCluster(row) ? 1 : 0);

/**
 * Targets of the reading's network, READING_OUTPUTS a row: GoEmotions rows train the 28 labels and the cluster; in-domain
 * corpus rows train the two in-domain outputs only; the customer-service examples train both (their GoEmotions labels
 * mapped to a level). NaN marks a label a row does not carry (no loss).
 */
export function readingTargets(
  goEmotions: readonly LabelledText[],
  extra: readonly LabelledText[],
  corpus: readonly LevelledText[],
): Float32Array {
  const n = goEmotions.length + extra.length + corpus.length;
  const targets = new Float32Array(n * READING_OUTPUTS).fill(Number.NaN);
  const labelled = targetsOf([...goEmotions, ...extra]);
  for (let r = 0; r < goEmotions.length + extra.length; r++) {
    targets.set(labelled.subarray(r * OUTPUTS, (r + 1) * OUTPUTS), r * READING_OUTPUTS);
  }
  const setLevel = (r: number, rank: number) => {
    targets[r * READING_OUTPUTS + DOMAIN_ANGRY_OUTPUT] = rank >= 2 ? 1 : 0;
    targets[r * READING_OUTPUTS + DOMAIN_UPSET_OUTPUT] = rank >= 1 ? 1 : 0;
  };
  extra.forEach((row, i) => {
    setLevel(goEmotions.length + i, goEmotionsLevel(row));
  });
  corpus.forEach((row, i) => {
    setLevel(goEmotions.length + extra.length + i, rankOf(row.level));
  });
  return targets;
}

/** How the reading is trained: the network candidate, how often corpus rows repeat, folds, and the reading's settings. */
export interface ReadingOptions {
  candidate: Candidate;
  /** Times each in-domain corpus row is repeated per epoch (GoEmotions has ~30× more rows). */
  corpusRepeat: number;
  /** Held-out folds for the network outputs the reading is fitted on. */
  folds: number;
  /** Total weight of the GoEmotions rows in the reading's fit, relative to the in-domain rows' total. */
  goEmotionsShare: number;
  /** Ridge penalty of the reading, per unit of row weight. */
  l2: number;
  /** Loss weight of the two in-domain outputs relative to each GoEmotions output (default 1). */
  domainWeight?: number;
  /** false: a row's own `repeat` weighs only in the network, every corpus row weighs 1 in the reading's fit (default true). */
  repeatInReading?: boolean;
  /** A linear half mixed into the GoEmotions anger and cluster heads (absent: the network alone). */
  wide?: Omit<WideOptions, 'seed'>;
}

/** Float logits of the shipped outputs for `rows` of the matrix, SHIPPED_OUTPUTS.length a row. */
function logitsOf(net: MlpParams, m: FeatureMatrix, rows: ArrayLike<number>, out: Float64Array): void {
  const bag = new Float32Array(net.options.dim);
  const hidden = new Float32Array(net.options.hidden);
  const logits = new Float32Array(net.outputs);
  const k = SHIPPED_OUTPUTS.length;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    forward(net, m.indices, m.offsets[r]!, m.offsets[r + 1]!, bag, hidden, logits);
    SHIPPED_OUTPUTS.forEach((o, j) => {
      out[r * k + j] = logits[o]!;
    });
  }
}

export interface TrainedReading {
  weights: AngerWeights;
  ordinal: OrdinalFit;
  platt: { a: number; c: number };
  levels: LevelChoice;
  rows: { goEmotions: number; extra: number; corpus: number; tuning: number };
}

/**
 * Trains the shipped reading: (1) the network on GoEmotions train, the project's customer-service examples and the
 * in-domain corpus, k times with a fold held out, so every row gets network outputs from a network that did not see it;
 * (2) the ordinal reading on those held-out outputs and the cue families; (3) the network again on all rows (shipped);
 * with `options.wide`, each network's GoEmotions anger and cluster logits are mixed with a wide half trained on the same rows;
 * (4) Platt scaling and level thresholds on the tuning rows (twcs dev half and corpus dev slices: never trained on).
 */
export function trainReading(
  goEmotions: readonly LabelledText[],
  extra: readonly LabelledText[],
  corpus: readonly LevelledText[],
  tuning: readonly LevelledText[],
  options: ReadingOptions,
  meta: { name: string; trainedAt: string },
  log: (line: string) => void = () => {},
): TrainedReading {
  const { candidate } = options;
  const lossWeights = readingLossWeights(options.domainWeight ?? 1);
  const texts = [...goEmotions, ...extra, ...corpus].map((r) => r.text);
  const m = buildMatrix(texts, candidate.features);
  const targets = readingTargets(goEmotions, extra, corpus);
  const firstExtra = goEmotions.length;
  const firstCorpus = goEmotions.length + extra.length;
  const repeatOf = (i: number): number =>
    i < firstExtra
      ? 1
      : i < firstCorpus
        ? EXTRA_REPEAT
        : Math.max(1, corpus[i - firstCorpus]!.repeat ?? options.corpusRepeat);
  const orderOf = (keep: (i: number) => boolean): Int32Array => {
    const order: number[] = [];
    for (let i = 0; i < texts.length; i++) if (keep(i)) for (let k = 0; k < repeatOf(i); k++) order.push(i);
    return Int32Array.from(order);
  };
  const random = seededRandom(candidate.train.seed ^ 0xf01d);
  const fold = Uint8Array.from(texts, () => Math.floor(random() * options.folds));
  const heldOut = new Float64Array(texts.length * SHIPPED_OUTPUTS.length);
  const wideOptions = options.wide ? { ...options.wide, seed: candidate.train.seed } : undefined;
  const trainWideHeads = (rows: Int32Array): WideHeads => ({
    weights: WIDE_OUTPUTS.map((o) =>
      trainWide(m, targets, READING_OUTPUTS, o, rows, candidate.features.bits, wideOptions!),
    ),
    mix: wideOptions!.mix,
  });
  /** The held-out GoEmotions heads as the shipped model reads them: (1 − mix) · network + mix · wide. */
  const mixWide = (wide: WideHeads, rows: Int32Array) => {
    const k = SHIPPED_OUTPUTS.length;
    for (const r of rows) {
      wide.weights.forEach((w, j) => {
        heldOut[r * k + j] = (1 - wide.mix) * heldOut[r * k + j]! + wide.mix * wideLogit(w, m, r);
      });
    }
  };
  for (let k = 0; k < options.folds; k++) {
    const net = trainMlp(
      m,
      targets,
      READING_OUTPUTS,
      lossWeights,
      orderOf((i) => fold[i] !== k),
      netOptions(candidate),
    );
    const held = Int32Array.from(texts.keys()).filter((i) => fold[i] === k);
    logitsOf(net, m, held, heldOut);
    if (wideOptions) mixWide(trainWideHeads(orderOf((i) => fold[i] !== k)), held);
    log(`fold ${k + 1}/${options.folds}: network trained, held-out outputs read`);
  }

  // The reading's rows: every training row with its held-out network outputs and its cue families.
  // Without the service-failure family the reading keeps the inputs it had before it (and reproduces older weights).
  // Likewise without the third tweet cues it keeps the inputs before 'dismay'.
  const d = !candidate.features.failures
    ? READING_INPUTS.indexOf('service_failure')
    : candidate.features.tweetCues3
      ? READING_INPUTS.length
      : READING_INPUTS.indexOf('dismay');
  const inputNames = READING_INPUTS.slice(0, d);
  const x = new Float64Array(texts.length * d);
  const scanner = new FeatureScanner(candidate.features);
  const row = new Float64Array(READING_INPUTS.length);
  texts.forEach((text, i) => {
    scanner.scan(text);
    readingInputs(heldOut.subarray(i * SHIPPED_OUTPUTS.length, (i + 1) * SHIPPED_OUTPUTS.length), scanner.cues, row);
    x.set(row.subarray(0, d), i * d);
  });
  const level = Uint8Array.from(texts, (_, i) =>
    i < firstExtra
      ? goEmotionsLevel(goEmotions[i]!)
      : i < firstCorpus
        ? goEmotionsLevel(extra[i - firstExtra]!)
        : rankOf(corpus[i - firstCorpus]!.level),
  );
  const inDomain = texts.length - firstExtra;
  const geWeight = goEmotions.length > 0 ? (options.goEmotionsShare * inDomain) / goEmotions.length : 0;
  // A corpus row repeated more than corpusRepeat (a writer weighed up) weighs as much more in the reading's fit.
  const weight = Float64Array.from(texts, (_, i) =>
    i < firstExtra
      ? geWeight
      : i < firstCorpus
        ? 1
        : options.repeatInReading === false
          ? 1
          : (corpus[i - firstCorpus]!.repeat ?? options.corpusRepeat) / Math.max(1, options.corpusRepeat),
  );
  const ordinal = fitOrdinal({ x, d, level, weight }, options.l2);
  log(
    `reading fitted: ${inputNames.map((n, j) => `${n} ${ordinal.w[j]!.toFixed(2)}`).join(', ')}; cut points ${ordinal.theta.map((t) => t.toFixed(2)).join(' ')}`,
  );

  const net = trainMlp(
    m,
    targets,
    READING_OUTPUTS,
    lossWeights,
    orderOf(() => true),
    netOptions(candidate),
  );
  const wide = wideOptions ? trainWideHeads(orderOf(() => true)) : undefined;
  log(wide ? 'network and wide heads trained on all rows' : 'network trained on all rows');
  const draft: AngerWeights = {
    format: 'defuse-anger/3',
    ...meta,
    features: candidate.features,
    network: encodeNetwork(net, wide),
    reading: {
      inputs: [...inputNames],
      weights: Array.from(ordinal.w),
      bias: -ordinal.theta[1],
      levels: { annoyed: 0.25, angry: 0.5, furious: 0.75 },
    },
  };
  // Platt scaling of the shipped network's angry-or-worse score on the tuning rows, folded into the reading's weights.
  const probe = createAngerModel(draft);
  const z = tuning.map((r) => {
    const inputs = probe.read(r.text).inputs;
    let s = draft.reading.bias;
    for (let j = 0; j < d; j++) s += draft.reading.weights[j]! * inputs[j]!;
    return s;
  });
  const platt = fitPlatt(
    z,
    tuning.map((r) => (rankOf(r.level) >= 2 ? 1 : 0)),
  );
  const reading = {
    ...draft.reading,
    weights: draft.reading.weights.map((w) => w * platt.a),
    bias: draft.reading.bias * platt.a + platt.c,
  };
  const p = z.map((s) => 1 / (1 + Math.exp(-(platt.a * s + platt.c))));
  const levels = chooseLevels(
    p,
    tuning.map((r) => r.level),
    tuning.map((r) => r.source ?? ''),
  );
  return {
    weights: { ...draft, reading: { ...reading, levels: levels.levels } },
    ordinal,
    platt,
    levels,
    rows: { goEmotions: goEmotions.length, extra: extra.length, corpus: corpus.length, tuning: tuning.length },
  };
}

/**
 * Centres and scales the table so the mean word vector of a row has mean 0 and standard deviation `scale` in every dimension
 * over `texts` (rows without a known word stay 0). Done on the word vectors themselves, so inference needs no extra step.
 */
export function standardizeTable(table: WordVectorTable, texts: readonly string[], scale: number): WordVectorTable {
  const { dims } = table;
  const { offsets, indices } = wordRowsOf(texts, table);
  const mean = new Float64Array(dims);
  const square = new Float64Array(dims);
  const row = new Float64Array(dims);
  let rows = 0;
  for (let r = 0; r < texts.length; r++) {
    const n = offsets[r + 1]! - offsets[r]!;
    if (n === 0) continue;
    rows++;
    row.fill(0);
    for (let k = offsets[r]!; k < offsets[r + 1]!; k++)
      for (let d = 0; d < dims; d++) row[d]! += table.vectors[indices[k]! * dims + d]! / n;
    for (let d = 0; d < dims; d++) {
      mean[d]! += row[d]!;
      square[d]! += row[d]! * row[d]!;
    }
  }
  const vectors = new Float32Array(table.vectors.length);
  for (let d = 0; d < dims; d++) {
    const mu = mean[d]! / Math.max(rows, 1);
    const sd = Math.sqrt(Math.max(square[d]! / Math.max(rows, 1) - mu * mu, 1e-12));
    for (let i = 0; i < table.keys.length; i++)
      vectors[i * dims + d] = ((table.vectors[i * dims + d]! - mu) / sd) * scale;
  }
  return { ...table, vectors };
}
