/**
 * `npm run eval:drafts`: can the suggested words be read out as written? Each message is a customer's first turn; the
 * checker (scripts/drafts/readability.ts) reads every suggested reply built from it and names what would stop a
 * supervisor. Two views:
 *   - shown: the suggestions on the cues the coach shows after that turn (what an agent sees first);
 *   - every cue: the words every cue rule with a suggestion would offer for that conversation (apology, restatement,
 *     ask, boundary, commitment, Chaser, supervisor follow-up, consent), whether or not it fires yet.
 * Sets: (a) the 350 labelled twcs dev tweets in ../shared/data/twcs-sample (CC BY-NC-SA: read here, never copied; the
 * drafts were tuned on them); (b) with --never-tuned, also eval/never-tuned/support-messages.jsonl (300 messages written
 * independently; promoted to tuned-on for suggested words in session 10). 20 random drafts from each set are printed for a
 * person to judge (--samples N).
 * --file PATH scores one more JSONL set of {id or tweet_id, text, lang?} (the lead's way to score a never-tuned set, such as
 * eval/never-tuned/support-round2/, without anyone else opening it): pass --samples 0 to print only the totals.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLiveSession } from '../src/core/analyze.ts';
import { readComplaint } from '../src/core/coach/complaint.ts';
import { CUE_RULES, everyDraft } from '../src/core/coach/rules.ts';
import { problems, type Problem } from './drafts/readability.ts';
import { seededRandom } from './anger/matrix.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const neverTuned = args.includes('--never-tuned');
// Lists every flagged draft of the dev set (for tuning; never for the never-tuned set).
const listFlagged = args.includes('--flagged');
const fileArg = args.indexOf('--file');
const extraFile = fileArg >= 0 ? args[fileArg + 1] : undefined;
if (fileArg >= 0 && (extraFile === undefined || extraFile.startsWith('--'))) {
  console.error('eval:drafts: --file takes a path to a JSONL set');
  process.exit(2);
}
const samplesArg = args.indexOf('--samples');
const SAMPLES = samplesArg >= 0 ? Number(args[samplesArg + 1]) : 20;
if (!Number.isInteger(SAMPLES) || SAMPLES < 0) {
  console.error('eval:drafts: --samples takes a whole number');
  process.exit(2);
}

interface Message {
  id: string;
  text: string;
  /** The language the writer says the message is in, where the set says (never-tuned); undefined for the dev tweets. */
  lang?: string | undefined;
}

function readJsonl(path: string, pick: (row: Record<string, unknown>) => Message): Message[] {
  if (!existsSync(path)) {
    console.error(`eval:drafts: ${path} not found`);
    process.exit(2);
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i): Message => {
      try {
        return pick(JSON.parse(line) as Record<string, unknown>);
      } catch {
        console.error(`eval:drafts: ${path}:${i + 1} is not a JSON object with a text`);
        return process.exit(2);
      }
    });
}

const text = (row: Record<string, unknown>): string => {
  if (typeof row.text !== 'string') throw new Error('no text');
  return row.text;
};

interface Draft {
  message: Message;
  principle: string;
  text: string;
  problems: Problem[];
}

interface Tally {
  drafts: Draft[];
  /** Cues shown without words, with the reason given. */
  withheld: Array<{ message: Message; reason: string }>;
  /** Cues shown without words and with no reason. */
  missing: number;
}

// The drafts' own wording when nothing of the customer's is known (every rule, every state that makes it fire).
const FRAMES = everyDraft(createLiveSession().state, { complaint: readComplaint([]) }).flatMap((c) =>
  c.suggestion === undefined ? [] : [c.suggestion],
);
// Principles whose cues come with suggested words.
const DRAFTED = new Set(CUE_RULES.filter((r) => r.suggest !== undefined).map((r) => r.principle));

