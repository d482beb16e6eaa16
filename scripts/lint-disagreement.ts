/**
 * Where writers disagree: the same sentence (lower-cased, digits and punctuation dropped, names kept) written by two or
 * more writers and labelled differently. Reads the training parts of scripts/lint/corpus.ts only (never a check part).
 * A sentence is positive for a label when a writer with spans quotes it (or a quote lies inside it), or when a writer
 * without spans labels a one-sentence reply with it; negative when the reply does not carry the label at all (and the
 * writer labels that label). Sentences of multi-sentence replies from writers without spans that carry the label are
 * left out for that label (not located). No model can beat this: it is a floor on every linter's error.
 * `--confusions` prints instead, for pairs of neighbouring labels (A, B), the replies where the rules find A, the writer
 * does not give A and gives B: per writer, against all of A's false alarms (rules alone, training parts). Where the same
 * rule's false alarms are one writer's B and another's A, the writers draw the line between A and B differently.
 * `npx tsx scripts/lint-disagreement.ts [--examples=N] [--opening=K] [--confusions]`
 */
import { REPLY_LABEL_NAMES, REPLY_LABELS, type ReplyLabel } from '../src/core/coach/labels.ts';
import { lintLabels } from '../src/core/coach/lint/index.ts';
import { sentenceSpans } from '../src/core/coach/lint/text-scan.ts';
import { writerSets } from './lint/corpus.ts';

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[0-9]+/g, '#')
    .replace(/[^a-z#' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

interface Vote {
  writer: string;
  positive: boolean;
  text: string;
}

const openingArg = process.argv.find((a) => a.startsWith('--opening='));
/** With `--opening=K`, sentences are grouped by their first K words instead of the whole sentence. */
const opening = openingArg ? Number(openingArg.slice(10)) : 0;
const keyOf = (sentence: string): string => {
  const key = normalise(sentence);
  return opening > 0 ? key.split(' ').slice(0, opening).join(' ') : key;
};
/** With `--opening`, a group counts as split when one writer has it ≥ 80 % positive and another ≤ 20 %, each ≥ 3 times. */
const MIN_VOTES = 3;
const examplesArg = process.argv.find((a) => a.startsWith('--examples='));
const examples = examplesArg ? Number(examplesArg.slice(11)) : 3;
const PAIRS: ReadonlyArray<readonly [ReplyLabel, ReplyLabel]> = [
  ['refusal_rigid', 'policy_language'],
  ['excuse', 'blame_company_or_colleague'],
  ['blame_company_or_colleague', 'excuse'],
  ['blame_company_or_colleague', 'sympathy_agreement'],
  ['excuse', 'ownership'],
  ['empathy', 'sympathy_agreement'],
  ['condescension', 'scolding'],
  ['scolding', 'condescension'],
  ['condescension', 'you_statement_blame'],
  ['you_statement_blame', 'scolding'],
  ['scolding', 'you_statement_blame'],
  ['vague_promise', 'let_me_check'],
  ['vague_promise', 'concrete_next_step_with_time'],
];

function confusions(): void {
  const out = new Map<string, Map<string, [number, number]>>();
  for (const set of writerSets()) {
    for (const row of set.train) {
      const got = lintLabels(row.reply, row.context === undefined ? {} : { customerMessage: row.context }, null);
      for (const [a, b] of PAIRS) {
        if (!set.labels.includes(a) || !got.includes(a) || row.labels.includes(a)) continue;
        const key = `${a} found, the writer gives ${b}`;
        const byWriter = out.get(key) ?? new Map<string, [number, number]>();
        const c = byWriter.get(set.writer) ?? [0, 0];
        c[1] += 1;
        if (row.labels.includes(b)) c[0] += 1;
        byWriter.set(set.writer, c);
        out.set(key, byWriter);
      }
    }
  }
  console.log(
    "rules alone, training parts: of A's false alarms, how many the writer labels B (total, then per writer)",
  );
  for (const [key, byWriter] of out) {
    let yes = 0;
    let all = 0;
    for (const [y, n] of byWriter.values()) {
      yes += y;
      all += n;
    }
    const per = [...byWriter]
      .filter(([, c]) => c[0] > 0)
      .map(([w, c]) => `${w.replace('writer-', '')} ${c[0]}/${c[1]}`)
      .join(', ');
    console.log(`${key}: ${yes} of ${all} | ${per}`);
  }
}

if (process.argv.includes('--confusions')) {
  confusions();
  process.exit(0);
}

/** Per label, per normalised sentence: the writers' votes. */
const votes = new Map<ReplyLabel, Map<string, Vote[]>>(REPLY_LABEL_NAMES.map((l) => [l, new Map()]));
for (const set of writerSets()) {
  for (const row of set.train) {
    const spans = sentenceSpans(row.reply);
    const quotes = row.spans;
    const sentences: string[] = [];
    for (let i = 0; i < spans.length; i += 2) sentences.push(row.reply.slice(spans[i], spans[i + 1]));
    for (const label of set.labels) {
      const has = row.labels.includes(label);
      for (const sentence of sentences) {
        if (normalise(sentence).split(' ').length < 3) continue;
        const key = keyOf(sentence);
        let positive: boolean | null;
        if (!has) positive = false;
        else if (quotes?.[label] !== undefined)
          positive = quotes[label].some((q) => sentence.includes(q) || q.includes(sentence.trim()));
        else positive = sentences.length === 1 ? true : null;
        if (positive === null) continue;
        const byKey = votes.get(label) as Map<string, Vote[]>;
        const list = byKey.get(key) ?? [];
        list.push({ writer: set.writer, positive, text: sentence.trim() });
        byKey.set(key, list);
      }
    }
  }
}

console.log(
  'label: shared sentences (written by ≥ 2 writers) | of them split across writers | writer pairs that disagree',
);
for (const label of REPLY_LABEL_NAMES) {
  const byKey = votes.get(label) as Map<string, Vote[]>;
  let shared = 0;
  let split = 0;
  const pairs = new Map<string, number>();
  const shown: string[] = [];
  for (const [, list] of byKey) {
    const writers = new Set(list.map((v) => v.writer));
    if (writers.size < 2) continue;
    let yes: Set<string>;
    let no: Set<string>;
    if (opening > 0) {
      const rate = new Map<string, { n: number; pos: number }>();
      for (const v of list) {
        const r = rate.get(v.writer) ?? { n: 0, pos: 0 };
        rate.set(v.writer, { n: r.n + 1, pos: r.pos + (v.positive ? 1 : 0) });
      }
      const enough = [...rate].filter(([, r]) => r.n >= MIN_VOTES);
      if (enough.length < 2) continue;
      yes = new Set(enough.filter(([, r]) => r.pos / r.n >= 0.8).map(([w]) => w));
      no = new Set(enough.filter(([, r]) => r.pos / r.n <= 0.2).map(([w]) => w));
    } else {
      yes = new Set(list.filter((v) => v.positive).map((v) => v.writer));
      no = new Set(list.filter((v) => !v.positive).map((v) => v.writer));
    }
    const anyPositive = yes.size > 0;
    if (!anyPositive) continue; // shared negatives for every writer say nothing about this label
    shared += 1;
    const onlyYes = [...yes].filter((w) => !no.has(w));
    const onlyNo = [...no].filter((w) => !yes.has(w));
    if (onlyYes.length === 0 || onlyNo.length === 0) continue;
    split += 1;
    for (const a of onlyYes) for (const b of onlyNo) pairs.set(`${a}+ ${b}−`, (pairs.get(`${a}+ ${b}−`) ?? 0) + 1);
    if (shown.length < examples)
      shown.push(
        `    "${opening > 0 ? `${keyOf(list[0]?.text ?? '')} …` : list[0]?.text}" — yes: ${onlyYes.join(', ')}; no: ${onlyNo.join(', ')}`,
      );
  }
  if (shared === 0) continue;
  const top = [...pairs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(
    `${REPLY_LABELS[label].polarity === 'anti' ? '*' : ' '} ${label.padEnd(28)} ${String(shared).padStart(4)} | ${String(split).padStart(4)} (${((100 * split) / shared).toFixed(0).padStart(3)} %) | ${top}`,
  );
  for (const s of shown) console.log(s);
}
