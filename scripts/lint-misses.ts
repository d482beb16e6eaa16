/**
 * Lists the linter's misses on one TUNED-ON reply file, per label: false negatives and false positives with the reply
 * (and the spans the linter found, for a false positive). For studying tuned-on sets only (dev, the blind even half,
 * rounds 1–3 and 9, writer R's 2b part); never pass a never-tuned round or a held-out part.
 * `--even` keeps the even ids (the blind set's tuned-on half), `--tuned-part` the ids not ≡ 3 mod 4 (writer R's 2b part).
 * `npx tsx scripts/lint-misses.ts <file.jsonl> [--label=LABEL] [--fp|--fn] [--even|--tuned-part]`
 */
import { REPLY_LABEL_NAMES, type ReplyLabel } from '../src/core/coach/labels.ts';
import { SHIPPED_CLASSIFIER } from '../src/core/coach/lint/classifier/shipped.ts';
import { lint } from '../src/core/coach/lint/index.ts';
import { readLabelledReplies } from './eval-lint.ts';

const file = process.argv[2];
if (file === undefined || /round(?:[4-8]|10)\b|never-tuned\/(?:anger|support-round4|twcs-anger2)/.test(file)) {
  console.error('lint-misses: give a tuned-on reply file (never a never-tuned round)');
  process.exit(2);
}
const labelArg = process.argv.find((a) => a.startsWith('--label='))?.slice(8);
const only = process.argv.includes('--fp') ? 'fp' : process.argv.includes('--fn') ? 'fn' : 'both';
const even = process.argv.includes('--even');
const idNumber = (id: string): number => Number(/(\d+)\s*$/.exec(id)?.[1] ?? Number.NaN);

let rows = readLabelledReplies(file);
if (even) rows = rows.filter((r) => idNumber(r.id) % 2 === 0);
if (process.argv.includes('--tuned-part')) rows = rows.filter((r) => idNumber(r.id) % 4 !== 3);
const labels = labelArg ? [labelArg as ReplyLabel] : REPLY_LABEL_NAMES;
for (const label of labels) {
  const lines: string[] = [];
  for (const row of rows) {
    const context = row.context === undefined ? {} : { customerMessage: row.context };
    const findings = lint(row.reply, context, SHIPPED_CLASSIFIER).filter((f) => f.label === label);
    const gold = row.labels.includes(label);
    const got = findings.length > 0;
    if (gold && !got && only !== 'fp') lines.push(`  FN ${row.id}: ${row.reply}\n     ctx: ${row.context ?? ''}`);
    if (!gold && got && only !== 'fn') {
      const spans = findings.map((f) => `«${row.reply.slice(f.span.start, f.span.end)}»`).join(' | ');
      lines.push(`  FP ${row.id}: ${row.reply}\n     [${row.labels.join(',')}]\n     → ${spans}`);
    }
  }
  if (lines.length > 0) console.log(`\n## ${label} (${lines.length})\n${lines.join('\n')}`);
}
