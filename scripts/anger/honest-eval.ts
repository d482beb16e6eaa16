/**
 * `npm run eval:anger -- --honest [--weights <file>] [--json <file>]` (scripts/eval-anger.ts hands over before it reads
 * anything else): the anger reading on the rows it may be judged on while it is
 * being changed, without ever reading a never-tuned set (`npm run eval:anger` always reads
 * eval/never-tuned/anger-messages.jsonl: the lead's only).
 *   - twcs dev half (350 tweets), tuned on: the levels as shipped (its calibration and thresholds were set on these rows),
 *     their F1s and level agreement (exact, within one, weighted kappa, and where the calm tweets land);
 *   - twcs split-half: Platt and level thresholds fitted as training fits them (a twcs half + every writer's English dev
 *     slice, each source weighed alike), but on one half of the twcs rows (even or odd lines), scored on the other half, both
 *     ways, averaged: an honest figure for tweets the thresholds never saw;
 *   - each writer's dev slice at the shipped levels (tuned on too: thresholds are set on them);
 *   - GoEmotions dev: the network's anger and cluster heads, split-half (cut on one half, F1 on the other, both ways);
 *   - the behaviour floors of src/core/signals/anger/model.test.ts, read on these weights.
 * A message read as not English counts as a miss (as in eval:anger).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAngerModel } from '../../src/core/signals/anger/model.ts';
import { ANGER_LEVELS, type AngerLevel } from '../../src/core/signals/types.ts';
import { readCorpus } from './corpus.ts';
import { readTwcsLevels } from './eval-data.ts';
import { isAnger, isCluster, readGoEmotions } from './goemotions.ts';
import { levelAgreement } from './level-agreement.ts';
import { bestThreshold, metricsAt, splitHalfF1 } from './metrics.ts';
import { chooseLevels, fitPlatt } from './reading-fit.ts';

export interface HonestOptions {
  weights: string;
  corpus: string;
  goemotions: boolean;
  json?: string | undefined;
  twcsWeight: number;
}

/** Prints the figures (see above) for one weights file; writes them as JSON too when `json` is given. */
export function honestEval(options: HonestOptions): Record<string, number> {
  const model = createAngerModel(JSON.parse(readFileSync(resolve(options.weights), 'utf8')));
  const rank = (l: AngerLevel): number => ANGER_LEVELS.indexOf(l);
  const f3 = (x: number): string => x.toFixed(3);
  const figures: Record<string, number> = {};

  interface Row {
    text: string;
    level: AngerLevel;
    source: string;
  }
  interface Read {
    p: number;
    english: boolean;
  }
  const readAll = (rows: readonly Row[]): Read[] =>
    rows.map((r) => {
      const x = model.read(r.text);
      return { p: x.anger, english: x.english };
    });
  /** angry+ and not-calm F1 of rows at thresholds; not-English rows are never positive. */
  function f1s(rows: readonly Row[], reads: readonly Read[], t: { annoyed: number; angry: number }) {
    const at = (min: number, cut: number) =>
      metricsAt(
        reads.map((r) => (r.english && r.p >= cut ? 1 : 0)),
        rows.map((r) => (rank(r.level) >= min ? 1 : 0)),
        0.5,
      ).f1;
    return { angry: at(2, t.angry), notCalm: at(1, t.annoyed) };
  }

  const twcs: Row[] = readTwcsLevels().map((r) => ({ ...r, source: 'twcs' }));
  const corpus = readCorpus(resolve(options.corpus));
  const slices = corpus.map((c) => ({
    writer: c.writer,
    rows: c.dev.filter((r) => r.lang === 'en').map((r) => ({ text: r.text, level: r.level, source: c.writer })),
  }));
  const shipped = model.weights.reading.levels;
  console.log(`${model.name} (${options.weights}), levels ${JSON.stringify(shipped)}`);

  const twcsReads = readAll(twcs);
  const tuned = f1s(twcs, twcsReads, shipped);
  figures.twcsTunedAngry = tuned.angry;
  figures.twcsTunedNotCalm = tuned.notCalm;
  console.log(
    `twcs tuned on (${twcs.length}), shipped levels: angry+ F1 ${f3(tuned.angry)} · not calm ${f3(tuned.notCalm)}`,
  );

  // Level agreement at the shipped levels (as eval:anger section 2: a message read as not English counts as calm).
  {
    const a = levelAgreement(
      twcs.map((r) => r.level),
      twcs.map((r) => model.score(r.text).level ?? 'calm'),
    );
    figures.twcsExact = a.exact;
    figures.twcsKappa = a.weightedKappa;
    const calmRow = a.confusion[0]!;
    console.log(
      `twcs level agreement: exact ${f3(a.exact)} · within one ${f3(a.withinOne)} · linear-weighted kappa ${f3(a.weightedKappa)}; calm tweets read calm / annoyed / angry / furious: ${calmRow.join(' / ')}`,
    );
  }

  // Ranking alone, whatever the thresholds: the best cut's F1 on all 350 rows (an upper bound, tuned on them) and the AUC.
  {
    const p = twcsReads.map((r) => (r.english ? r.p : 0));
    const auc = (min: number): number => {
      const pos = p.filter((_, i) => rank(twcs[i]!.level) >= min);
      const neg = p.filter((_, i) => rank(twcs[i]!.level) < min);
      let wins = 0;
      for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
      return wins / (pos.length * neg.length);
    };
    const best = (min: number) =>
      bestThreshold(
        p,
        twcs.map((r) => (rank(r.level) >= min ? 1 : 0)),
      ).f1;
    figures.twcsAucAngry = auc(2);
    figures.twcsAucNotCalm = auc(1);
    figures.twcsBestAngry = best(2);
    figures.twcsBestNotCalm = best(1);
    console.log(
      `twcs ranking: AUC angry+ ${f3(auc(2))} · not calm ${f3(auc(1))}; best-cut F1 (cut on all 350) ${f3(best(2))} / ${f3(best(1))}`,
    );
  }

  // Split-half: the training procedure's Platt + chooseLevels on (twcs half A + writers' dev slices), scored on twcs half B.
  const sliceRows = slices.flatMap((s) => s.rows);
  const sliceReads = readAll(sliceRows);
  const logit = (p: number): number => Math.log(p / (1 - p));
  /** Halves of the twcs rows: odd/even lines, then SPLITS − 1 seeded random halves (one split moves F1 by ±0.08 on 175 rows). */
  const SPLITS = 10;
  const halves: Uint8Array[] = [Uint8Array.from(twcs, (_, i) => i % 2)];
  let state = 0x5eed;
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  for (let s = 1; s < SPLITS; s++) {
    const order = twcs.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const half = new Uint8Array(twcs.length);
    order.forEach((row, k) => {
      half[row] = k < twcs.length / 2 ? 1 : 0;
    });
    halves.push(half);
  }
  let sh = { angry: 0, notCalm: 0 };
  for (const [s, half] of halves.entries()) {
    for (const keep of [0, 1]) {
      const a = twcs.flatMap((_, i) => (half[i] === keep ? [i] : []));
      const b = twcs.flatMap((_, i) => (half[i] !== keep ? [i] : []));
      const tuneRows = [...a.map((i) => twcs[i]!), ...sliceRows];
      const tuneReads = [...a.map((i) => twcsReads[i]!), ...sliceReads];
      const z = tuneReads.map((r) => logit(r.p));
      const platt = fitPlatt(
        z,
        tuneRows.map((r) => (rank(r.level) >= 2 ? 1 : 0)),
      );
      const calibrated = (p: number) => 1 / (1 + Math.exp(-(platt.a * logit(p) + platt.c)));
      const levels = chooseLevels(
        tuneReads.map((r) => calibrated(r.p)),
        tuneRows.map((r) => r.level),
        tuneRows.map((r) => r.source),
        { twcs: options.twcsWeight },
      ).levels;
      const scored = f1s(
        b.map((i) => twcs[i]!),
        b.map((i) => ({ ...twcsReads[i]!, p: calibrated(twcsReads[i]!.p) })),
        levels,
      );
      if (s === 0) {
        console.log(
          `  twcs split-half, tuned on ${keep ? 'odd' : 'even'} lines, scored on the other ${b.length}: angry+ ${f3(scored.angry)} · not calm ${f3(scored.notCalm)}`,
        );
        figures[`twcsParity${keep}Angry`] = scored.angry;
        figures[`twcsParity${keep}NotCalm`] = scored.notCalm;
      }
      sh = { angry: sh.angry + scored.angry / (2 * SPLITS), notCalm: sh.notCalm + scored.notCalm / (2 * SPLITS) };
    }
  }
  figures.twcsSplitAngry = sh.angry;
  figures.twcsSplitNotCalm = sh.notCalm;
  console.log(
    `twcs split-half (${SPLITS} splits, both ways each, mean): angry+ F1 ${f3(sh.angry)} · not calm ${f3(sh.notCalm)}`,
  );

  for (const s of slices) {
    const r = f1s(s.rows, readAll(s.rows), shipped);
    figures[`${s.writer}Angry`] = r.angry;
    figures[`${s.writer}NotCalm`] = r.notCalm;
    console.log(`${s.writer} dev slice (${s.rows.length}): angry+ F1 ${f3(r.angry)} · not calm ${f3(r.notCalm)}`);
  }

  if (options.goemotions) {
    const dev = readGoEmotions('dev');
    const reads = dev.map((r) => model.read(r.text).logits);
    const anger = splitHalfF1(
      reads.map((l) => l[0]!),
      Uint8Array.from(dev, (r) => (isAnger(r) ? 1 : 0)),
    );
    const cluster = splitHalfF1(
      reads.map((l) => l[1]!),
      Uint8Array.from(dev, (r) => (isCluster(r) ? 1 : 0)),
    );
    figures.goAnger = anger;
    figures.goCluster = cluster;
    console.log(`GoEmotions dev heads, split-half: anger F1 ${f3(anger)} · cluster ${f3(cluster)}`);
  }

  // The behaviour floors of model.test.ts (kept in step with FAMILY_FLOORS there).
  const FLOORS: ReadonlyArray<[AngerLevel, readonly string[]]> = [
    [
      'annoyed',
      ['Great job losing my bag again 🙄', 'thanks for nothing', 'Oh wonderful, another delay. Just what I needed.'],
    ],
    ['angry', ['You people are a joke.', 'What a joke of a company, absolute clowns.', 'Your support is pathetic.']],
    ['furious', ['CANCEL MY ACCOUNT NOW!!! WORST SERVICE EVER', 'I AM DONE WITH YOU, CANCEL EVERYTHING!!!']],
    ['annoyed', ['This is the third time I am contacting you about this.', 'Called again today, still not fixed.']],
    ['furious', ['Fuck you, you useless idiots!!!', 'You are all morons, fix my bill now!!']],
    ['calm', []],
  ];
  const missed: string[] = [];
  for (const [min, texts] of FLOORS) {
    for (const text of texts) {
      const s = model.score(text);
      if (!s.scored || rank(s.level) < rank(min)) missed.push(`${text} → ${s.level} ${s.anger?.toFixed(3)} (< ${min})`);
    }
  }
  for (const text of ['Thanks, that worked! Have a great day.', 'How do I change the email on my account?']) {
    const s = model.score(text);
    if (s.level !== 'calm') missed.push(`${text} → ${s.level} (not calm)`);
  }
  const hedged = model.score("It's a bit annoying, just wondering when the refund will land.");
  const plain = model.score('This is ridiculous, where is my refund?!');
  if (!(hedged.scored && plain.scored && hedged.anger < plain.anger)) missed.push('hedged reads above plain');
  figures.floorsMissed = missed.length;
  console.log(missed.length === 0 ? 'behaviour floors: all met' : `behaviour floors missed:\n  ${missed.join('\n  ')}`);
  if (options.json) writeFileSync(options.json, `${JSON.stringify(figures, null, 1)}\n`);
  return figures;
}
