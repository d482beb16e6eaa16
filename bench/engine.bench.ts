/**
 * `npm run bench`: full analysis (signals + moves + coach + QA) over the dev conversations repeated to
 * ≥ 100k turns on one core, the p99 latency of session.addTurn, and VADER sentiment alone over the same
 * turns as the baseline a typical JavaScript project would run. BENCH_ROUNDS (default 3) rounds of each.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vader from 'vader-sentiment';
import { analyzeConversation, createLiveSession } from '../src/core/analyze.ts';
import { parseConversations } from '../src/core/conversation/parse.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const path = resolve(root, '../shared/data/conversations/dev.json');
if (!existsSync(path)) {
  console.error(`bench: ${path} not found (benchmarks read ../shared/data beside the repository)`);
  process.exit(2);
}
const conversations = parseConversations(JSON.parse(readFileSync(path, 'utf8')));
const turnsPerPass = conversations.reduce((sum, c) => sum + c.turns.length, 0);
const passes = Math.ceil(100_000 / turnsPerPass);
const totalTurns = passes * turnsPerPass;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// Warm-up (about 10k turns each) so the JIT has optimised the hot paths before timing; the first round showed it had not after one pass.
const WARMUP_PASSES = Math.ceil(10_000 / turnsPerPass);
for (let p = 0; p < WARMUP_PASSES; p++) for (const c of conversations) analyzeConversation(c);
for (let p = 0; p < WARMUP_PASSES; p++)
  for (const c of conversations) for (const t of c.turns) vader.SentimentIntensityAnalyzer.polarity_scores(t.text);

// Rounds of defuse and of the baseline alternate, so a burst of load on a shared machine hits both; the median is reported.
const fullRates: number[] = [];
const vaderRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  let start = performance.now();
  for (let p = 0; p < passes; p++) for (const c of conversations) analyzeConversation(c);
  fullRates.push(totalTurns / ((performance.now() - start) / 1000));
  start = performance.now();
  for (let p = 0; p < passes; p++)
    for (const c of conversations) for (const t of c.turns) vader.SentimentIntensityAnalyzer.polarity_scores(t.text);
  vaderRates.push(totalTurns / ((performance.now() - start) / 1000));
}

const latencies = new Float64Array(totalTurns);
let n = 0;
for (let p = 0; p < passes; p++) {
  for (const c of conversations) {
    const session = createLiveSession();
    for (const turn of c.turns) {
      const t0 = performance.now();
      session.addTurn(turn);
      latencies[n++] = performance.now() - t0;
    }
  }
}
latencies.sort();
const pct = (q: number): number => latencies[Math.min(totalTurns - 1, Math.floor(q * totalTurns))]!;

const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]): string => `median of ${xs.length} rounds; rounds ${xs.map(fmt).join(', ')}`;
console.log(
  `node ${process.version}, one core (single thread); ${conversations.length} dev conversations × ${passes} = ${fmt(totalTurns)} turns a round`,
);
console.log(
  `defuse full analysis (signals + moves + coach + QA): ${fmt(median(fullRates))} turns/s  (${spread(fullRates)})   target ≥ 20,000`,
);
console.log(
  `baseline: VADER polarity only (vader-sentiment):   ${fmt(median(vaderRates))} turns/s  (${spread(vaderRates)})`,
);
console.log(
  `session.addTurn latency: p50 ${pct(0.5).toFixed(3)} ms, p99 ${pct(0.99).toFixed(3)} ms, max ${latencies[totalTurns - 1]!.toFixed(3)} ms   target p99 ≤ 1 ms`,
);
