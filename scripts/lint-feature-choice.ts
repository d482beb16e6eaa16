/**
 * Picks each label's feature families for the lint classifier from leave-one-writer-out on the training parts only
 * (scripts/lint/corpus.ts; never a check part or a decision set): per configuration (features.ts flags for every
 * label), the label gate's additions when each writer is scored at thresholds chosen without that writer. Labels train
 * independently, so a label's figures under one configuration are its figures in any mix.
 *   `npx tsx scripts/lint-feature-choice.ts --config=3 --save=OUT.json` one configuration's per-label gate figures;
 *   `npx tsx scripts/lint-feature-choice.ts A.json B.json …` the choice: per label, among the configurations whose
 *   gate passes (≥ minOutAdded right, ≥ minOutPrecision right), the most right additions, then the fewest wrong, then
 *   the fewest features (flags 0 < 1 < 2 < 3); a label no configuration passes keeps the base features (it is off).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReplyLabel } from '../src/core/coach/labels.ts';
import { writerSets } from './lint/corpus.ts';
import { DEFAULT_OPTIONS, leftOutScores, prepare, type TrainOptions, writerOutAdditions } from './lint/train.ts';

export interface ConfigFigures {
  features: number;
  labels: ReplyLabel[];
  right: number[];
  wrong: number[];
}

/** Each label's gate figures with `features` for every label. */
export function configFigures(options: TrainOptions): ConfigFigures {
  const rows = writerSets().flatMap((s) => s.train);
  const prepared = prepare(rows, options);
  const left = leftOutScores(prepared, options);
  const out = writerOutAdditions(prepared, left, options);
  return {
    features: options.features,
    labels: [...prepared.labels],
    right: Array.from(out.right),
    wrong: Array.from(out.wrong),
  };
}

const passes = (r: number, w: number, options: TrainOptions): boolean =>
  r >= options.minOutAdded && r / Math.max(1, r + w) >= options.minOutPrecision;

/** Per label, the configuration chosen (see the file's comment) and the lines that show why. */
export function chooseFeatures(
  runs: readonly ConfigFigures[],
  options: TrainOptions = DEFAULT_OPTIONS,
): { labelFeatures: Partial<Record<ReplyLabel, number>>; lines: string[]; right: number; wrong: number } {
  const labelFeatures: Partial<Record<ReplyLabel, number>> = {};
  const lines: string[] = [`label: ${runs.map((r) => `features ${r.features}`).join(' | ')} → chosen`];
  let right = 0;
  let wrong = 0;
  const first = runs[0];
  if (first === undefined) return { labelFeatures, lines, right, wrong };
  first.labels.forEach((label) => {
    let best: { features: number; r: number; w: number } | null = null;
    const cells = runs.map((run) => {
      const l = run.labels.indexOf(label);
      const r = run.right[l] ?? 0;
      const w = run.wrong[l] ?? 0;
      const ok = passes(r, w, options);
      if (
        ok &&
        (best === null ||
          r > best.r ||
          (r === best.r && w < best.w) ||
          (r === best.r && w === best.w && run.features < best.features))
      )
        best = { features: run.features, r, w };
      return `${r}/${r + w}${ok ? '' : ' off'}`;
    });
    const chosen = best as { features: number; r: number; w: number } | null;
    if (chosen !== null) {
      right += chosen.r;
      wrong += chosen.w;
      if (chosen.features !== 0) labelFeatures[label] = chosen.features;
    }
    lines.push(`${label.padEnd(28)} ${cells.join(' | ')} → ${chosen === null ? 'off' : `features ${chosen.features}`}`);
  });
  lines.push(`through the gate: ${right} right / ${wrong} wrong`);
  return { labelFeatures, lines, right, wrong };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = process.argv.find((a) => a.startsWith('--config='));
  if (config !== undefined) {
    const started = process.cpuUsage();
    const figures = configFigures({ ...DEFAULT_OPTIONS, features: Number(config.slice(9)) });
    const cpu = process.cpuUsage(started);
    const save = process.argv.find((a) => a.startsWith('--save='))?.slice(7);
    console.log(
      figures.labels
        .map((l, i) => `${l} ${figures.right[i]}/${(figures.right[i] ?? 0) + (figures.wrong[i] ?? 0)}`)
        .join(', '),
    );
    console.log(`${((cpu.user + cpu.system) / 1e6).toFixed(0)} CPU-s`);
    if (save !== undefined) writeFileSync(save, `${JSON.stringify(figures)}\n`);
  } else {
    const runs = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')) as ConfigFigures);
    const { labelFeatures, lines } = chooseFeatures(runs);
    console.log(lines.join('\n'));
    console.log(`labelFeatures: ${JSON.stringify(labelFeatures)}`);
  }
}
