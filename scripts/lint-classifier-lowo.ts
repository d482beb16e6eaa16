/**
 * Session 13: leave-one-writer-out figures of the lint classifier per label and per writer, from left-out caches
 * (scripts/lint-leftout-cache.ts; training parts only, never a check part or a decision set), one cache per feature
 * configuration. Each writer's rows are scored by a model trained without that writer, at thresholds and vetoes
 * chosen without that writer; the label gate (additions right ≥ minOutPrecision over all writers) and the veto gate
 * as in training. Prints, per label and configuration, the gate's additions and the label's pooled P / R with the
 * rules alone and with the classifier; picks each label's configuration as scripts/lint-feature-choice.ts does
 * (most right additions through the gate, then fewest wrong, then fewest features); and, with `--merge-out=FILE`,
 * writes the cache of that mix (each label's scores from its configuration's cache; labels train independently) for
 * `train-lint.ts --left-out=FILE --label-features=…`.
 *   `npx tsx scripts/lint-classifier-lowo.ts C0.json C3.json [--no-add=a,b] [--merge-out=FILE]`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { REPLY_LABELS, type ReplyLabel } from '../src/core/coach/labels.ts';
import type { LeftOutCache } from './lint-leftout-cache.ts';
import {
  chooseThresholds,
  chooseVetoes,
  DEFAULT_OPTIONS,
  DISABLED,
  type LeftOut,
  NO_VETO,
  type Prepared,
  type TrainingReply,
  type TrainOptions,
  writerOutAdditions,
  writerOutVetoes,
} from './lint/train.ts';

type Counts = { tp: number; fp: number; fn: number };
const prf = (c: Counts): { p: number; r: number; f1: number } => ({
  p: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
  r: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  f1: c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
});
const f = (x: number): string => x.toFixed(3);

interface Figures {
  features: number;
  /** Per label: gate additions right / wrong, whether it passes, veto right / wrong, whether the veto passes. */
  gate: Array<{ right: number; wrong: number; on: boolean; vRight: number; vWrong: number; vOn: boolean }>;
  /** Per label and writer: rules alone and rules + classifier counts (thresholds and vetoes chosen without it). */
  rules: Counts[][];
  system: Counts[][];
}

/** The cache as training's Prepared and LeftOut (no sentences, no models: thresholds and gates only). */
function fromCache(cache: LeftOutCache): { prepared: Prepared; left: LeftOut } {
  const rows = cache.rows as unknown as TrainingReply[];
  const prepared: Prepared = {
    rows,
    labels: cache.labels,
    sentences: [],
    ruled: cache.rows.map((r) => new Set(r.ruled)),
    spanMisses: 0,
  };
  const left: LeftOut = {
    scores: cache.labels.map((_, l) => Float64Array.from(cache.rows, (r) => r.scores[l] ?? 0)),
    mayAdd: cache.labels.map((_, l) => Uint8Array.from(cache.rows, (r) => r.mayAdd[l] ?? 0)),
    fold: Int32Array.from(cache.rows, (r) => r.fold),
    foldNames: cache.foldNames,
    models: [],
  };
  return { prepared, left };
}

function lowoFigures(cache: LeftOutCache, options: TrainOptions): Figures {
  const { prepared, left } = fromCache(cache);
  const labels = cache.labels;
  const out = writerOutAdditions(prepared, left, options);
  const vOut = writerOutVetoes(prepared, left, options);
  const gate = labels.map((label, l) => {
    const right = out.right[l] ?? 0;
    const wrong = out.wrong[l] ?? 0;
    const vRight = vOut.right[l] ?? 0;
    const vWrong = vOut.wrong[l] ?? 0;
    return {
      right,
      wrong,
      on:
        right >= options.minOutAdded &&
        right / Math.max(1, right + wrong) >= options.minOutPrecision &&
        !options.noAdd.includes(label),
      vRight,
      vWrong,
      vOn: vRight >= options.minOutVetoed && vRight / Math.max(1, vRight + vWrong) >= options.minOutVetoPrecision,
    };
  });
  const writers = left.foldNames.length;
  const zero = (): Counts[][] => labels.map(() => Array.from({ length: writers }, () => ({ tp: 0, fp: 0, fn: 0 })));
  const rules = zero();
  const system = zero();
  for (let k = 0; k < writers; k++) {
    const cuts = chooseThresholds(prepared, left, options, new Set([k]));
    const vetoes = chooseVetoes(prepared, left, options, new Set([k]));
    prepared.rows.forEach((row, i) => {
      if (left.fold[i] !== k) return;
      labels.forEach((label, l) => {
        if (row.unlabelled?.includes(label)) return;
        const gold = row.labels.includes(label);
        const ruled = prepared.ruled[i]?.has(label) ?? false;
        const score = left.scores[l]?.[i] ?? 0;
        const g = gate[l];
        const vetoed = ruled && g?.vOn === true && (vetoes[l] ?? NO_VETO) !== NO_VETO && score < (vetoes[l] ?? 0);
        const added =
          !ruled &&
          g?.on === true &&
          (cuts[l] ?? DISABLED) !== DISABLED &&
          left.mayAdd[l]?.[i] === 1 &&
          score > (cuts[l] ?? 0);
        const said = (ruled && !vetoed) || added;
        const tally = (c: Counts, p: boolean): void => {
          if (p && gold) c.tp++;
          else if (p) c.fp++;
          else if (gold) c.fn++;
        };
        tally((rules[l] as Counts[])[k] as Counts, ruled);
        tally((system[l] as Counts[])[k] as Counts, said);
      });
    });
  }
  return { features: cache.options.features, gate, rules, system };
}

