/**
 * Hashed features of one sentence for the lint classifier: word unigrams, word bigrams and character 4-grams (the base
 * space), and, by flag and per label, word trigrams and the sentence's opening words with its place in the reply (the
 * extra space: its own rows of weights after the base ones, so turning them on for one label moves no other label).
 */
import { FNV_OFFSET, fnvStep } from '../../../signals/anger/hash.ts';

/** Bits of the hashed feature space the weights are indexed by, unless a weights file names its own. */
export const HASH_BITS = 14;
/** Feature flag: word trigrams. */
export const TRIGRAMS = 1;
/** Feature flag: the sentence's first two words, marked as opening it, and its place in the reply. */
export const OPENING = 2;
/** Where a sentence stands in its reply, for OPENING: the first, one in the middle, the last, the only one. */
export const FIRST = 0;
export const MIDDLE = 1;
export const LAST = 2;
export const ONLY = 3;

const SALT_WORD = 0x2545f491;
const SALT_BIGRAM = 0x6b43a9b5;
const SALT_CHAR = 0x1b873593;
const SALT_TRIGRAM = 0x3c6ef372;
const SALT_OPEN = 0x5851f42d;
const SALT_PLACE = 0x4c957f2d;
const BOUNDARY = 0x7f4a7c15;

// Murmur3's finalizer: spreads nearby inputs across the whole table.
const mix = (x: number, mask: number): number => {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
};

// Folds a character to what the features see: lower-case letters, '0' for digits, the apostrophe, or 0 for a separator.
const fold = (c: number): number => {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return 48;
  if (c === 39) return 39;
  if (c > 127 && c !== 0x2019) return 1;
  return c === 0x2019 ? 39 : 0;
};

/** Room `out` needs from `at` for a sentence of `length` characters. */
export const featureRoom = (length: number): number => 4 * length + 8;

/**
 * Writes the base feature ids of `text[start, end)` (word unigrams, bigrams, character 4-grams) into `out` from `at` and
 * returns the new length. `out` must have room for featureRoom(end − start) ids. Ids lie in [0, 2^bits).
 */
export function sentenceFeatures(
  text: string,
  start: number,
  end: number,
  out: Int32Array,
  at: number,
  bits = HASH_BITS,
): number {
  const mask = (1 << bits) - 1;
  let n = at;
  let gram = 32; // last four folded characters, a space before the sentence
  let word = 0;
  let inWord = false;
  let prev = BOUNDARY;
  for (let i = start; i <= end; i++) {
    const c = i < end ? fold(text.charCodeAt(i)) : 0;
    if (c !== 0) {
      word = fnvStep(inWord ? word : FNV_OFFSET, c);
      inWord = true;
      gram = ((gram << 8) | c) >>> 0;
      if (gram > 0xffffff) out[n++] = mix(gram ^ SALT_CHAR, mask);
    } else if (inWord) {
      out[n++] = mix(word ^ SALT_WORD, mask);
      out[n++] = mix(Math.imul(prev, 0x9e3779b1) ^ word ^ SALT_BIGRAM, mask);
      prev = word;
      inWord = false;
      gram = ((gram << 8) | 32) >>> 0;
      out[n++] = mix(gram ^ SALT_CHAR, mask);
    }
  }
  out[n++] = mix(Math.imul(prev, 0x9e3779b1) ^ BOUNDARY ^ SALT_BIGRAM, mask);
  return n;
}

/**
 * The extra feature families of `text[start, end)`, in their own namespace: ids `offset + [0, 2^bits)`, so they never
 * share a weight row with a base feature (offset = 2^hashBits of the base space). Writes the word trigrams (when
 * `flags` has TRIGRAMS) from `at`, then the opening features (OPENING: the first two words marked as opening the
 * sentence, and its `place` in the reply); returns [end of the trigrams, end of all]. `out` needs room for
 * featureRoom(end − start) more ids.
 */
export function extraFeatures(
  text: string,
  start: number,
  end: number,
  out: Int32Array,
  at: number,
  flags: number,
  place: number,
  offset: number,
  bits = HASH_BITS,
): [number, number] {
  const mask = (1 << bits) - 1;
  let n = at;
  let word = 0;
  let inWord = false;
  let prev = BOUNDARY;
  let prev2 = BOUNDARY;
  let words = 0;
  let opening = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? fold(text.charCodeAt(i)) : 0;
    if (c !== 0) {
      word = fnvStep(inWord ? word : FNV_OFFSET, c);
      inWord = true;
    } else if (inWord) {
      const bigram = Math.imul(prev, 0x9e3779b1) ^ word;
      if ((flags & TRIGRAMS) !== 0) out[n++] = offset + mix(Math.imul(prev2, 0x85ebca77) ^ bigram ^ SALT_TRIGRAM, mask);
      if (words === 1) opening = bigram;
      words++;
      prev2 = prev;
      prev = word;
      inWord = false;
    }
  }
  const trigrams = n;
  if ((flags & OPENING) !== 0) {
    if (words >= 2) out[n++] = offset + mix(opening ^ SALT_OPEN, mask);
    out[n++] = offset + mix(SALT_PLACE + place, mask);
  }
  return [trigrams, n];
}

/**
 * The word features alone (unigrams and bigrams), the ids sentenceFeatures gives them: what the deep half embeds (a
 * fifth of a sentence's features, so it stays cheap). `out` needs room for featureRoom(end − start).
 */
export function wordFeatures(text: string, start: number, end: number, out: Int32Array, bits = HASH_BITS): number {
  const mask = (1 << bits) - 1;
  let n = 0;
  let word = 0;
  let inWord = false;
  let prev = BOUNDARY;
  for (let i = start; i <= end; i++) {
    const c = i < end ? fold(text.charCodeAt(i)) : 0;
    if (c !== 0) {
      word = fnvStep(inWord ? word : FNV_OFFSET, c);
      inWord = true;
    } else if (inWord) {
      out[n++] = mix(word ^ SALT_WORD, mask);
      out[n++] = mix(Math.imul(prev, 0x9e3779b1) ^ word ^ SALT_BIGRAM, mask);
      prev = word;
      inWord = false;
    }
  }
  out[n++] = mix(Math.imul(prev, 0x9e3779b1) ^ BOUNDARY ^ SALT_BIGRAM, mask);
  return n;
}
