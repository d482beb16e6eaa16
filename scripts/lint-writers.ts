/**
 * Leave-one-writer-out figures of the lint classifier on the training parts only (never the check parts): each writer
 * is scored by a model trained on the other writers, at thresholds chosen on the other writers' left-out scores.
 * `npx tsx scripts/lint-writers.ts [--json=option overrides]`
 */
import { REPLY_LABELS, type ReplyLabel } from '../src/core/coach/labels.ts';
import type { LintClassifier } from '../src/core/coach/lint/classifier/classifier.ts';
import { type LinterEvaluation, evaluateLinter } from './eval-lint.ts';
import { type WriterSet, writerSets } from './lint/corpus.ts';
import {
  chooseThresholds,
  DEFAULT_OPTIONS,
  DISABLED,
  type LeftOut,
  leftOutScores,
  type Prepared,
  prepare,
  type TrainOptions,
  writerOutAdditions,
} from './lint/train.ts';

const STILL_WRITING = ['writer-w', 'writer-x'];

export interface WriterFigures {
  writer: string;
  rules: LinterEvaluation;
  combined: LinterEvaluation;
}

/** Per writer, rules alone against rules + a classifier that never saw that writer (thresholds included). */
export function leaveOneWriterOut(
  options: TrainOptions,
  maxId = Number.POSITIVE_INFINITY,
  variants: ReadonlyArray<Partial<TrainOptions>> = [{}],
  reuse?: { sets: readonly WriterSet[]; prepared: Prepared; left: LeftOut },
): { figures: WriterFigures[]; text: string } {
  const idNumber = (id: string): number => Number(/(\d+)\s*$/.exec(id)?.[1] ?? Number.NaN);
  const sets =
    reuse?.sets ??
    writerSets().map((s) => ({
      ...s,
      // `maxId` caps the writers still being written (W and X in session 8), so runs compare on the same rows.
      train: s.train.filter((r) => !STILL_WRITING.includes(s.writer) || idNumber(r.id) <= maxId),
    }));
  const rows = sets.flatMap((s) => s.train);
  const prepared = reuse?.prepared ?? prepare(rows, options);
  const left = reuse?.left ?? leftOutScores(prepared, options);
  const figures: WriterFigures[] = [];
  const lines: string[] = [`span misses: ${prepared.spanMisses} rows`];
  for (const variant of variants) {
    const opts = { ...options, ...variant };
    // The label gate as training applies it (chosen on these same left-out additions, so the figures below are
    // optimistic for the gated labels; the check set is the honest test).
    const out = writerOutAdditions(prepared, left, opts);
    const gated = prepared.labels.map((_, l) => {
      const r = out.right[l] ?? 0;
      const w = out.wrong[l] ?? 0;
      return r < opts.minOutAdded || r / (r + w) < opts.minOutPrecision;
    });
    lines.push(
      `gate: ${prepared.labels.map((label, l) => `${label} ${out.right[l]}/${(out.right[l] ?? 0) + (out.wrong[l] ?? 0)}${gated[l] ? ' off' : ''}`).join(', ')}`,
    );
    lines.push(`--- thresholds ${JSON.stringify(variant)}`);
    const f = (x: number): string => x.toFixed(3);
    const pooled = new Map<string, { tp0: number; fp0: number; fn0: number; tp: number; fp: number }>();
    let addRight = 0;
    let addWrong = 0;
    for (const set of sets) {
      const k = left.foldNames.indexOf(set.writer);
      const thresholds = chooseThresholds(prepared, left, opts, new Set([k])).map((t, l) => (gated[l] ? DISABLED : t));
      const model = left.models[k] as LintClassifier;
      const classifier: LintClassifier = { ...model, thresholds };
      const rules = evaluateLinter(set.train, null, set.labels);
      const combined = evaluateLinter(set.train, classifier, set.labels);
      figures.push({ writer: set.writer, rules, combined });
      const at = combined.micro.tp - rules.micro.tp;
      const aw = combined.micro.fp - rules.micro.fp;
      addRight += at;
      addWrong += aw;
      lines.push(
        `${set.writer.padEnd(9)} ${String(set.train.length).padStart(5)}: rules ${f(rules.micro.f1)} (P ${f(rules.micro.precision)} R ${f(rules.micro.recall)}) → +clf ${f(combined.micro.f1)} (P ${f(combined.micro.precision)} R ${f(combined.micro.recall)}); adds ${at} right ${aw} wrong`,
      );
      for (const label of set.labels) {
        const a = rules.perLabel[label];
        const b = combined.perLabel[label];
        const p = pooled.get(label) ?? { tp0: 0, fp0: 0, fn0: 0, tp: 0, fp: 0 };
        p.tp0 += a.tp;
        p.fp0 += a.fp;
        p.fn0 += a.fn;
        p.tp += b.tp;
        p.fp += b.fp;
        pooled.set(label, p);
      }
    }
    lines.push(
      `all writers: adds ${addRight} right ${addWrong} wrong (${f(addRight / Math.max(1, addRight + addWrong))})`,
    );
    lines.push('pooled over the writers, every label (rules alone → with it; * anti-pattern):');
    for (const [label, p] of pooled) {
      const pr = (tp: number, fp: number): string => f(tp / Math.max(1, tp + fp));
      const gold = p.tp0 + p.fn0;
      lines.push(
        `${REPLY_LABELS[label as ReplyLabel].polarity === 'anti' ? '*' : ' '} ${label.padEnd(28)} TP ${p.tp0}→${p.tp} FP ${p.fp0}→${p.fp}  P ${pr(p.tp0, p.fp0)}→${pr(p.tp, p.fp)}  R ${f(p.tp0 / gold)}→${f(p.tp / gold)}`,
      );
    }
  }
  return { figures, text: lines.join('\n') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = process.argv.find((a) => a.startsWith('--json='));
  const options: TrainOptions = { ...DEFAULT_OPTIONS, ...(json ? JSON.parse(json.slice(7)) : {}) };
  const max = process.argv.find((a) => a.startsWith('--max-id='));
  const started = process.cpuUsage();
  const variants = process.argv.find((a) => a.startsWith('--variants='));
  const { text } = leaveOneWriterOut(
    options,
    max ? Number(max.slice(9)) : Number.POSITIVE_INFINITY,
    variants ? JSON.parse(variants.slice(11)) : [{}],
  );
  console.log(text);
  const cpu = process.cpuUsage(started);
  console.log(`${((cpu.user + cpu.system) / 1e6).toFixed(0)} CPU-s`);
}
