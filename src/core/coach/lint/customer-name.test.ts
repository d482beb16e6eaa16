import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCustomerNames } from './customer-name.ts';

const named = (reply: string, known?: string): string[] =>
  findCustomerNames(reply, known).map((s) => reply.slice(s.start, s.end));

// [reply, names found]
const CASES: Array<[string, string[]]> = [
  ["Mr. Alvarez, I'm really sorry.", ['Mr. Alvarez']],
  ["I'm sorry about the double charge, Ben.", ['Ben']],
  ['Hi Dana, your box is on its way.', ['Dana']],
  ['Oh no, Keisha. Let me fix that.', ['Keisha']],
  ["Sarah, I've refunded the fee.", ['Sarah']],
  ["Honestly, that's a fair point.", []],
  ["Okay, I'll check. Unfortunately, it's gone.", []],
  ["I'm Grace, and I'll call you at 10.", []],
  ['It arrives on Friday.', []],
];

for (const [reply, expected] of CASES) {
  test(`L3 uses_customer_name: "${reply}" names ${expected.length ? expected.join(', ') : 'nobody'}`, () => {
    assert.deepEqual(named(reply), expected);
  });
}

test('L3 uses_customer_name: a known name is found case-insensitively, by first or last name, with titles ignored', () => {
  assert.deepEqual(named('thanks lindqvist, all sorted', 'Ms. Lindqvist'), ['lindqvist']);
  assert.deepEqual(named('All sorted for you, Ana.', 'Ana Souza'), ['Ana']);
  assert.deepEqual(named('Banana bread is on us.', 'Ana'), []);
});
