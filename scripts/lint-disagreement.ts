/**
 * Where writers disagree: the same sentence (lower-cased, digits and punctuation dropped, names kept) written by two or
 * more writers and labelled differently. Reads the training parts of scripts/lint/corpus.ts only (never a check part).
 * A sentence is positive for a label when a writer with spans quotes it (or a quote lies inside it), or when a writer
 * without spans labels a one-sentence reply with it; negative when the reply does not carry the label at all (and the
 * writer labels that label). Sentences of multi-sentence replies from writers without spans that carry the label are
 * left out for that label (not located). No model can beat this: it is a floor on every linter's error.
 * `npx tsx scripts/lint-disagreement.ts [--examples=N] [--opening=K]`
 */
import { REPLY_LABEL_NAMES, REPLY_LABELS, type ReplyLabel } from '../src/core/coach/labels.ts';
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
