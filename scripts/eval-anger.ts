/** Evaluates the shipped anger model against VADER and AFINN on GoEmotions dev, WASSA-2017 dev and twcs levels. */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { ANGER_LEVELS } from '../src/core/signals/types.ts';
import { AFINN, VADER, type Baseline } from './anger/baselines.ts';
import { isAnger, isCluster, readGoEmotions } from './anger/goemotions.ts';
import { readTwcsLevels, readWassaDev } from './anger/eval-data.ts';
import { levelAgreement } from './anger/level-agreement.ts';
import { bestThreshold, metricsAt, pearson, type BinaryMetrics } from './anger/metrics.ts';

const MIN_TIMING_MS = 1500;

/** Messages per second on this thread (one core): repeats the texts until MIN_TIMING_MS have passed. */
function throughput(texts: readonly string[], score: (text: string) => unknown): number {
  for (let i = 0; i < Math.min(texts.length, 2000); i++) score(texts[i]!); // warm the JIT
  let done = 0;
  const start = performance.now();
  while (performance.now() - start < MIN_TIMING_MS) {
    for (const text of texts) score(text);
    done += texts.length;
  }
  return done / ((performance.now() - start) / 1000);
}

const f3 = (x: number): string => x.toFixed(3);
const fmt = (m: BinaryMetrics): string => `${f3(m.f1)}  ${f3(m.precision)}  ${f3(m.recall)}`;
const pad = (s: string, n: number): string => s.padEnd(n);

const writeCard = process.argv.includes('--card');
const lines: string[] = [];
const log = (line: string): void => {
  console.log(line);
  lines.push(line);
};

const loadStart = performance.now();
const { getDefaultAngerModel } = await import('../src/core/signals/anger/index.ts');
const model = getDefaultAngerModel();
const loadMs = performance.now() - loadStart;

const dev = readGoEmotions('dev');
const texts = dev.map((r) => r.text);
const goldAnger = Uint8Array.from(dev, (r) => (isAnger(r) ? 1 : 0));
const goldCluster = Uint8Array.from(dev, (r) => (isCluster(r) ? 1 : 0));
log(
  `GoEmotions dev: ${dev.length} rows, anger ${goldAnger.reduce((s, x) => s + x, 0)}, cluster ${goldCluster.reduce((s, x) => s + x, 0)}`,
);
log(`defuse model ${model.name}: imported and decoded in ${loadMs.toFixed(0)} ms`);
log(`\n${pad('model', 40)}${pad('anger F1  P      R', 22)}${pad('cluster F1  P      R', 24)}msgs/s (1 core)`);

const levels = texts.map((t) => model.score(t).level);
const defuseAnger = metricsAt(
  levels.map((l) => (l === 'angry' || l === 'furious' ? 1 : 0)),
  goldAnger,
  0.5,
);
const defuseCluster = metricsAt(
  levels.map((l) => (l === 'calm' ? 0 : 1)),
  goldCluster,
  0.5,
);
const defuseSpeed = throughput(texts, (t) => model.score(t));
log(
  `${pad('defuse (shipped levels)', 40)}${pad(fmt(defuseAnger), 22)}${pad(`${fmt(defuseCluster)}`, 24)}${defuseSpeed.toFixed(0)}`,
);

for (const baseline of [VADER, AFINN] as Baseline[]) {
  const scores = texts.map((t) => baseline.score(t));
  const anger = bestThreshold(scores, goldAnger);
  const cluster = bestThreshold(scores, goldCluster);
  const speed = throughput(texts, (t) => baseline.score(t));
  log(`${pad(`${baseline.name}, tuned on dev`, 40)}${pad(fmt(anger), 22)}${pad(fmt(cluster), 24)}${speed.toFixed(0)}`);
}

const wassa = readWassaDev();
const gold = wassa.map((r) => r.intensity);
const rs = [
  [
    'defuse P(anger)',
    pearson(
      wassa.map((r) => model.score(r.text).anger),
      gold,
    ),
  ],
  [
    'VADER',
    pearson(
      wassa.map((r) => VADER.score(r.text)),
      gold,
    ),
  ],
  [
    'AFINN',
    pearson(
      wassa.map((r) => AFINN.score(r.text)),
      gold,
    ),
  ],
] as const;
log(
  `\nWASSA-2017 anger intensity, dev (${wassa.length} tweets), Pearson r: ${rs.map(([n, r]) => `${n} ${f3(r)}`).join(' · ')}`,
);

const twcs = readTwcsLevels();
const predicted = twcs.map((r) => model.score(r.text).level);
const agreement = levelAgreement(
  twcs.map((r) => r.level),
  predicted,
);
log(
  `\ntwcs customer tweets (${twcs.length}, in-domain, hand-labelled levels; the 'annoyed' threshold was calibrated on them): exact ${f3(agreement.exact)} · within one level ${f3(agreement.withinOne)} · linear-weighted kappa ${f3(agreement.weightedKappa)}`,
);
log(`${pad('gold \\ predicted', 18)}${ANGER_LEVELS.map((l) => pad(l, 9)).join('')}`);
agreement.confusion.forEach((row, i) =>
  log(`${pad(ANGER_LEVELS[i]!, 18)}${row.map((n) => pad(String(n), 9)).join('')}`),
);
const notCalm = metricsAt(
  predicted.map((l) => (l === 'calm' ? 0 : 1)),
  twcs.map((r) => (r.level === 'calm' ? 0 : 1)),
  0.5,
);
const angryUp = metricsAt(
  predicted.map((l) => (l === 'angry' || l === 'furious' ? 1 : 0)),
  twcs.map((r) => (r.level === 'angry' || r.level === 'furious' ? 1 : 0)),
  0.5,
);
log(`twcs not-calm F1 ${fmt(notCalm)} (F1 P R) · angry-or-furious F1 ${fmt(angryUp)}`);

if (writeCard) {
  // Replaces the card's evaluation section with this run's output, so the card never quotes stale numbers.
  const card = 'models/anger-v2.md';
  const marker = '## Evaluation (npm run eval:anger -- --card)';
  const kept = readFileSync(card, 'utf8').split(marker)[0]!.trimEnd();
  const stamp = `Run ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}; speed is wall-clock on one thread of a shared machine.`;
  writeFileSync(`${card}.tmp`, `${kept}\n\n${marker}\n${stamp}\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`);
  renameSync(`${card}.tmp`, card);
}
