/** Hashed features of one sentence for the lint classifier: word unigrams, word bigrams and character 4-grams. */

/** Bits of the hashed feature space the shipped weights are indexed by. */
export const HASH_BITS = 14;
const MASK = (1 << HASH_BITS) - 1;
const SALT_WORD = 0x2545f491;
const SALT_BIGRAM = 0x6b43a9b5;
const SALT_CHAR = 0x1b873593;
const BOUNDARY = 0x7f4a7c15;

// Murmur3's finalizer: spreads nearby inputs across the whole table.
const mix = (x: number): number => {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) & MASK;
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

/**
 * Writes the feature ids of `text[start, end)` into `out` from `at` and returns the new length.
 * `out` must have room for 3 × (end − start) + 4 ids.
 */
export function sentenceFeatures(text: string, start: number, end: number, out: Int32Array, at: number): number {
  let n = at;
  let gram = 32; // last four folded characters, a space before the sentence
  let word = 0;
  let inWord = false;
  let prev = BOUNDARY;
  for (let i = start; i <= end; i++) {
    const c = i < end ? fold(text.charCodeAt(i)) : 0;
    if (c !== 0) {
      word = inWord ? Math.imul(word ^ c, 0x01000193) : Math.imul(0x811c9dc5 ^ c, 0x01000193);
      inWord = true;
      gram = ((gram << 8) | c) >>> 0;
      if (gram > 0xffffff) out[n++] = mix(gram ^ SALT_CHAR);
    } else if (inWord) {
      out[n++] = mix(word ^ SALT_WORD);
      out[n++] = mix(Math.imul(prev, 0x9e3779b1) ^ word ^ SALT_BIGRAM);
      prev = word;
      inWord = false;
      gram = ((gram << 8) | 32) >>> 0;
      out[n++] = mix(gram ^ SALT_CHAR);
    }
  }
  out[n++] = mix(Math.imul(prev, 0x9e3779b1) ^ BOUNDARY ^ SALT_BIGRAM);
  return n;
}
