import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { decodeBase64, encodeBase64, quantize } from './codec.ts';

test('codec: base64 round-trips any bytes and matches the standard encoding', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) =>
      assert.deepEqual(decodeBase64(encodeBase64(bytes)), bytes),
    ),
  );
  assert.equal(encodeBase64(new TextEncoder().encode('anger')), 'YW5nZXI=');
});

test('codec: a character outside the alphabet is an error, not a silent zero', () => {
  assert.throws(() => decodeBase64('YW5n*XI='), /invalid base64 at character 4/);
});

test('codec: int8 quantisation keeps sign and order and errs by at most half a step', () => {
  const weights = Float32Array.from([-2, -0.5, 0, 0.01, 0.7, 2]);
  const { scale, bytes } = quantize(weights);
  // The model reads the bytes as int8 times the scale.
  const back = Array.from(new Int8Array(bytes.buffer), (q) => q * scale);
  for (const [i, w] of weights.entries()) assert.ok(Math.abs(back[i]! - w) <= scale / 2 + 1e-7, `weight ${i}`);
  assert.equal(back[0], -2);
  assert.equal(back[5], 2);
});
