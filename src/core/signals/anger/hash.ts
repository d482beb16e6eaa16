/** 32-bit hashing used to map text features into a fixed number of weight buckets (no vocabulary to ship). */

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step over a UTF-16 code unit. */
export const fnvStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);

/** Murmur3 finaliser: spreads FNV's weak low bits before masking into buckets. */
export function mixHash(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two hashes in an order-sensitive way (for n-grams and namespaces). */
export const combineHash = (a: number, b: number): number => mixHash(Math.imul(a, 0x9e3779b1) ^ b);

/** Hash of a whole ASCII/UTF-16 string, the same as feeding its code units one by one. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}
