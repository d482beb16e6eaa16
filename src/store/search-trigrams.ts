/**
 * Which trigrams of a search term the trigram index should read (BENCHMARKS.md #13, session 12).
 *
 * `search_text LIKE '%chargeback%'` makes a GIN trigram index read the posting list of every trigram of the term, and
 * the index's cost is the sum of their lengths: four of `chargeback`'s eight (`cha`, `har`, `arg`, `rge`) are in
 * every "Charged twice…" case, a twelfth of a seeded million, while `geb` and `bac` are in a thousand. Asking the
 * index for the term's two rarest trigrams only (`LIKE '%geb%' AND LIKE '%bac%'`) and keeping the whole LIKE as the
 * filter finds exactly the same rows: a text that contains the term contains every piece of it. Which trigrams are
 * rare comes from a cached sample of the stored texts (about 3,000 rows, `TABLESAMPLE SYSTEM`, taken again every
 * ten minutes), and the same sample says whether the term is common enough that walking the newest cases with the
 * LIKE as a filter reads fewer rows than fetching every row the rare trigrams find.
 *
 * A rare term's pieces can find a thousand cases at a million, each on its own heap page, fetched only to keep the
 * newest page of them (a GIN index has no order). The index also holds each case's week (migration 0021), so the same
 * sample (with each text's received_at) says how many of the newest weeks should hold about two pages of the term:
 * the search asks the index for the pieces in those weeks only, and for the older weeks only when they hold less than
 * a page (case.repository.ts listCases).
 *
 * The sample only chooses the plan. Every search returns the rows `search_text LIKE lower('%q%')` returns, whatever the
 * sample holds (test/store/case-search.test.ts checks it with and without one, on both backends).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from './database.ts';

/** Rows a sample aims at (capped by the table's size). */
const SAMPLE_ROWS = 3_000;
/** How long a sample is used before the next search takes a new one. */
const SAMPLE_TTL_MS = 10 * 60_000;
/**
 * Relative cost of a row fetched by the bitmap (a heap page of its own, the recheck, a top-N sort) to a row the
 * walk of `cases_org_received_id_idx` looks at (consecutive index entries and heap pages): measured ~2 at 1M cases.
 */
const BITMAP_ROW_COST = 2;
/** A second piece is read with the rarest only if at most this share of the texts hold it (or twice the rarest's). */
const RARE = 0.01;
/** A rare term is read in its newest weeks only when its pieces would find more rows than this many pages. */
const WINDOW_PAGES = 4;
/**
 * The weeks are chosen to hold about this many pages of the term: the sample's count of a rare term is small (about 3
 * of 3,000 texts for one case in 1,000), so its share can be read twice too high; a window that holds less than a
 * page costs a second query (case.repository.ts casePage).
 */
const WINDOW_TARGET_PAGES = 3;
/** At most this many weeks (each is one more pass of the index, ~0.13 ms at 1M). */
export const MAX_WEEKS = 12;
const WEEK_MS = 7 * 86_400_000;

/** A sample of stored search texts: for each trigram piece, the (sorted) indexes of the sampled texts holding it. */
export interface TextSample {
  /** How many texts were sampled. */
  size: number;
  /** The table's estimated row count (pg_class.reltuples) when the sample was taken. */
  rows: number;
  texts: string[];
  pieces: Map<string, number[]>;
  /** The sampled cases' received_at (ms), oldest and newest: how many cases a week holds, on average. */
  span?: { from: number; to: number } | undefined;
}

/** A piece is three ASCII letters or digits: pg_trgm reads `LIKE '%abc%'` as exactly the one trigram `abc`. */
const PIECE = /^[a-z0-9]{3}$/;

/** Builds the sample's index of pieces from the stored (lower-cased) texts. */
export function textSample(texts: string[], rows: number, times?: readonly number[]): TextSample {
  const pieces = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const seen = new Set<string>();
    for (let at = 0; at + 3 <= text.length; at++) {
      const piece = text.slice(at, at + 3);
      if (!PIECE.test(piece) || seen.has(piece)) continue;
      seen.add(piece);
      const list = pieces.get(piece);
      if (list) list.push(i);
      else pieces.set(piece, [i]);
    }
  });
  const span = times?.length ? { from: Math.min(...times), to: Math.max(...times) } : undefined;
  return { size: texts.length, rows, texts, pieces, span };
}

const intersect = (a: number[], b: number[]): number[] => {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; )
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out.push(a[i]!);
      i++;
      j++;
    }
  return out;
};

/** How the search for a term should read the index. */
export type TermPlan =
  /** No sample, or nothing to choose: the LIKE as it is, planned by the database. */
  | { kind: 'plain' }
  /**
   * Read the index for these pieces of the term (each `LIKE lower('%piece%')`), then filter by the whole LIKE; with
   * `weeks`, first in the newest `weeks` weeks only (the older ones only if those hold less than a page).
   */
  | { kind: 'pieces'; pieces: string[]; weeks?: number }
  /** The term is common: walk the newest cases and filter by the LIKE (the index is not asked). */
  | { kind: 'walk' };

/**
 * The plan for `term` given a sample, for a page of `pageRows` rows. Pieces are windows of three ASCII letters or
 * digits of the term, lower-cased by the database's own lower() in the query (so a piece of the term is a piece of the
 * lower-cased term), followed in the term by nothing or by an ASCII character (no combining mark that a locale's
 * lower() could fold into the letter before it). The rarest, and a second rare one (apart, where the term allows), are
 * read when the rows they find, fetched one by one, cost less than walking the newest cases until a page of matches.
 */
