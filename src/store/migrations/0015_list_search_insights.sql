-- GET /cases?q= searches the issue texts and the category as one text (joined by a newline, so a term without one
-- matches inside a column): one trigram index over exactly that expression (src/store/pagination.ts searchableText)
-- replaces the three per-column ones, so the planner weighs one selectivity against walking the keyset index, and
-- a new case updates one GIN index instead of three.
DROP INDEX "cases_presenting_issue_trgm_idx";--> statement-breakpoint
DROP INDEX "cases_underlying_issue_trgm_idx";--> statement-breakpoint
DROP INDEX "cases_category_trgm_idx";--> statement-breakpoint
CREATE INDEX "cases_search_trgm_idx" ON "cases" USING gin ((coalesce("presenting_issue", '') || E'\n' || coalesce("underlying_issue", '') || E'\n' || coalesce("category", '')) gin_trgm_ops);--> statement-breakpoint
-- GET /insights/promises counts settled promises due after now without walking the open ones due in the future.
CREATE INDEX "commitments_org_settled_due_idx" ON "commitments" USING btree ("org_id","due_at") WHERE "commitments"."state" <> 'open';