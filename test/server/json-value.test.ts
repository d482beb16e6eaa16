// The response serializer's jsonValue gives exactly what a JSON round trip gives (it replaced one, for speed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { jsonValue } from '../../src/server/http/zod-schemas.ts';

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value) ?? 'null');

test('jsonValue equals JSON.parse(JSON.stringify(x)) for rows with Dates, undefined, nested arrays and odd keys', () => {
  const leaf = fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.constant(() => 1),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node')), fc.dictionary(fc.string(), tie('node'))),
  })).node;
  fc.assert(
    fc.property(value, (v) => {
      // At the top level JSON.stringify writes nothing for undefined or a function (a response is never either).
      assert.deepEqual(jsonValue(v) ?? null, roundTrip(v));
    }),
    { numRuns: 2000 },
  );
});

test('jsonValue: edge cases a JSON round trip handles', () => {
  const at = new Date('2026-12-07T01:02:03.004Z');
  const row = {
    at,
    n: Number.NaN,
    inf: Number.POSITIVE_INFINITY,
    s: new String('x'),
    list: [undefined, at],
    gone: undefined,
  };
  assert.deepEqual(jsonValue(row), roundTrip(row));
  const proto = JSON.parse('{"__proto__":{"a":1},"b":2}');
  assert.equal(JSON.stringify(jsonValue(proto)), JSON.stringify(proto));
  assert.equal(Object.getPrototypeOf(jsonValue(proto)), Object.prototype);
  assert.throws(() => jsonValue({ big: 1n }), TypeError);
  // toJSON is called once, as JSON.stringify does: what it returns is not asked for its own toJSON.
  const twice = { toJSON: () => ({ toJSON: () => 'inner', kept: 1 }) };
  assert.deepEqual(jsonValue(twice), roundTrip(twice));
  assert.deepEqual(jsonValue([Symbol('s'), () => 1, undefined]), roundTrip([Symbol('s'), () => 1, undefined]));
});
