-- GET /cases?q= for a rare term (one case in a thousand) asked the trigram index for every case holding the term and
-- fetched each one's heap page only to read its received_at and keep the newest page of them (1,000 pages at
-- 1,000,000 cases: BENCHMARKS.md #13, session 12). A GIN index cannot return rows in time order, so the index now
-- also holds each case's week (btree_gin): the search asks it for the term's pieces in the newest few weeks only
-- (src/store/search-trigrams.ts planTerm, case.repository.ts caseListQuery) and fetches those cases, and the older
-- weeks only when those few weeks hold less than a page. The index keeps its name, its pending-list limit and its
-- statistics target; a search that gives no weeks reads it as before (a multicolumn GIN index answers any subset of
-- its columns). The week is `date_bin('7 days', received_at, '2000-01-03 00:00:00+00')` (a Monday, UTC): the
-- expression must stay the one in src/store/schema/cases.ts caseWeek.
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
CREATE INDEX "cases_search_trgm_week_idx" ON "cases" USING gin ("search_text" gin_trgm_ops, (date_bin('7 days'::interval, "received_at", '2000-01-03 00:00:00+00'::timestamptz))) WITH (gin_pending_list_limit = 256);--> statement-breakpoint
DROP INDEX "cases_search_trgm_idx";--> statement-breakpoint
ALTER INDEX "cases_search_trgm_week_idx" RENAME TO "cases_search_trgm_idx";--> statement-breakpoint
ANALYZE "cases";
