/**
 * What the lint classifier costs: `lint` over every project-written reply (scripts/lint/corpus.ts, all parts) with the
 * rules alone and with each weights file given, interleaved in one process, BENCH_ROUNDS (default 5) rounds; prints the
 * median replies per CPU-second of each. Run under `flock -x /tmp/defuse-cpu.lock nice -n 0` for figures to quote.
 * `npx tsx scripts/lint-classifier-speed.ts A.json [B.json ...]`
 */
import { readFileSync } from 'node:fs';
import {
  type LintClassifier,
  type LintClassifierFile,
  loadLintClassifier,
} from '../src/core/coach/lint/classifier/classifier.ts';
import { lint } from '../src/core/coach/lint/lint-engine.ts';
import { writerSets } from './lint/corpus.ts';

const rows = writerSets().flatMap((s) => [...s.train, ...s.check]);
const contenders: Array<[string, LintClassifier | null]> = [
  ['rules alone', null],
  ...process.argv
    .slice(2)
    .map(
      (file) =>
        [file, loadLintClassifier(JSON.parse(readFileSync(file, 'utf8')) as LintClassifierFile)] as [
          string,
          LintClassifier,
        ],
    ),
];
const pass = (classifier: LintClassifier | null): number => {
  let n = 0;
  for (const row of rows)
    n += lint(row.reply, row.context === undefined ? {} : { customerMessage: row.context }, classifier).length;
  return n;
};
for (const [, c] of contenders) pass(c); // warm-up
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const rates = contenders.map(() => [] as number[]);
for (let r = 0; r < rounds; r++)
  contenders.forEach(([, c], i) => {
    const start = process.cpuUsage();
    pass(c);
    const used = process.cpuUsage(start);
    rates[i]?.push(rows.length / ((used.user + used.system) / 1e6));
  });
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
contenders.forEach(([name], i) => {
  console.log(
    `${name}: ${Math.round(median(rates[i] ?? [])).toLocaleString('en-GB')} replies per CPU-second (${rows.length} replies, median of ${rounds})`,
  );
});
