-- The planner's choice for GET /cases?q= (walk the keyset index filtering, or the trigram index then a top-N sort)
-- rests on its estimate of how many cases contain the term. With the default 100-entry histogram a rare term (one
-- case in a thousand) was estimated ten times too common, so it walked the org's cases one by one; 500 entries
-- estimate it within its order of magnitude (EXPLAIN in BENCHMARKS.md) for about 0.2 ms more planning.
ALTER INDEX "cases_search_trgm_idx" ALTER COLUMN 1 SET STATISTICS 500;--> statement-breakpoint
-- New cases wait in the index's pending list until it is flushed; every search reads that list, and the planner
-- prices it in (93 pending pages after a bulk load made it walk 26,000 cases for a 20-row answer). 256 kB bounds it.
ALTER INDEX "cases_search_trgm_idx" SET (gin_pending_list_limit = 256);
