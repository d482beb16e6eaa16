// What a newcomer tries first: lint as a gate (exit 0/1/2), score "text", transcripts with times, errors as one line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const cli = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

test('lint gates a script: 0 when clean, 1 on an anti-pattern (text or --json), 2 for bad input', () => {
  assert.equal(cli(['lint', 'Thanks for waiting, the refund is done.']).status, 0);
  assert.equal(cli(['lint', 'Please calm down, it is company policy.']).status, 1);
  const json = cli(['lint', 'Calm down.', '--json']);
  assert.equal(json.status, 1);
  assert.deepEqual(JSON.parse(json.stdout).labels, ['calm_down'], 'the findings are still printed');
  assert.equal(cli(['lint'], 'Calm down.').status, 1, 'from stdin too');
  assert.equal(cli(['lint', '   ']).status, 2);
  assert.equal(cli(['lint', '--jsonl'], '{"id":1,"reply":"Calm down."}\n').status, 0, '--jsonl output is data');
  assert.match(cli(['lint', '--help']).stdout, /Exit status: 0 when the reply has no anti-pattern, 1 when/);
});

test('score "text" scores its argument like lint; stdin and --jsonl FILE still work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'defuse-score-'));
  try {
    const angry = cli(['score', 'This is the THIRD time I have called and nobody has fixed it!!']);
    assert.equal(angry.status, 0, angry.stderr);
    const fromArg = JSON.parse(angry.stdout) as { anger: number; level: string };
    const fromStdin = JSON.parse(
      cli(['score'], 'This is the THIRD time I have called and nobody has fixed it!!').stdout,
    );
    assert.deepEqual(fromArg, fromStdin, 'the argument is the message, as if piped');
    const calm = JSON.parse(cli(['score', 'Thanks, that sorted it.']).stdout) as { anger: number };
    assert.ok(fromArg.anger > calm.anger);
    const file = join(dir, 'messages.jsonl');
    writeFileSync(file, '{"id":"a","text":"Thanks, all good."}\n');
    for (const args of [
      ['--jsonl', file],
      [file, '--jsonl'],
    ]) {
      const batch = cli(['score', ...args]);
      assert.equal(batch.status, 0, batch.stderr);
      assert.equal(JSON.parse(batch.stdout).id, 'a');
    }
    const empty = cli(['score', '  ']);
    assert.equal(empty.status, 2);
    assert.equal(empty.stderr, 'defuse: the message to score is empty\n');
    assert.match(cli(['score', '--help']).stdout, /\[message\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('analyze reads "[00:00] Customer:" transcripts and strips the time from "Customer: [00:00] …"', () => {
  for (const transcript of [
    '[00:00] Customer: You charged me twice this month!\n[00:12] Agent: I am so sorry, let me fix that now.\n',
    'Customer: [00:00] You charged me twice this month!\nAgent: [00:12] I am so sorry, let me fix that now.\n',
  ]) {
    const result = cli(['analyze', '--json'], transcript);
    assert.equal(result.status, 0, result.stderr);
    const analysis = JSON.parse(result.stdout) as { turns: Array<{ speaker: string; text: string }> };
    assert.equal(analysis.turns.length, 2);
    assert.deepEqual(
      analysis.turns.map((t) => t.text),
      ['You charged me twice this month!', 'I am so sorry, let me fix that now.'],
    );
  }
});

test('every CLI error is one line ending with a newline, with exit code 2 for bad input', () => {
  const cases: string[][] = [
    ['bogus-command'],
    ['lint', '--bogus'],
    ['analyze', '/nonexistent/file.json'],
    ['analyze'],
    ['score', '--jsonl', '/nonexistent/file.jsonl'],
    ['lint', '--jsonl'],
  ];
  for (const args of cases) {
    const result = cli(args, args[0] === 'lint' ? '{oops\n' : '');
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.ok(result.stderr.endsWith('\n'), `${args.join(' ')}: ${JSON.stringify(result.stderr)}`);
    assert.match(result.stderr, /^(defuse|error):/, args.join(' '));
  }
});
