-- Routing by load (R3) counts the open cases of the people a rule makes eligible, one person at a time and capped
-- (src/store/repositories/case.repository.ts countOpenCasesOf), instead of grouping every open case of the org by
-- owner (a seq scan of 162,000 open cases took 51-55 ms at 200,000 cases). The count reads only the index:
-- (org_id, owner_id) over cases not closed. It replaces (org_id, state) over the same rows, which nothing else read.
DROP INDEX "cases_org_open_idx";--> statement-breakpoint
CREATE INDEX "cases_org_open_owner_idx" ON "cases" USING btree ("org_id","owner_id") WHERE "cases"."state" <> 'closed';