const sum = (cs: readonly Counts[]): Counts =>
  cs.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });

if (import.meta.url === `file://${process.argv[1]}`) {
  const inputs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const noAddArg = process.argv.find((a) => a.startsWith('--no-add='))?.slice(9);
  const caches = inputs.map((file) => JSON.parse(readFileSync(file, 'utf8')) as LeftOutCache);
  const first = caches[0];
  if (first === undefined) throw new Error('usage: lint-classifier-lowo.ts C0.json [C3.json …] [--merge-out=FILE]');
  const options: TrainOptions = {
    ...DEFAULT_OPTIONS,
    ...(noAddArg === undefined ? {} : { noAdd: noAddArg.split(',').filter((l) => l !== '') as ReplyLabel[] }),
  };
  const runs = caches.map((c) => lowoFigures(c, options));
  const labels = first.labels;
  console.log(`writers (folds): ${first.foldNames.join(', ')}; ${first.rows.length} rows; noAdd ${options.noAdd}`);
  console.log('label: per configuration gate adds right/all [vetoes] | LOWO P/R rules → with classifier → chosen');
  const choice: Partial<Record<ReplyLabel, number>> = {};
  const pick: number[] = [];
  labels.forEach((label, l) => {
    let best = 0;
    runs.forEach((run, k) => {
      const a = run.gate[l];
      const b = runs[best]?.gate[l];
      if (a === undefined || b === undefined) return;
      const score = (g: typeof a): number => (g.on ? g.right * 1000 - g.wrong : -1);
      if (score(a) > score(b) || (score(a) === score(b) && run.features < (runs[best]?.features ?? 0))) best = k;
    });
    pick.push(best);
    const chosen = runs[best]?.features ?? 0;
    if (chosen !== 0 && runs[best]?.gate[l]?.on) choice[label] = chosen;
    const cells = runs.map((run) => {
      const g = run.gate[l];
      const [r, s] = [prf(sum(run.rules[l] ?? [])), prf(sum(run.system[l] ?? []))];
      return `f${run.features} ${g?.right}/${(g?.right ?? 0) + (g?.wrong ?? 0)}${g?.on ? '' : ' off'} [v ${g?.vRight}/${(g?.vRight ?? 0) + (g?.vWrong ?? 0)}${g?.vOn ? '' : ' off'}] P ${f(r.p)}→${f(s.p)} R ${f(r.r)}→${f(s.r)}`;
    });
    const anti = REPLY_LABELS[label].polarity === 'anti' ? '*' : ' ';
    console.log(`${anti} ${label.padEnd(28)} ${cells.join(' | ')} → f${chosen}`);
  });
  // The chosen mix, per writer (micro over the labels) and per anti-pattern.
  const mixRules = labels.map((_, l) => runs[pick[l] ?? 0]?.rules[l] ?? []);
  const mixSystem = labels.map((_, l) => runs[pick[l] ?? 0]?.system[l] ?? []);
  console.log('per writer (LOWO, the chosen mix): micro-F1 rules → rules + classifier');
  const all = { r: [] as Counts[], s: [] as Counts[] };
  first.foldNames.forEach((name, k) => {
    const r = sum(mixRules.map((w) => w[k] as Counts));
    const s = sum(mixSystem.map((w) => w[k] as Counts));
    all.r.push(r);
    all.s.push(s);
    const [a, b] = [prf(r), prf(s)];
    console.log(
      `  ${name.padEnd(9)} ${f(a.f1)} (P ${f(a.p)} R ${f(a.r)}) → ${f(b.f1)} (P ${f(b.p)} R ${f(b.r)}); +${s.tp - r.tp} tp ${s.fp - r.fp >= 0 ? '+' : ''}${s.fp - r.fp} fp`,
    );
  });
  const [A, B] = [prf(sum(all.r)), prf(sum(all.s))];
  console.log(`  pooled    ${f(A.f1)} (P ${f(A.p)} R ${f(A.r)}) → ${f(B.f1)} (P ${f(B.p)} R ${f(B.r)})`);
  console.log(`labelFeatures: ${JSON.stringify(choice)}`);
  const mergeOut = process.argv.find((a) => a.startsWith('--merge-out='))?.slice(12);
  if (mergeOut !== undefined) {
    const merged: LeftOutCache = {
      ...first,
      options: { ...first.options, features: 0, labelFeatures: choice },
      rows: first.rows.map((row, i) => ({
        ...row,
        scores: labels.map((_, l) => caches[pick[l] ?? 0]?.rows[i]?.scores[l] ?? 0),
        mayAdd: labels.map((_, l) => caches[pick[l] ?? 0]?.rows[i]?.mayAdd[l] ?? 0),
      })),
    };
    writeFileSync(mergeOut, JSON.stringify(merged));
    console.log(`wrote ${mergeOut}`);
  }
}
