/**
 * `npx tsx scripts/drafts/dump-drafts.ts [--sample N] [--seed S] [--keys-from DUMP] [--exclude DUMP] [--flags] [--set PATH | --file PATH]`:
 * every specific suggested apology (A1/A2) and restatement (C1) built from a set of customer messages, with the message
 * it came from, for a person to judge as a supervisor would (reads right / wrong sense / broken). The generic wordings ("about the trouble you've
 * had", "about the trouble with your order", the restatement that asks what happened) are left out: they name nothing of
 * the customer's. A1 and A2 offer the same words, so an apology is listed once per message.
 *
 * The default set is the labelled twcs dev tweets (CC BY-NC-SA: print to the terminal to read, never copy into the repo).
 * --sample N prints a seeded random sample of N (mulberry32, --seed, default 1) in a fixed order, so a judged sample can be
 * re-judged after a change (the items are picked by message and kind, so the same messages come back). --flags adds what
 * scripts/drafts/readability.ts finds in each (leave it off to judge blind). --keys-from DUMP re-prints the keys of an
 * earlier dump (a re-judge after a change); --exclude DUMP leaves its keys out (a fresh sample). --set takes a JSONL file
 * of {id or tweet_id, text} (never a never-tuned set, except eval/never-tuned/support-messages.jsonl, promoted to tuned-on
 * for suggested words in session 10). --file PATH takes any such set, never-tuned ones included: it is for the lead, who
 * may open them (e.g. `--file eval/never-tuned/support-round2/<file>.jsonl --sample 40 --seed 1`); nobody else passes it
 * a never-tuned path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLiveSession } from '../../src/core/analyze.ts';
import { readComplaint } from '../../src/core/coach/complaint.ts';
import { everyDraft } from '../../src/core/coach/rules.ts';
import { problems } from './readability.ts';
import { seededRandom } from '../anger/matrix.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sample = option('--sample') === undefined ? undefined : Number(option('--sample'));
const seed = Number(option('--seed') ?? 1);
const showFlags = args.includes('--flags');
const fileOption = option('--file');
const path = resolve(root, fileOption ?? option('--set') ?? '../shared/data/twcs-sample/anger_labels_dev.jsonl');
// --file is the lead's way to dump a set nobody else may open (the never-tuned sets); --set refuses them, except the
// support messages promoted to tuned-on for suggested words in session 10.
if (fileOption === undefined && path.includes('never-tuned') && !path.endsWith('never-tuned/support-messages.jsonl')) {
  console.error('dump-drafts: never-tuned sets are not for reading (the lead passes them with --file)');
  process.exit(2);
}
if (!existsSync(path)) {
  console.error(`dump-drafts: ${path} not found`);
  process.exit(2);
}

/** The wordings that name nothing of the customer's (see drafts.ts). */
const GENERIC =
  /I'm so sorry about the trouble\b|you're getting in touch about|could you tell me in a sentence what's happened/i;

interface Item {
  key: string;
  id: string;
  principle: string;
  text: string;
  source: string;
}

const items: Item[] = [];
const FRAMES = everyDraft(createLiveSession().state, { complaint: readComplaint([]) }).flatMap((c) =>
  c.suggestion === undefined ? [] : [c.suggestion],
);
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (line.trim().length === 0) continue;
  const row = JSON.parse(line) as Record<string, unknown>;
  const id = String(row.tweet_id ?? row.id);
  const text = String(row.text);
  const session = createLiveSession();
  session.addTurn({ speaker: 'customer', text });
  const customer = session.turns[0]!.customer!;
  const complaint = readComplaint([{ text, language: customer.language, abuse: customer.abuse }]);
  const seen = new Set<string>();
  for (const cue of everyDraft(session.state, { complaint })) {
    if (!/^(?:A1|A2|C1)$/.test(cue.principle) || cue.suggestion === undefined || GENERIC.test(cue.suggestion)) continue;
    const kind = cue.principle === 'C1' ? 'C1' : 'A';
    if (seen.has(kind)) continue;
    seen.add(kind);
    items.push({ key: `${id}:${kind}`, id, principle: cue.principle, text: cue.suggestion, source: text });
  }
}

// The sample is drawn over every message's two kinds (apology, restatement), specific or not, so that after a change the
// same keys are drawn again; a key whose words are now generic is printed as such (a generic wording is never wrong).
let shown: Array<Item | { key: string; generic: true }> = items;
if (sample !== undefined) {
  const ids = [
    ...new Set(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim().length > 0),
    ),
  ].map((l) => {
    const row = JSON.parse(l) as Record<string, unknown>;
    return String(row.tweet_id ?? row.id);
  });
  const keys = ids.flatMap((id) => [`${id}:A`, `${id}:C1`]).sort();
  const next = seededRandom(seed);
  const byKey = new Map(items.map((i) => [i.key, i]));
  // Shuffle every key, then keep the first N that were specific in the judged run (--keys-from) or now.
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [keys[i], keys[j]] = [keys[j]!, keys[i]!];
  }
  const from = option('--keys-from');
  // --exclude DUMP: the messages of a judged dump are left out, so that a fresh sample is drawn from what was not read.
  const exclusions = option('--exclude');
  const excluded = new Set(
    exclusions
      ? readFileSync(exclusions, 'utf8')
          .split('\n')
          .map((l) => /^\[([^:\]]+):[^\]]+\]/.exec(l)?.[1])
          .filter((k): k is string => k !== undefined)
      : [],
  );
  const wanted = from
    ? readFileSync(from, 'utf8')
        .split('\n')
        .map((l) => /^\[(\S+)\]/.exec(l)?.[1])
        .filter((k): k is string => k !== undefined)
    : keys.filter((k) => byKey.has(k) && !excluded.has(k.replace(/:[^:]*$/, ''))).slice(0, sample);
  shown = wanted.map((k) => byKey.get(k) ?? { key: k, generic: true as const });
}

console.log(`# ${items.length} specific apology/restatement drafts from ${path.split('/').slice(-2).join('/')}`);
for (const item of shown) {
  if ('generic' in item) {
    console.log(`[${item.key}] (generic wording now)`);
    continue;
  }
  const flags = showFlags
    ? problems({ principle: item.principle, text: item.text, source: item.source, frames: FRAMES }).join(',')
    : '';
  console.log(`[${item.key}] ${item.text}${flags ? `   ✗ ${flags}` : ''}\n    from ${JSON.stringify(item.source)}`);
}
