/**
 * `npm run bench:drafts`: what the suggested words cost. Cues build their words the first time `suggestion` is read
 * (the grammar step, compromise's tagger, costs more than the rest of a turn). Over the dev conversations, on one core,
 * in CPU-seconds: full analysis with the words left unread (what `npm run bench` measures, the baseline here) beside
 * full analysis with every cue's words read, as a JSON response or the CLI would; and the complaint reading alone per
 * message. BENCH_ROUNDS (default 5) interleaved rounds; medians printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeConversation } from '../src/core/analyze.ts';
import { readComplaint } from '../src/core/coach/complaint.ts';
import { parseConversations } from '../src/core/conversation/parse.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const path = resolve(root, '../shared/data/conversations/dev.json');
if (!existsSync(path)) {
  console.error(`bench:drafts: ${path} not found (benchmarks read ../shared/data beside the repository)`);
  process.exit(2);
}
const conversations = parseConversations(JSON.parse(readFileSync(path, 'utf8')));
const turns = conversations.reduce((sum, c) => sum + c.turns.length, 0);
const customerTexts = conversations.flatMap((c) => c.turns.filter((t) => t.speaker === 'customer').map((t) => t.text));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PASSES = 10;

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const unread = (): void => {
  for (const c of conversations) analyzeConversation(c);
};
let words = 0;
const read = (): void => {
  for (const c of conversations) {
    for (const t of analyzeConversation(c).turns) for (const cue of t.cues) words += cue.suggestion?.length ?? 0;
  }
};
const reading = (): void => {
  for (const text of customerTexts) readComplaint([{ text, language: 'en' }]).words();
};

for (let i = 0; i < 3; i++) {
  unread();
  read();
  reading();
}
const rates = { unread: [] as number[], read: [] as number[], reading: [] as number[] };
for (let r = 0; r < ROUNDS; r++) {
  let t = cpuSeconds();
  for (let p = 0; p < PASSES; p++) unread();
  rates.unread.push((PASSES * turns) / (cpuSeconds() - t));
  t = cpuSeconds();
  for (let p = 0; p < PASSES; p++) read();
  rates.read.push((PASSES * turns) / (cpuSeconds() - t));
  t = cpuSeconds();
  for (let p = 0; p < PASSES; p++) reading();
  rates.reading.push((PASSES * customerTexts.length) / (cpuSeconds() - t));
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
const spread = (xs: number[]): string => `rounds ${xs.map(fmt).join(', ')}`;
console.log(
  `node ${process.version}, one core; ${conversations.length} dev conversations (${turns} turns) × ${PASSES} a round; medians of ${ROUNDS} rounds, per CPU-second`,
);
console.log(`baseline: full analysis, words unread: ${fmt(median(rates.unread))} turns/s  (${spread(rates.unread)})`);
console.log(`full analysis, every cue's words read: ${fmt(median(rates.read))} turns/s  (${spread(rates.read)})`);
console.log(
  `complaint reading alone (clean, pick, grammar step): ${fmt(median(rates.reading))} customer messages/s  (${spread(rates.reading)})`,
);
if (words === 0) console.error('bench:drafts: no suggested words were read');
