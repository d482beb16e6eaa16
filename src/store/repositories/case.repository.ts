import { createHash } from 'node:crypto';
import { and, type Column, eq, getTableColumns, gte, isNotNull, type Query, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from '../database.ts';
import { auditEvents, cases, caseSearchColumns, caseSearchText, caseWeek, commitments } from '../schema/index.ts';
import { auditRows, type AuditEntry } from './audit.repository.ts';
import type { CommitmentRow } from './commitment.repository.ts';
import { containsAnyText, keyset, pageRows, statementName, toPage } from '../pagination.ts';
import { MAX_WEEKS, planTerm, searchSample, type TermPlan } from '../search-trigrams.ts';
import { type OutboxEvent, outboxStatement, outboxValues } from './outbox.repository.ts';
import { type TeamScope, visibleTo } from '../visibility.ts';

export type CaseRow = typeof cases.$inferSelect;
export type CasePatch = Partial<Omit<CaseRow, 'orgId' | 'id' | 'version' | 'createdAt' | 'customerId'>>;

// One statement, one round trip: data-modifying CTEs write the case, its promises, their audit rows and the
// outbox's deliveries of its events atomically, so opening a case needs no BEGIN/COMMIT round trips.
/** Writes a complete new case row (ids made by the caller), its promises, their audit entries and its events' deliveries. */
export async function insertCaseWithCommitments(
  db: Executor,
  orgId: string,
  row: CaseRow,
  promises: CommitmentRow[],
  audit: AuditEntry[],
  events: readonly OutboxEvent[] = [],
): Promise<void> {
  const caseRow = { ...row, orgId };
  const commitmentRows = promises.map((p) => ({ ...p, orgId }));
  const auditValues = auditRows(orgId, audit);
  const outbox = events.map(outboxValues);
  // The statement depends only on which columns each row sets: it is built once per shape and prepared by name, and
  // each request binds its values (encoded for the driver as drizzle encodes them) to the placeholders.
  const values: Record<string, unknown> = {};
  const bind = (prefix: string, record: Record<string, unknown>, columns?: Record<string, Column>) => {
    for (const key in record) {
      const value = record[key];
      if (value === undefined) continue;
      const column = columns?.[key];
      values[`${prefix}${key}`] = value === null || !column ? value : column.mapToDriverValue(value);
    }
  };
  bind('c_', caseRow, caseColumns);
  for (const [i, r] of commitmentRows.entries()) bind(`p${i}_`, r, commitmentColumns);
  for (const [i, r] of auditValues.entries()) bind(`a${i}_`, r, auditColumns);
  for (const [i, r] of outbox.entries()) bind(`e${i}_`, r);
  const shape = [caseRow, ...commitmentRows, '|', ...auditValues, '|', outbox.length]
    .map((r) => (typeof r === 'object' ? definedKeys(r).join(',') : String(r)))
    .join(';');
  let statement = insertStatements.get(shape);
  if (!statement) {
    statement = buildInsertStatement(db, caseRow, commitmentRows, auditValues, outbox.length);
    if (insertStatements.size >= 256) insertStatements.clear();
    insertStatements.set(shape, statement);
  }
  await db._.session.prepareQuery(statement.query, undefined, statement.name, false).execute(values);
}

const caseColumns = getTableColumns(cases) as Record<string, Column>;
const commitmentColumns = getTableColumns(commitments) as Record<string, Column>;
const auditColumns = getTableColumns(auditEvents) as Record<string, Column>;
const definedKeys = (record: Record<string, unknown>) => Object.keys(record).filter((k) => record[k] !== undefined);

const insertStatements = new Map<string, { name: string; query: Query }>();
const dialect = new PgDialect();

/** insertCaseWithCommitments' statement for rows with these columns, every value a placeholder named as it binds them. */
function buildInsertStatement(
  db: Executor,
  caseRow: Record<string, unknown>,
  commitmentRows: Record<string, unknown>[],
  auditValues: Record<string, unknown>[],
  eventCount: number,
) {
  // A placeholder as plain SQL (not a column Param), so the value bound is exactly the one encoded above.
  const placeholders = <T extends Record<string, unknown>>(prefix: string, record: T) =>
    Object.fromEntries(definedKeys(record).map((key) => [key, sql`${sql.placeholder(`${prefix}${key}`)}`])) as T;
  const parts = [
    sql`with new_case as (${db
      .insert(cases)
      .values(placeholders('c_', caseRow) as typeof cases.$inferInsert)
      .getSQL()})`,
  ];
  if (commitmentRows.length > 0) {
    parts.push(
      sql`, new_commitments as (${db
        .insert(commitments)
        .values(commitmentRows.map((r, i) => placeholders(`p${i}_`, r) as typeof commitments.$inferInsert))
        .getSQL()})`,
    );
  }
  for (let i = 0; i < eventCount; i++) {
    const event = Object.fromEntries(
      ['orgId', 'type', 'key', 'at', 'data', 'caseId'].map((k) => [k, sql.placeholder(`e${i}_${k}`)]),
    ) as Parameters<typeof outboxStatement>[0];
    parts.push(sql`, ${sql.raw(`outbox_${i}`)} as (${outboxStatement(event)})`);
  }
  parts.push(
    sql` ${db
      .insert(auditEvents)
      .values(auditValues.map((r, i) => placeholders(`a${i}_`, r) as typeof auditEvents.$inferInsert))
      .getSQL()}`,
  );
  const query = dialect.sqlToQuery(sql.join(parts));
  return { name: `insert_case_${createHash('sha1').update(query.sql).digest('hex').slice(0, 16)}`, query };
}

/** One case of the org, or undefined; `lock` holds it for update until the transaction ends. */
export async function findCase(db: Executor, orgId: string, id: string, lock = false): Promise<CaseRow | undefined> {
  const query = db
    .select()
    .from(cases)
    .where(and(eq(cases.orgId, orgId), eq(cases.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Writes a patch if the case is still at `version`; returns undefined when someone else changed it first. */
export async function updateCase(
  db: Executor,
  orgId: string,
  id: string,
  version: number,
  patch: CasePatch,
): Promise<CaseRow | undefined> {
  const [row] = await db
    .update(cases)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(cases.orgId, orgId), eq(cases.id, id), eq(cases.version, version)))
    .returning();
  return row;
}

/**
 * Past this many open cases, a person's load is only counted as "at least this" (see `countOpenCasesOf`). Routing
 * looks for the least loaded, so a count above everyone's minimum need not be exact.
 */
export const OPEN_CASE_COUNT_CAP = 500;

/** The statement `countOpenCasesOf` sends (`cap` null: no cap); test/store/list-indexes checks its index. */
export const openCasesStatement = (orgId: string, ownerIds: readonly string[], cap: number | null) => sql`
  select o.id::text as owner_id,
         (select count(*)::int from (select 1 from ${cases} c
            where c.org_id = ${orgId} and c.owner_id = o.id and c.state <> 'closed'
            limit ${cap === null ? sql.raw('all') : cap}) capped) as n
  from unnest(array[${sql.join(
    ownerIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]) as o(id)`;

/**
 * Open (not closed) cases of each of `ownerIds`, for routing by load (R3). Each count reads only that person's
 * open cases in `cases_org_open_owner_idx` (migration 0019), never the org's other cases, and stops at
 * OPEN_CASE_COUNT_CAP: then the least-loaded person and their count are still exact, since anyone at the cap holds
 * more than them. Only when everyone is at the cap are the counts taken in full (a second statement).
 */
export async function countOpenCasesOf(
  db: Executor,
  orgId: string,
  ownerIds: readonly string[],
): Promise<Map<string, number>> {
  if (ownerIds.length === 0) return new Map();
  const count = async (cap: number | null) => {
    const result = (await db.execute(openCasesStatement(orgId, ownerIds, cap))) as unknown as {
      rows: { owner_id: string; n: number | string }[];
    };
    return new Map(result.rows.map((r) => [r.owner_id, Number(r.n)]));
  };
  const capped = await count(OPEN_CASE_COUNT_CAP);
  return [...capped.values()].every((n) => n >= OPEN_CASE_COUNT_CAP) ? count(null) : capped;
}

/** Cases per root cause per week (Monday, UTC) since `since`, for spike detection (P3). */
export async function countCasesByRootCauseWeek(db: Executor, orgId: string, since: Date) {
  const week = sql<string>`to_char(date_trunc('week', ${cases.receivedAt} at time zone 'UTC'), 'YYYY-MM-DD')`;
  const rows = await db
    .select({ rootCauseId: cases.rootCauseId, week, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(eq(cases.orgId, orgId), isNotNull(cases.rootCauseId), gte(cases.receivedAt, since)))
    .groupBy(cases.rootCauseId, week);
  return rows.map((r) => ({
    rootCauseId: r.rootCauseId!,
    weekStart: new Date(`${r.week}T00:00:00Z`),
    count: Number(r.n),
  }));
}

/** Cases of every org closed unresolved with no supervisor follow-up (F6: a close that crashed half-way). */
export const listCasesOwingFollowUp = (db: Executor, limit: number) =>
  db
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.state, 'closed'),
        eq(cases.outcome, 'unresolved'),
        sql`not exists (select 1 from ${commitments} c where c.org_id = ${cases.orgId} and c.case_id = ${cases.id} and c.kind = 'supervisor_follow_up')`,
      ),
    )
    .orderBy(cases.closedAt)
    .limit(limit);

// Case listing: filters, full-text-ish search, team scoping and keyset (cursor) pagination.
export interface CaseFilters {
  state?: (typeof cases.$inferSelect)['state'] | undefined;
  severity?: (typeof cases.$inferSelect)['severity'] | undefined;
  customerId?: string | undefined;
  ownerId?: string | undefined;
  teamId?: string | undefined;
  rootCauseId?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** Agents are limited to their team's and their own cases. */
export interface CaseScope {
  orgId: string;
  teamOf?: TeamScope | undefined;
}

/** The statement GET /cases sends for one page (`limit + 1` rows); bench/load EXPLAINs exactly this. */
export function caseListQuery(db: Executor, scope: CaseScope, filters: CaseFilters, plan?: TermPlan) {
  const page = keyset({ key: cases.receivedAt, id: cases.id, direction: 'desc', kind: 'time' }, filters.cursor);
  const where: Array<SQL | undefined> = [
    eq(cases.orgId, scope.orgId),
    visibleTo(scope.teamOf, cases.ownerId, cases.teamId),
  ];
  if (filters.state) where.push(eq(cases.state, filters.state));
  if (filters.severity) where.push(eq(cases.severity, filters.severity));
  if (filters.customerId) where.push(eq(cases.customerId, filters.customerId));
  if (filters.ownerId) where.push(eq(cases.ownerId, filters.ownerId));
  if (filters.teamId) where.push(eq(cases.teamId, filters.teamId));
  if (filters.rootCauseId) where.push(eq(cases.rootCauseId, filters.rootCauseId));
  // With weeks, the index reads the rarest piece in each of them (the week narrows instead of a second piece; with
  // two pieces the planner, multiplying their shares, expects a handful of rows and asks it for the pieces alone).
  const weeks = filters.q && plan?.kind === 'pieces' ? plan.weeks : undefined;
  const read: TermPlan | undefined =
    weeks && plan?.kind === 'pieces' ? { kind: 'pieces', pieces: plan.pieces.slice(0, 1) } : plan;
  where.push(containsAnyText(filters.q, caseSearchText, caseSearchColumns(cases), read), page.after);
  if (weeks) where.push(newestWeeks(scope.orgId, page.after, weeks));
  return db
    .select()
    .from(cases)
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(pageRows(filters.limit));
}

/**
 * The org's newest `weeks` weeks, counted back from the week of its newest case before the cursor: every case of the
 * page before the cursor that these weeks leave out is older than every case they hold, so a page found in them is
 * the page. Written as a list of weeks (`= any(…)`), which the trigram index (migration 0021) answers one week at a
 * time from its posting lists, never reading the cases of other weeks.
 */
export function newestWeeks(orgId: string, after: SQL | undefined, weeks: number): SQL {
  const newest = sql`select ${caseWeek(sql`max(${cases.receivedAt})`)} as w from ${cases} where ${and(eq(cases.orgId, orgId), after)}`;
  const back = sql.raw(`interval '${7 * (weeks - 1)} days'`);
  return sql`${caseWeek(cases.receivedAt)} = any(array(select generate_series(w - ${back}, w, interval '7 days') from (${newest}) newest))`;
}

/** How GET /cases?q= reads the index for its term (search-trigrams.ts): from a cached sample of the stored texts. */
export async function caseSearchPlan(db: Executor, filters: CaseFilters): Promise<TermPlan | undefined> {
  return filters.q ? planTerm(filters.q, await searchSample(db), filters.limit + 1) : undefined;
}

/**
 * One page of cases. Without a search term the plan does not depend on the values, so the statement is prepared by
 * name (one per filter shape and page size): PostgreSQL and PGlite parse it once and may keep its plan. A search is
 * planned for its term each time: a common term walks the newest cases, a rare one reads its rarest trigrams from the
 * trigram index (`caseSearchPlan`).
 */
export async function listCases(db: Executor, scope: CaseScope, filters: CaseFilters) {
  return casePage(db, scope, filters, await caseSearchPlan(db, filters));
}

/** One page of cases read with `plan` (listCases' own, or a test's). */
export async function casePage(db: Executor, scope: CaseScope, filters: CaseFilters, plan: TermPlan | undefined) {
  const query = caseListQuery(db, scope, filters, plan);
  let rows = filters.q ? await query : await query.prepare(statementName('list_cases', query.toSQL().sql)).execute();
  // The newest weeks held no page and the row after it: three times as many weeks (while that is few), then every week.
  let weeks = filters.q && plan?.kind === 'pieces' ? plan.weeks : undefined;
  while (weeks && plan?.kind === 'pieces' && rows.length <= filters.limit) {
    weeks = weeks * 3 <= MAX_WEEKS ? weeks * 3 : undefined;
    rows = await caseListQuery(
      db,
      scope,
      filters,
      weeks ? { ...plan, weeks } : { kind: 'pieces', pieces: plan.pieces },
    );
  }
  return toPage(rows, filters.limit, (row) => [row.receivedAt, row.id]);
}
