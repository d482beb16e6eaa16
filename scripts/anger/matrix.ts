import { FeatureScanner, type FeatureOptions } from '../../src/core/signals/anger/features.ts';

/** Texts turned into hashed feature indices once, so every head and fold reuses them. */
export interface FeatureMatrix {
  offsets: Int32Array;
  indices: Int32Array;
  rows: number;
}

export function buildMatrix(texts: readonly string[], options: FeatureOptions): FeatureMatrix {
  const scanner = new FeatureScanner(options);
  const offsets = new Int32Array(texts.length + 1);
  let indices = new Int32Array(texts.length * 64);
  texts.forEach((text, r) => {
    const count = scanner.scan(text);
    const start = offsets[r]!;
    if (start + count > indices.length) {
      const grown = new Int32Array(Math.max(indices.length * 2, start + count));
      grown.set(indices);
      indices = grown;
    }
    indices.set(scanner.indices.subarray(0, count), start);
    offsets[r + 1] = start + count;
  });
  return { offsets, indices: indices.subarray(0, offsets[texts.length]!), rows: texts.length };
}

/** mulberry32: a small seeded generator so a seed always gives the same shuffle. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `order` in place, drawing from `random` (one epoch's row order). */
export function shuffleInPlace(order: Int32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}
