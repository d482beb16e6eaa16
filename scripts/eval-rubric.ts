/**
 * `npx tsx scripts/eval-rubric.ts`: QA rubric agreement per principle on the pooled tuned-on conversation sets, and,
 * printed apart, on the writer-Z check part (ids ≡ 0 mod 5, scored but never studied: its misses are never listed).
 *
 * Default pool: ../shared/data/conversations/dev.json, rounds 1–3 (eval/never-tuned/conversations.json, round2/,
 * round3/; tuned-on since session 6), round 9 (round9/, tuned-on since session 12), round 10 (round10/, tuned-on since session 13), corpus/conversations/writer-v.json, and writer-z.json and writer-q.json (session
 * 10) ids not ≡ 0 mod 5. `--check` scores the two check parts (ids ≡ 0 mod 5) apart, each on its own and pooled.
 * Instead of the defaults: `--conversations <file>` (repeatable) with `--ids-mod M:R` (keep ids ≡ R mod M) or
 * `--ids-not-mod M:R` (keep the rest), applied to every file given. `--verbose` lists the misses of the tuned-on pool;
 * `--json <file>` writes the per-principle counts (for before → after tables). Never-tuned rounds 4–8 and 11 on are refused.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUBRIC_IDS } from '../src/core/qa/rubric.ts';
import { evaluateQa, type QaRow } from './eval-qa.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const valuesOf = (flag: string): string[] => args.flatMap((a, i) => (a === flag && args[i + 1] ? [args[i + 1]!] : []));

interface Filter {
  mod: number;
  rest: number;
  keep: boolean;
}
const parseFilter = (text: string | undefined, keep: boolean): Filter | undefined => {
  if (text === undefined) return undefined;
  const m = /^(\d+):(\d+)$/.exec(text);
  if (!m) {
    console.error(`eval-rubric: expected M:R, got ${text}`);
    process.exit(2);
  }
  return { mod: Number(m[1]), rest: Number(m[2]), keep };
};
const idNumber = (id: string): number => Number(/(\d+)\s*$/.exec(id)?.[1] ?? Number.NaN);
const passes = (id: string, f: Filter | undefined): boolean =>
  f === undefined || (idNumber(id) % f.mod === f.rest) === f.keep;

interface Part {
  label: string;
  path: string;
  filter?: Filter | undefined;
}
const CHECK_PART: Filter = { mod: 5, rest: 0, keep: true };
const TUNED_PART: Filter = { mod: 5, rest: 0, keep: false };
const writerZ = resolve(root, 'corpus/conversations/writer-z.json');
const writerQ = resolve(root, 'corpus/conversations/writer-q.json');
const CHECKED = [writerZ, writerQ];

const given = valuesOf('--conversations');
const filter = parseFilter(valuesOf('--ids-mod')[0], true) ?? parseFilter(valuesOf('--ids-not-mod')[0], false);
const pool: Part[] =
  given.length > 0
    ? given.map((p) => ({ label: p, path: resolve(p), filter }))
    : [
        { label: 'dev', path: resolve(root, '../shared/data/conversations/dev.json') },
        { label: 'round 1', path: resolve(root, 'eval/never-tuned/conversations.json') },
        { label: 'round 2', path: resolve(root, 'eval/never-tuned/round2/conversations.json') },
        { label: 'round 3', path: resolve(root, 'eval/never-tuned/round3/conversations.json') },
        { label: 'round 9', path: resolve(root, 'eval/never-tuned/round9/conversations.json') },
        { label: 'round 10', path: resolve(root, 'eval/never-tuned/round10/conversations.json') },
        { label: 'writer-v', path: resolve(root, 'corpus/conversations/writer-v.json') },
        { label: 'writer-z tuned (ids ≢ 0 mod 5)', path: writerZ, filter: TUNED_PART },
        { label: 'writer-q tuned (ids ≢ 0 mod 5)', path: writerQ, filter: TUNED_PART },
      ];
for (const part of pool) {
  const check = CHECKED.includes(part.path) && (part.filter === undefined || part.filter.keep);
  if (verbose && check) {
    console.error("eval-rubric: --verbose would list a writer's check part's misses; they are never studied");
    process.exit(2);
  }
  if (/never-tuned\/(?:round(?:[4-8]|1[1-9]|[2-9]\d)|anger)/.test(part.path)) {
    console.error(`eval-rubric: ${part.path} is a never-tuned set; only the lead scores it, with npm run eval`);
    process.exit(2);
  }
}

type Raw = Array<{ id: string; expected: Parameters<typeof evaluateQa>[0][number]['expected'] }>;
const load = (part: Part): Raw | undefined => {
  if (!existsSync(part.path)) {
    console.log(`missing: ${part.path} (${part.label} left out)`);
    return undefined;
  }
  return (JSON.parse(readFileSync(part.path, 'utf8')) as Raw).filter((c) => passes(c.id, part.filter));
};

const pct = (a: number, t: number): string => (t === 0 ? '  —  ' : `${((a / t) * 100).toFixed(1)} %`);
const rubricTotal = (rows: readonly QaRow[]): [number, number] => {
  const r = rows.filter((row) => (RUBRIC_IDS as readonly string[]).includes(row.name));
  return [r.reduce((s, x) => s + x.agree, 0), r.reduce((s, x) => s + x.total, 0)];
};

function report(title: string, parts: readonly Part[], listMisses: boolean): Record<string, [number, number]> {
  console.log(`\n${title}`);
  const all: Raw = [];
  for (const part of parts) {
    const raw = load(part);
    if (!raw || raw.length === 0) continue;
    const [a, t] = rubricTotal(evaluateQa(raw).rows);
    console.log(`  ${part.label.padEnd(34)} ${String(raw.length).padStart(3)} conversations  ${pct(a, t)}`);
    all.push(...raw);
  }
  const counts: Record<string, [number, number]> = {};
  if (all.length === 0) return counts;
  const { rows } = evaluateQa(all);
  for (const row of rows) {
    counts[row.name] = [row.agree, row.total];
    console.log(`  ${row.name.padEnd(18)} ${row.agree}/${row.total}  ${pct(row.agree, row.total)}`);
    if (listMisses) for (const miss of row.misses) console.log(`      ${miss}`);
  }
  const [a, t] = rubricTotal(rows);
  counts.rubric = [a, t];
  console.log(`  rubric agreement (12 principles × ${all.length} conversations): ${a}/${t}  ${pct(a, t)}`);
  return counts;
}

const out: Record<string, Record<string, [number, number]>> = {};
out.pool = report(
  given.length > 0 ? 'QA rubric agreement on the given conversations' : 'QA rubric agreement, tuned-on pool',
  pool,
  verbose,
);
if (given.length === 0 && args.includes('--check')) {
  out.check = report(
    'QA rubric agreement, writer-z check part (ids ≡ 0 mod 5; scored, never studied)',
    [{ label: 'writer-z check', path: writerZ, filter: CHECK_PART }],
    false,
  );
  if (existsSync(writerQ))
    out.checkQ = report(
      'QA rubric agreement, writer-q check part (ids ≡ 0 mod 5; scored, never studied)',
      [{ label: 'writer-q check', path: writerQ, filter: CHECK_PART }],
      false,
    );
}
const json = valuesOf('--json')[0];
if (json) writeFileSync(json, `${JSON.stringify(out, null, 1)}\n`);
