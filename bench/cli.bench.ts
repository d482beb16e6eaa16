/**
 * `npm run bench:cli`: start-up and batch cost of the compiled `defuse` command (run `npm run build:server` first).
 * Prints the median of BENCH_RUNS (default 5) runs of `defuse --version` beside `node -e 0` and the tsx path it replaced,
 * then `defuse score --jsonl` over 108,000 messages (the dev conversations' turns, repeated) beside scoring the same
 * file in this process (model loaded and warm), which is what the command costs without starting up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScoreLines, scoreLines } from '../src/cli/commands/score.ts';
import { defaultAngerModel } from '../src/core/signals/anger/index.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = resolve(root, 'bin/defuse.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MESSAGES = 108_000;

if (!existsSync(resolve(root, 'dist/src/main.js'))) {
  console.error('bench:cli: dist/ not found: run `npm run build:server` first');
  process.exit(2);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${Math.round(x)} ms`;
const devNull = openSync('/dev/null', 'w');

/** Wall time of one child process in ms; stdout is discarded, a failure stops the bench. */
function timeRun(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', devNull, 'pipe'] });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

// Runs alternate, so a burst of load on a shared machine hits every variant.
const nodeRuns: number[] = [];
const versionRuns: number[] = [];
const tsxRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  nodeRuns.push(timeRun(['-e', '0']));
  versionRuns.push(timeRun([bin, '--version']));
  tsxRuns.push(timeRun(['--import', 'tsx', 'src/main.ts', '--version']));
}
console.log(`node ${process.version}; median of ${RUNS} runs each`);
console.log(`node -e 0:                             ${ms(median(nodeRuns))}`);
console.log(`defuse --version (compiled, bin):      ${ms(median(versionRuns))}   target < 250 ms`);
console.log(`defuse --version through tsx (before): ${ms(median(tsxRuns))}`);

const dev = resolve(root, '../shared/data/conversations/dev.json');
if (!existsSync(dev)) {
  console.log(`defuse score --jsonl: skipped (${dev} not found; benchmarks read ../shared/data beside the repository)`);
  process.exit(0);
}
const texts = (JSON.parse(readFileSync(dev, 'utf8')) as Array<{ turns: Array<{ text: string }> }>).flatMap((c) =>
  c.turns.map((t) => t.text),
);
const dir = mkdtempSync(join(tmpdir(), 'defuse-bench-'));
const file = join(dir, 'messages.jsonl');
const lines: string[] = [];
for (let i = 0; i < MESSAGES; i++) lines.push(JSON.stringify({ id: i, text: texts[i % texts.length] }));
writeFileSync(file, `${lines.join('\n')}\n`);

/** The command's work in this process: read, parse every line, score, serialise. */
function scoreInProcess(): number {
  const start = performance.now();
  const output = scoreLines(defaultAngerModel, parseScoreLines(readFileSync(file, 'utf8')));
  const elapsed = performance.now() - start;
  if (output.length === 0) throw new Error('scored nothing');
  return elapsed;
}

scoreInProcess(); // loads the model and warms the JIT: the in-process figure is the steady state
const cliRuns: number[] = [];
const inProcessRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  cliRuns.push(timeRun([bin, 'score', '--jsonl', file]));
  inProcessRuns.push(scoreInProcess());
}
rmSync(dir, { recursive: true, force: true });
const ratio = median(cliRuns) / median(inProcessRuns);
console.log(`defuse score --jsonl, ${MESSAGES.toLocaleString('en-US')} messages (dev turns repeated):`);
console.log(`  in-process (warm):  ${ms(median(inProcessRuns))}`);
console.log(`  defuse score (bin): ${ms(median(cliRuns))}   ${ratio.toFixed(2)}× in-process   target < 1.5×`);