function evaluate(messages: readonly Message[], view: 'shown' | 'every'): Tally {
  const tally: Tally = { drafts: [], withheld: [], missing: 0 };
  for (const message of messages) {
    const session = createLiveSession();
    const cues = session.addTurn({ speaker: 'customer', text: message.text });
    const customer = session.turns[0]!.customer!;
    const complaint = readComplaint([{ text: message.text, language: customer.language, abuse: customer.abuse }]);
    const offered = view === 'shown' ? cues : everyDraft(session.state, { complaint });
    for (const cue of offered) {
      if (cue.suggestion !== undefined) {
        const found = problems({
          principle: cue.principle,
          text: cue.suggestion,
          source: message.text,
          frames: FRAMES,
        });
        tally.drafts.push({ message, principle: cue.principle, text: cue.suggestion, problems: found });
      } else if (cue.noSuggestion !== undefined) {
        tally.withheld.push({ message, reason: cue.noSuggestion });
      } else if (DRAFTED.has(cue.principle)) {
        tally.missing++;
      }
    }
  }
  return tally;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

function report(name: string, messages: readonly Message[]): void {
  console.log(`\n## ${name}: ${messages.length} messages`);
  for (const view of ['shown', 'every'] as const) {
    const t = evaluate(messages, view);
    const readable = t.drafts.filter((d) => d.problems.length === 0).length;
    const label = view === 'shown' ? 'suggestions on the cues shown after the first turn' : 'words of every cue rule';
    console.log(`${label}: ${readable}/${t.drafts.length} readable as written = ${pct(readable, t.drafts.length)}`);
    const counts = new Map<Problem, number>();
    for (const d of t.drafts) for (const p of d.problems) counts.set(p, (counts.get(p) ?? 0) + 1);
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    if (sorted.length > 0) console.log(`  problems: ${sorted.map(([p, n]) => `${p} ${n}`).join(', ')}`);
    const withheldMessages = new Set(t.withheld.map((w) => w.message.id));
    console.log(
      `  no English words (reason given) for ${withheldMessages.size} messages; cues without words and without a reason: ${t.missing}`,
    );
    if (messages.some((m) => m.lang !== undefined)) {
      const notEnglish = messages.filter((m) => m.lang !== 'en');
      const caught = notEnglish.filter((m) => withheldMessages.has(m.id)).length;
      const englishWithheld = messages.filter((m) => m.lang === 'en' && withheldMessages.has(m.id)).length;
      const draftedForeign = new Set(t.drafts.filter((d) => d.message.lang !== 'en').map((d) => d.message.id)).size;
      console.log(
        `  not English per the set: ${notEnglish.length}; words withheld for ${caught}, English words offered to ${draftedForeign}; English messages withheld: ${englishWithheld}`,
      );
    }
    if (listFlagged && name.startsWith('(a)')) {
      for (const d of t.drafts.filter((x) => x.problems.length > 0)) {
        console.log(
          `  ✗ [${d.message.id}] ${d.principle} ${d.problems.join(',')}: ${d.text}\n      from ${JSON.stringify(d.message.text)}`,
        );
      }
    }
    if (view === 'shown' || SAMPLES === 0) continue;
    const next = seededRandom(12);
    const pool = [...t.drafts];
    console.log(`  ${SAMPLES} random drafts (seeded), with the message they came from:`);
    for (let i = 0; i < SAMPLES && pool.length > 0; i++) {
      const d = pool.splice(Math.floor(next() * pool.length), 1)[0]!;
      const flags = d.problems.length > 0 ? `   ✗ ${d.problems.join(', ')}` : '';
      console.log(`  - [${d.message.id}] ${JSON.stringify(d.message.text.slice(0, 160))}`);
      console.log(`      ${d.principle}: ${d.text}${flags}`);
    }
  }
}

const dev = readJsonl(resolve(root, '../shared/data/twcs-sample/anger_labels_dev.jsonl'), (row) => ({
  id: String(row.tweet_id),
  text: text(row),
}));
report('(a) twcs dev tweets (tuned on)', dev);
if (neverTuned) {
  const held = readJsonl(resolve(root, 'eval/never-tuned/support-messages.jsonl'), (row) => ({
    id: String(row.id),
    text: text(row),
    lang: typeof row.lang === 'string' ? row.lang : undefined,
  }));
  report('(b) support messages (written independently; tuned on for suggested words since session 10)', held);
}
if (extraFile !== undefined) {
  const extra = readJsonl(resolve(process.cwd(), extraFile), (row) => ({
    id: String(row.id ?? row.tweet_id),
    text: text(row),
    lang: typeof row.lang === 'string' ? row.lang : undefined,
  }));
  report(`(c) ${extraFile}`, extra);
}
