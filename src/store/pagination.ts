/**
 * Keyset pagination shared by every list: an opaque cursor holds the last row's sort key and id, and the next
 * page is the rows strictly after it in the list's order (stable under inserts, no OFFSET). Also the one
 * search helper (a "contains" match over several columns, LIKE-escaped once).
 */
import { createHash } from 'node:crypto';
import { and, asc, desc, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { AppError } from '../core/errors.ts';
import type { TermPlan } from './search-trigrams.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor for the row after which the next page starts: its sort key (a time or a text) and its id. */
export const encodeCursor = (key: Date | string, id: string): string =>
  Buffer.from(JSON.stringify([key instanceof Date ? key.toISOString() : key, id])).toString('base64url');

const badCursor = () => new AppError('invalid_input', 'is not a cursor this API returned', 'query.cursor');

function decodeParts(cursor: string): [string, string] {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parts) || parts.length !== 2) throw badCursor();
  const [key, id] = parts as unknown[];
  if (typeof key !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw badCursor();
  return [key, id];
}

/** Decodes a cursor whose sort key is a time; a tampered or foreign cursor is `invalid_input` on `query.cursor`. */
export function decodeTimeCursor(cursor: string): [Date, string] {
  const [key, id] = decodeParts(cursor);
  const at = new Date(key);
  if (Number.isNaN(at.getTime())) throw badCursor();
  return [at, id];
}

/** Decodes a cursor whose sort key is a text (e.g. a name). */
export const decodeTextCursor = (cursor: string): [string, string] => decodeParts(cursor);

/** Cuts the `limit + 1` rows a query fetched into a page and the cursor for the next one (null at the end). */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => [Date | string, string]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(...keyOf(last)) : null };
}

/**
 * A list's `limit + 1` rows (a page, and one more to tell whether another follows) as text of the statement, not a
 * bound value: a statement prepared by name is then planned for its page size (with a bound LIMIT PostgreSQL's generic
 * plan assumes a tenth of the rows, so the plan cache keeps planning it afresh). Drizzle writes an SQL chunk given
 * to `.limit()` into the text as it is.
 */
export function pageRows(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1)
    throw new AppError('invalid_input', 'must be a positive whole number', 'query.limit');
  return sql.raw(String(limit + 1)) as unknown as number;
}

/** The name a list statement is prepared under: its text's hash, so one name never stands for two texts. */
export const statementName = (prefix: string, text: string): string =>
  `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;

/** Escapes `%`, `_` and `\` so user text matches literally inside an ILIKE pattern. */
const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** How a list is ordered: its sort key (a time or a text), then its id as the tie-breaker. */
export interface KeysetOrder {
  key: PgColumn;
  id: PgColumn;
  direction: 'asc' | 'desc';
  kind: 'time' | 'text';
}

/**
 * The one keyset page: the ORDER BY of the list and, with a cursor, the condition "strictly after the cursor's
 * row" in that order. A cursor that does not decode is `invalid_input` on `query.cursor`.
 */
export function keyset(order: KeysetOrder, cursor: string | undefined): { after: SQL | undefined; orderBy: SQL[] } {
  const by = order.direction === 'asc' ? asc : desc;
  const orderBy = [by(order.key), by(order.id)];
  if (!cursor) return { after: undefined, orderBy };
  const [key, id] = order.kind === 'time' ? decodeTimeCursor(cursor) : decodeTextCursor(cursor);
  const at = key instanceof Date ? sql`${key.toISOString()}::timestamptz` : sql`${key}`;
  const after =
    order.direction === 'asc'
      ? sql`(${order.key}, ${order.id}) > (${at}, ${id}::uuid)`
      : sql`(${order.key}, ${order.id}) < (${at}, ${id}::uuid)`;
  return { after, orderBy };
}

/**
 * The one search: rows where any of `columns` contains `q` (case-insensitive, `%` and `_` taken literally).
 * A column may be a function of the ILIKE pattern for matches that are not a plain column (e.g. inside JSON).
 */
export function containsAny(q: string | undefined, columns: Array<PgColumn | ((pattern: string) => SQL)>) {
  if (!q) return undefined;
  const pattern = `%${escapeLike(q)}%`;
  return or(...columns.map((column) => (typeof column === 'function' ? column(pattern) : ilike(column, pattern))));
}

/**
 * The searchable text of a row: its columns joined by a newline (null as empty). Migration 0020 stores it lower-cased
 * when a row is written (`cases.search_text`, with the trigram index `cases_search_trgm_idx` on it); the SQL there
 * must stay `lower(` this expression `)`, which test/store/case-search.test.ts checks row by row.
 */
export function searchableText(columns: PgColumn[]): SQL {
  return sql.join(
    columns.map((column) => sql`coalesce(${column}, '')`),
    sql.raw(" || E'\\n' || "),
  );
}

/**
 * The same "contains" search as `containsAny`, over a stored lower-cased copy of `searchableText(columns)` (`stored`,
 * with a trigram index). `stored LIKE lower('%q%')` is ILIKE's own definition in a UTF-8 database (PostgreSQL and
 * PGlite lower-case the text and the pattern with lower() and match them with LIKE's matcher), so it finds exactly
 * the rows ILIKE on the joined text finds, without lower-casing and joining every row it looks at. A term without a
 * newline can only match inside one column (the newline joins them), which is `containsAny`'s meaning; a term with
 * one is also checked column by column so it never matches across two. `plan` (search-trigrams.ts planTerm) only
 * chooses how the database reads it: the term's rarest trigram pieces from the index, or a walk with no index for the
 * term; every plan finds the same rows.
 */
export function containsAnyText(q: string | undefined, stored: SQL, columns: PgColumn[], plan?: TermPlan) {
  if (!q) return undefined;
  const pattern = `%${escapeLike(q)}%`;
  // The whole term as a filter only: LIKE matches bytes whatever the (deterministic) collation, so `COLLATE "C"`
  // finds the same rows, keeps the column's statistics for the planner, and is a LIKE the trigram index (built under
  // the column's default collation) cannot answer. The pieces ask the index; a walk asks no index for the term.
  const whole = sql`(${stored} collate "C") like lower(${pattern})`;
  const joined =
    plan?.kind === 'pieces'
      ? and(...plan.pieces.map((piece) => sql`${stored} like lower(${`%${piece}%`})`), whole)
      : plan?.kind === 'walk'
        ? whole
        : sql`${stored} like lower(${pattern})`;
  return q.includes('\n') ? and(joined, containsAny(q, columns)) : joined;
}
