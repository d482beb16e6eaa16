/**
 * Leave-one-writer-out study of the lint classifier's additions and vetoes from cached left-out scores
 * (scripts/lint-leftout-cache.ts; training parts only, never a check part): each writer is scored at thresholds and
 * vetoes chosen without it, the gates applied as training applies them.
 *   `npx tsx scripts/lint-veto-study.ts CACHE.json [--json=option overrides] [--per-writer]`
 */
import { readFileSync } from 'node:fs';
import type { LeftOutCache } from './lint-leftout-cache.ts';
import { REPLY_LABELS, type ReplyLabel } from '../src/core/coach/labels.ts';
import {
  chooseThresholds,
  chooseVetoes,
  DEFAULT_OPTIONS,
  DISABLED,
  type LeftOut,
  NO_VETO,
  type Prepared,
  type TrainOptions,
  writerOutAdditions,
  writerOutVetoes,
} from './lint/train.ts';

type Cache = LeftOutCache;

/** The cached scores as training's Prepared and LeftOut (no sentences or models: only what the choices read). */
export function fromCache(cache: Cache): { prepared: Prepared; left: LeftOut } {
  const { rows, labels } = cache;
  const prepared = {
    rows: rows.map((r) => ({ reply: '', labels: r.labels, unlabelled: r.unlabelled, writer: r.writer })),
    labels,
    sentences: [],
    ruled: rows.map((r) => new Set(r.ruled)),
    spanMisses: 0,
  } as Prepared;
  const left = {
    scores: labels.map((_, l) => Float64Array.from(rows, (r) => r.scores[l] ?? 0)),
    mayAdd: labels.map((_, l) => Uint8Array.from(rows, (r) => r.mayAdd[l] ?? 0)),
    fold: Int32Array.from(rows, (r) => r.fold),
    foldNames: cache.foldNames,
    models: [],
  } as LeftOut;
  return { prepared, left };
}

type Counts = { tp: number; fp: number; fn: number };
const f3 = (x: number): string => x.toFixed(3);
const prf = (c: Counts): string => {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return `${f3((2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn))} (P ${f3(p)} R ${f3(r)})`;
};

/** Per writer left out: rules, rules + additions, rules + additions + vetoes; pooled per label. */
export function study(cache: Cache, options: TrainOptions, perWriter = false): string {
  const { prepared, left } = fromCache(cache);
  const labels = prepared.labels;
  const lines: string[] = [];
  const out = writerOutAdditions(prepared, left, options);
  const vout = writerOutVetoes(prepared, left, options);
  const addOff = labels.map((_, l) => {
    const r = out.right[l] ?? 0;
    const w = out.wrong[l] ?? 0;
    return (
      r < options.minOutAdded ||
      r / Math.max(1, r + w) < options.minOutPrecision ||
      options.noAdd.includes(labels[l] as ReplyLabel)
    );
  });
  const vetoOff = labels.map((_, l) => {
    const r = vout.right[l] ?? 0;
    const w = vout.wrong[l] ?? 0;
    return r < options.minOutVetoed || r / Math.max(1, r + w) < options.minOutVetoPrecision;
  });
  lines.push(
    `additions gate: ${labels.map((label, l) => `${label} ${out.right[l]}/${(out.right[l] ?? 0) + (out.wrong[l] ?? 0)}${addOff[l] ? ' off' : ''}`).join(', ')}`,
  );
  lines.push(
    `veto gate (alarms dropped/all dropped): ${labels
      .filter((label) => options.vetoLabels.includes(label))
      .map((label) => {
        const l = labels.indexOf(label);
        return `${label} ${vout.right[l]}/${(vout.right[l] ?? 0) + (vout.wrong[l] ?? 0)}${vetoOff[l] ? ' off' : ''}`;
      })
      .join(', ')}`,
  );
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const pooled = labels.map(() => ({ rules: zero(), adds: zero(), both: zero() }));
  const writerLines: string[] = [];
  cache.foldNames.forEach((name, k) => {
    const t = chooseThresholds(prepared, left, options, new Set([k])).map((x, l) => (addOff[l] ? DISABLED : x));
    const v = chooseVetoes(prepared, left, options, new Set([k])).map((x, l) => (vetoOff[l] ? NO_VETO : x));
    const w = { rules: zero(), adds: zero(), both: zero() };
    let vr = 0;
    let vw = 0;
    prepared.rows.forEach((row, i) => {
      if (left.fold[i] !== k) return;
      labels.forEach((label, l) => {
        if (row.unlabelled?.includes(label)) return;
        const gold = row.labels.includes(label);
        const ruled = prepared.ruled[i]?.has(label) ?? false;
        const score = left.scores[l]?.[i] ?? 0;
        const added = !ruled && left.mayAdd[l]?.[i] === 1 && score > (t[l] ?? DISABLED);
        const vetoed = ruled && score < (v[l] ?? NO_VETO);
        if (vetoed) gold ? vw++ : vr++;
        const tally = (c: Counts, got: boolean): void => {
          if (got && gold) c.tp++;
          else if (got) c.fp++;
          else if (gold) c.fn++;
        };
        const p = pooled[l] as (typeof pooled)[number];
        for (const [c, got] of [
          [p.rules, ruled],
          [p.adds, ruled || added],
          [p.both, (ruled && !vetoed) || added],
          [w.rules, ruled],
          [w.adds, ruled || added],
          [w.both, (ruled && !vetoed) || added],
        ] as Array<[Counts, boolean]>)
          tally(c, got);
      });
    });
    writerLines.push(
      `${name.padEnd(9)} rules ${prf(w.rules)} → +adds ${prf(w.adds)} → +vetoes ${prf(w.both)}; vetoes ${vr} right ${vw} wrong`,
    );
  });
  lines.push(...writerLines);
  const micro = (key: 'rules' | 'adds' | 'both'): Counts =>
    pooled.reduce((s, p) => ({ tp: s.tp + p[key].tp, fp: s.fp + p[key].fp, fn: s.fn + p[key].fn }), zero());
  lines.push(`pooled: rules ${prf(micro('rules'))} → +adds ${prf(micro('adds'))} → +vetoes ${prf(micro('both'))}`);
  if (perWriter)
    labels.forEach((label, l) => {
      const p = pooled[l] as (typeof pooled)[number];
      lines.push(
        `${REPLY_LABELS[label].polarity === 'anti' ? '*' : ' '} ${label.padEnd(28)} ${prf(p.rules)} → ${prf(p.adds)} → ${prf(p.both)}`,
      );
    });
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (file === undefined) throw new Error('usage: lint-veto-study.ts CACHE.json [--json=…]');
  const cache = JSON.parse(readFileSync(file, 'utf8')) as Cache;
  const json = process.argv.find((a) => a.startsWith('--json='));
  const options: TrainOptions = { ...DEFAULT_OPTIONS, ...(json ? JSON.parse(json.slice(7)) : {}) };
  console.log(study(cache, options, process.argv.includes('--per-writer')));
}
