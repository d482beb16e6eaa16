-- pg_trgm ships with PostgreSQL (contrib, trusted since 13) and with PGlite (loaded in database.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_idempotency_key_unique";--> statement-breakpoint
DROP INDEX "conversations_org_created_idx";--> statement-breakpoint
CREATE INDEX "customers_org_name_id_idx" ON "customers" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "conversations_org_created_id_idx" ON "conversations" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "cases_org_received_id_idx" ON "cases" USING btree ("org_id","received_at","id");--> statement-breakpoint
CREATE INDEX "cases_org_state_received_id_idx" ON "cases" USING btree ("org_id","state","received_at","id");--> statement-breakpoint
CREATE INDEX "cases_presenting_issue_trgm_idx" ON "cases" USING gin ("presenting_issue" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_underlying_issue_trgm_idx" ON "cases" USING gin ("underlying_issue" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_category_trgm_idx" ON "cases" USING gin ("category" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "commitments_org_due_id_idx" ON "commitments" USING btree ("org_id","due_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_org_idempotency_key_unique" ON "webhook_deliveries" USING btree ("org_id","idempotency_key");