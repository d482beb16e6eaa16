import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { REPLY_LABEL_NAMES } from '../../core/coach/labels.ts';

const runLint = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'lint', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

interface OutLine {
  id: unknown;
  labels: string[];
  findings: Array<{ label: string; principle: string; span: { start: number; end: number } }>;
}

test('lint --jsonl: one {"id","labels","findings"} line per input line, labels named as in the dataset', () => {
  const input = [
    { id: 'r1', context: 'Why was I charged a late fee?', reply: "That's our policy. I can't reverse it." },
    { id: 2, reply: "I'm so sorry your parcel went missing, Ms. Okafor. Let me check the driver's photo." },
    { id: 'r3', context: 'and THEN the second box came smashed, and—', reply: "I'll send a replacement." },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n');
  const result = runLint(['--jsonl'], `${input}\n\n`);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as OutLine);
  assert.deepEqual(
    lines.map((l) => l.id),
    ['r1', 2, 'r3'],
  );
  assert.deepEqual(lines[0]!.labels, ['policy_language', 'refusal_rigid']);
  assert.deepEqual(lines[1]!.labels, ['apology', 'apology_specific', 'let_me_check', 'uses_customer_name']);
  assert.deepEqual(lines[2]!.labels, ['interrupting_solution']);
  for (const line of lines) {
    assert.deepEqual(Object.keys(line), ['id', 'labels', 'findings']);
    for (const label of line.labels) assert.ok((REPLY_LABEL_NAMES as string[]).includes(label));
    assert.ok(line.findings.every((f) => f.principle.length === 2));
  }
});

test('lint --jsonl -: reads stdin when given "-"', () => {
  const result = runLint(['--jsonl', '-'], '{"id":"x","reply":"Calm down."}\n');
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual((JSON.parse(result.stdout) as OutLine).labels, ['calm_down']);
});

const BAD_INPUT = [
  { name: 'not JSON', input: '{"id":1,"reply":"ok"}\n{oops\n', message: /^defuse: line 2: not valid JSON$/ },
  {
    name: 'empty reply',
    input: '{"id":1,"reply":"ok"}\n\n{"id":2,"reply":"  "}\n',
    message: /^defuse: line 3: reply: expected a non-empty string$/,
  },
  { name: 'missing reply', input: '{"id":1}\n', message: /^defuse: line 1: reply: expected a non-empty string$/ },
  {
    name: 'reply not a string',
    input: '{"id":1,"reply":5}\n',
    message: /^defuse: line 1: reply: expected a non-empty string$/,
  },
  {
    name: 'context not a string',
    input: '{"id":1,"reply":"hi","context":[]}\n',
    message: /^defuse: line 1: context: expected a string$/,
  },
  { name: 'not an object', input: '["a"]\n', message: /^defuse: line 1: expected a JSON object$/ },
];

for (const { name, input, message } of BAD_INPUT) {
  test(`lint --jsonl: bad input (${name}) exits 2 with one line naming the line and no output`, () => {
    const result = runLint(['--jsonl'], input);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr.trim(), message);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });
}

test('lint "reply" --json: labels and findings for one reply, with the customer name from --name', () => {
  const result = runLint(['Thanks for waiting, the refund is done.', '--name', 'Ana', '--json']);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual((JSON.parse(result.stdout) as OutLine).labels, ['thanks']);
  const named = runLint(['Thanks for waiting, Ana.', '--name', 'Ana Souza', '--json']);
  assert.deepEqual((JSON.parse(named.stdout) as OutLine).labels, ['thanks', 'uses_customer_name']);
});

test('lint "reply": readable findings with principle IDs, the matched words and a rewrite for anti-patterns', () => {
  const result = runLint(['Please calm down, it is company policy.']);
  assert.equal(result.status, 1, 'an anti-pattern exits 1');
  assert.match(result.stdout, /✗ L2 calm_down {2}"calm down"/);
  assert.match(result.stdout, /✗ R2 policy_language/);
  assert.match(result.stdout, /→ Acknowledge/);
});

test('lint: an empty reply exits 2 with a one-line message', () => {
  const result = runLint(['   ']);
  assert.equal(result.status, 2);
  assert.equal(result.stderr.trim(), 'defuse: the reply to lint is empty');
});
