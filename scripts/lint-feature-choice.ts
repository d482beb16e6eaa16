/**
 * Picks each label's feature families for the lint classifier from leave-one-writer-out on the training parts only
 * (scripts/lint/corpus.ts; never a check part or a decision set): per configuration (features.ts flags for every
 * label), the label gate's additions when each writer is scored at thresholds chosen without that writer. Labels train
 * independently, so a label's figures under one configuration are its figures in any mix.
 *   `npx tsx scripts/lint-feature-choice.ts --config=3 --save=OUT.json [--file-out=W.json]` one configuration's
 *   per-label gate figures, and the weights `npm run train:lint` would write with it for every label;
 *   `npx tsx scripts/lint-feature-choice.ts A.json B.json … [--merge-out=W.json]` the choice: per label, among the
 *   configurations whose gate passes (≥ minOutAdded right, ≥ minOutPrecision right), the most right additions, then
 *   the fewest wrong, then the fewest features (flags 0 < 1 < 2 < 3); a label no configuration passes keeps the base
 *   features (it is off). With --merge-out, the candidate: each label's weights from its configuration's file (labels
 *   train independently, so this is `train-lint --label-features=<choice>` without a third training run).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ReplyLabel } from '../src/core/coach/labels.ts';
import { writerSets } from './lint/corpus.ts';
import type { LintClassifierFile } from '../src/core/coach/lint/classifier/classifier.ts';
import { mergeFiles } from './lint/merge.ts';
import { DEFAULT_OPTIONS, type TrainOptions, trainLintClassifier } from './lint/train.ts';

export interface ConfigFigures {
  features: number;
  labels: ReplyLabel[];
  right: number[];
  wrong: number[];
}

/** Each label's gate figures with `features` for every label, and the file trained with it (training parts only). */
export function configFigures(options: TrainOptions): { figures: ConfigFigures; file: LintClassifierFile } {
  const rows = writerSets().flatMap((s) => s.train);
  const { out, file } = trainLintClassifier(rows, options);
  return {
    figures: {
      features: options.features,
      labels: [...options.labels],
      right: Array.from(out.right),
      wrong: Array.from(out.wrong),
    },
    file,
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
    const { figures, file } = configFigures({ ...DEFAULT_OPTIONS, features: Number(config.slice(9)) });
    const fileOut = process.argv.find((a) => a.startsWith('--file-out='))?.slice(11);
    if (fileOut !== undefined) writeFileSync(fileOut, `${JSON.stringify(file)}\n`);
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
    const inputs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
    const runs = inputs.map((f) => JSON.parse(readFileSync(f, 'utf8')) as ConfigFigures);
    const { labelFeatures, lines } = chooseFeatures(runs);
    console.log(lines.join('\n'));
    console.log(`labelFeatures: ${JSON.stringify(labelFeatures)}`);
    const mergeOut = process.argv.find((a) => a.startsWith('--merge-out='))?.slice(12);
    if (mergeOut !== undefined) {
      // Each run's weights file sits beside its figures: FIGURES.json → FIGURES.weights.json.
      const files = inputs.map(
        (f) => JSON.parse(readFileSync(f.replace(/\.json$/, '.weights.json'), 'utf8')) as LintClassifierFile,
      );
      const pick = new Map<ReplyLabel, number>();
      runs.forEach((run, k) => {
        for (const label of files[k]?.labels ?? [])
          if ((labelFeatures[label as ReplyLabel] ?? 0) === run.features) pick.set(label as ReplyLabel, k);
      });
      writeFileSync(mergeOut, `${JSON.stringify(mergeFiles(files, pick))}\n`);
      console.log(`wrote ${mergeOut}: ${[...pick].map(([l, k]) => `${l} (features ${runs[k]?.features})`).join(', ')}`);
    }
  }
}