export function planTerm(term: string, sample: TextSample | undefined, pageRows: number): TermPlan {
  if (!sample || sample.size < 200) return { kind: 'plain' };
  const candidates: Array<{ piece: string; at: number; holders: number[] }> = [];
  const seen = new Set<string>();
  for (let at = 0; at + 3 <= term.length; at++) {
    const piece = term.slice(at, at + 3);
    const next = term.charCodeAt(at + 3);
    if (!/^[A-Za-z0-9]{3}$/.test(piece) || (!Number.isNaN(next) && next > 0x7f) || seen.has(piece)) continue;
    seen.add(piece);
    candidates.push({ piece, at, holders: sample.pieces.get(piece.toLowerCase()) ?? [] });
  }
  if (candidates.length === 0) return { kind: 'plain' };
  const byRarity = [...candidates].sort((a, b) => a.holders.length - b.holders.length || a.at - b.at);
  const first = byRarity[0]!;
  // A second piece narrows the rows to fetch if it is rare too (a common one would make the index read a long list).
  const rare = byRarity
    .slice(1)
    .filter((c) => c.holders.length <= Math.max(2 * first.holders.length, RARE * sample.size));
  const second = rare.find((c) => Math.abs(c.at - first.at) >= 3) ?? rare[0];
  const holders = second ? intersect(first.holders, second.holders) : first.holders;
  // Rows the pieces find (each fetched and rechecked), against rows a walk reads before a page of matches: a page
  // over the share of texts holding the whole term (the sample's texts are lower-cased; so is the term here, which
  // only estimates).
  const lowered = term.toLowerCase();
  const matching = holders.filter((i) => sample.texts[i]!.includes(lowered)).length;
  const piecesShare = (holders.length + 0.5) / sample.size;
  const termShare = Math.max(matching, 0.5) / sample.size;
  const bitmapRows = piecesShare * sample.rows * BITMAP_ROW_COST;
  const walkRows = Math.min(sample.rows, pageRows / termShare);
  if (bitmapRows > walkRows) return { kind: 'walk' };
  const pieces = second ? [first.piece, second.piece] : [first.piece];
  const weeks = windowWeeks(sample, piecesShare * sample.rows, termShare, pageRows);
  return weeks ? { kind: 'pieces', pieces, weeks } : { kind: 'pieces', pieces };
}

/**
 * How many of the newest weeks should hold about WINDOW_TARGET_PAGES pages of a term that `termShare` of the cases
 * hold, spread evenly over the sampled weeks (at most MAX_WEEKS); undefined when the pieces find few enough rows to
 * fetch them all, when the sample has no times, or when the weeks would be most of the table's.
 */
function windowWeeks(sample: TextSample, piecesRows: number, termShare: number, pageRows: number) {
  if (!sample.span || piecesRows <= WINDOW_PAGES * pageRows) return undefined;
  const sampledWeeks = Math.max(1, (sample.span.to - sample.span.from) / WEEK_MS);
  const rowsPerWeek = sample.rows / sampledWeeks;
  const weeks = Math.ceil((WINDOW_TARGET_PAGES * pageRows) / termShare / rowsPerWeek) + 1;
  // A term the sample holds once or twice may be rarer or commoner than its count says: past MAX_WEEKS the window
  // is MAX_WEEKS (a few passes of the index more than the old plan's cost), never none; casePage widens a short one.
  return weeks > sampledWeeks / 2 ? undefined : Math.min(weeks, MAX_WEEKS);
}

interface Cached {
  at: number;
  sample: Promise<TextSample | undefined>;
  refreshing?: boolean;
}
const samples = new WeakMap<object, Cached>();

/** Takes a sample of `cases.search_text` (undefined when the table is empty). */
async function takeSample(db: Executor): Promise<TextSample | undefined> {
  const rows = (await db.execute(
    sql`select greatest(reltuples, 0)::float8 as rows from pg_class where oid = 'cases'::regclass`,
  )) as unknown as { rows: Array<{ rows: number | string }> };
  const estimated = Number(rows.rows[0]?.rows ?? 0);
  // reltuples is 0 (or -1) before the first VACUUM or ANALYZE: sample everything of a table that small.
  const percent = estimated > SAMPLE_ROWS ? Math.max(0.001, (100 * SAMPLE_ROWS) / estimated) : 100;
  const texts = (await db.execute(
    sql`select search_text, (extract(epoch from received_at) * 1000)::float8 as at from cases tablesample system (${sql.raw(percent.toFixed(4))}) limit ${SAMPLE_ROWS * 2}`,
  )) as unknown as { rows: Array<{ search_text: string; at: number | string }> };
  if (texts.rows.length === 0) return undefined;
  return textSample(
    texts.rows.map((r) => r.search_text),
    Math.max(estimated, texts.rows.length),
    texts.rows.map((r) => Number(r.at)),
  );
}

/**
 * The cached sample for this database handle. The first search waits for it (tens of milliseconds at a million cases);
 * once it is ten minutes old the next search starts a new one and keeps using the old one until it is there. A
 * sample that fails leaves the old one (or none: the search is then planned by the database alone).
 */
export async function searchSample(db: Executor, now = Date.now()): Promise<TextSample | undefined> {
  const cached = samples.get(db);
  if (!cached) {
    const sample = takeSample(db).catch(() => undefined);
    samples.set(db, { at: now, sample });
    return sample;
  }
  if (now - cached.at >= SAMPLE_TTL_MS && !cached.refreshing) {
    cached.refreshing = true;
    takeSample(db).then(
      (fresh) => samples.set(db, { at: Date.now(), sample: Promise.resolve(fresh) }),
      () => {
        cached.refreshing = false;
        cached.at = Date.now();
      },
    );
  }
  return cached.sample;
}
