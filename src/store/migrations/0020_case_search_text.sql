-- GET /cases?q= matched `ILIKE '%q%'` against the three texts joined on every row it looked at: in a UTF-8 database
-- ILIKE lower-cases the whole joined text per row, and a common term absent from the newest cases (a burst of other
-- complaints) walked thousands of them that way (BENCHMARKS.md, sessions 6-10). The joined text is now stored once,
-- lower-cased, when a case is written, and the search is `search_text LIKE lower('%q%')`: ILIKE's own definition in a
-- UTF-8 database (it lower-cases text and pattern with lower() and matches with LIKE's matcher), so every search
-- finds exactly the cases it found before. The trigram index moves to the stored column with the statistics and
-- pending-list limit of migration 0017. The expression must stay the one in src/store/pagination.ts searchableText.
-- The old index is dropped first so the table rewrite that fills the new column does not rebuild it.
DROP INDEX "cases_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(coalesce("presenting_issue", '') || E'\n' || coalesce("underlying_issue", '') || E'\n' || coalesce("category", ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "search_text" SET STATISTICS 500;--> statement-breakpoint
CREATE INDEX "cases_search_trgm_idx" ON "cases" USING gin ("search_text" gin_trgm_ops) WITH (gin_pending_list_limit = 256);--> statement-breakpoint
-- The planner weighs the trigram index against the keyset walk by the new column's statistics: gather them now
-- (PGlite never runs autoanalyze; on PostgreSQL it would wait for enough writes).
ANALYZE "cases";
