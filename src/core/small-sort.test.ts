import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byCodeUnits, sortSmall } from './small-sort.ts';

test('sortSmall orders as Array.prototype.sort does, ties kept in place (short and long arrays)', () => {
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 500; round++) {
    const items = Array.from({ length: random(40) }, (_, i) => ({ key: random(6), i }));
    const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
    assert.deepEqual(sortSmall([...items], byKey), [...items].sort(byKey));
  }
});

test('byCodeUnits is the default string order', () => {
  const words = ['restatement', 'apology', 'Apology', 'apology_specific', 'ä', 'z', '', 'thanks'];
  assert.deepEqual(sortSmall([...words], byCodeUnits), [...words].sort());
});
