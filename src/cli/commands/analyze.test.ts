import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const fixture = new URL('../../../test/fixtures/conversations.json', import.meta.url).pathname;
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'analyze', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

test('defuse analyze --json prints the scorecard contract for an array input', () => {
  const result = run([fixture, '--json']);
  assert.equal(result.status, 0, result.stderr);
  const out = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
  const ids = (JSON.parse(readFileSync(fixture, 'utf8')) as Array<{ id: string }>).map((c) => c.id);
  assert.deepEqual(
    out.map((o) => o.id),
    ids,
  );
  for (const o of out) {
    assert.deepEqual(Object.keys(o.rubric as object).sort(), [
      'A1',
      'A2',
      'A3',
      'B2',
      'C1',
      'C2',
      'F1',
      'F3',
      'F5',
      'L1',
      'R1',
      'R2',
    ]);
    assert.equal(typeof o.hangup, 'boolean');
    assert.equal(typeof o.abusiveCustomer, 'boolean');
    assert.match(String(o.peakAngerLevel), /^(calm|annoyed|angry|furious)$/);
    assert.equal(typeof o.score, 'number');
    assert.ok(Array.isArray(o.turns));
  }
});

test('defuse analyze reads a plain transcript from stdin and prints cues with principle IDs', () => {
  const result = run(
    ['-', '--agent-name', 'Sam'],
    'Customer: My refund still has not arrived after three weeks!\n[customer hangs up]\n',
  );
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /F5 .*call them back/i);
  assert.match(result.stdout, /it's Sam/);
});

const BAD: Array<[string, string, RegExp]> = [
  ['invalid JSON', '{"turns": [', /invalid JSON/],
  [
    'unknown speaker',
    '{"turns":[{"speaker":"bot","text":"hi"}]}',
    /turns\[0\]\.speaker: expected "customer" or "agent"/,
  ],
  ['empty text', '{"turns":[{"speaker":"agent","text":""}]}', /turns\[0\]\.text: must not be empty/],
  ['unlabelled transcript', 'hello there', /line 1: expected "Customer: …" or "Agent: …"/],
];
for (const [name, input, message] of BAD) {
  test(`defuse analyze: ${name} → one-line error, exit code 2`, () => {
    const result = run([], input);
    assert.equal(result.status, 2);
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1);
    assert.equal(result.stdout, '');
  });
}

test('defuse analyze: non-UTF-8 and oversize input are refused with exit code 2', () => {
  const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'analyze'], {
    input: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
  });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr.toString(), /not valid UTF-8/);
  const big = run([], `Customer: ${'a'.repeat(1024 * 1024)}`);
  assert.equal(big.status, 2);
  assert.match(big.stderr, /limit is 1048576/);
});

test('defuse analyze --help describes the command', () => {
  const result = run(['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /--json/);
});
