import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { analyzeCustomerTurn } from '../../core/analysis/customer-turn.ts';
import { defaultAngerModel } from '../../core/signals/anger/index.ts';
import { ANGER_LEVELS } from '../../core/signals/types.ts';

const runScore = (input: string, args: string[] = ['--jsonl']) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'score', ...args], { input, encoding: 'utf8' });

test('score --jsonl: one {"id","anger","level","language"} line per input line, ids kept, angrier text scores higher', () => {
  const input = [
    { id: 'a', text: 'Thanks, that fixed it. Have a nice day.' },
    { id: 7, text: 'This is fucking ridiculous, you idiots lost my order AGAIN!!!' },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n');
  const result = runScore(`${input}\n\n`);
  assert.equal(result.status, 0, result.stderr);
  const lines = result.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: unknown; anger: number; level: string; language: string });
  assert.deepEqual(
    lines.map((l) => l.id),
    ['a', 7],
  );
  for (const line of lines) {
    assert.deepEqual(Object.keys(line), ['id', 'anger', 'level', 'language']);
    assert.ok(line.anger >= 0 && line.anger <= 1);
    assert.ok((ANGER_LEVELS as readonly string[]).includes(line.level));
    assert.equal(line.language, 'en');
  }
  assert.ok(lines[1]!.anger > lines[0]!.anger);
  assert.equal(lines[0]!.level, 'calm');
  assert.equal(lines[1]!.level, 'furious');
});

test("score --jsonl: the reading is the engine's (same number and level as `defuse analyze` gives the turn)", () => {
  const text = 'Still waiting on my refund, third time I ask.';
  const result = runScore(`${JSON.stringify({ id: 1, text })}\n`);
  const line = JSON.parse(result.stdout) as { anger: number; level: string };
  const turn = analyzeCustomerTurn(text, defaultAngerModel, false);
  assert.equal(line.level, turn.level);
  assert.equal(line.anger, Math.round(turn.anger! * 1e6) / 1e6);
});

test('score --jsonl: text that is not English is flagged with its language and a reason, not scored as calm', () => {
  const result = runScore(`${JSON.stringify({ id: 'x', text: 'Je suis très déçu de votre service client' })}\n`);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), {
    id: 'x',
    anger: null,
    level: null,
    language: 'fr',
    reason: 'not English (fr): anger is read in English only',
  });
});

const BAD_INPUT = [
  { name: 'not JSON', input: '{"id":1,"text":"ok"}\n{oops\n', message: /line 2: not valid JSON/ },
  { name: 'missing text', input: '{"id":1}\n', message: /line 1: .*"text" is missing or invalid/ },
  { name: 'text not a string', input: '{"id":1,"text":"a"}\n\n{"id":2,"text":5}\n', message: /line 3: .*"text"/ },
  { name: 'id missing', input: '{"text":"hello"}\n', message: /line 1: .*"id"/ },
];

for (const { name, input, message } of BAD_INPUT) {
  test(`score --jsonl: bad input (${name}) exits 2 with one line naming the line and no output`, () => {
    const result = runScore(input);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, message);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });
}

test('score: without --jsonl the whole input is one message', () => {
  const result = runScore('I am so angry with you people!!', []);
  assert.equal(result.status, 0, result.stderr);
  const score = JSON.parse(result.stdout) as { anger: number; level: string };
  assert.ok(score.anger > 0.1);
});

test('score --help describes the command and exits 0', () => {
  const result = runScore('', ['--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /--jsonl/);
});
