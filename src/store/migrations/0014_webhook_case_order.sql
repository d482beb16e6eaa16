-- Webhook order per case: each delivery carries the case its event concerns, and the claim holds a case's later
-- deliveries to a webhook behind an earlier pending one (src/store/repositories/webhook.repository.ts).
ALTER TABLE "webhook_deliveries" ADD COLUMN "case_id" uuid;--> statement-breakpoint
-- Deliveries still owed take part in the order at once; delivered and dead ones are history and keep a null.
UPDATE "webhook_deliveries" SET "case_id" = ("payload"->'data'->>'caseId')::uuid
  WHERE "status" = 'pending'
    AND "payload"->'data'->>'caseId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_case_pending_idx" ON "webhook_deliveries" USING btree ("org_id","webhook_id","case_id","created_at","id") WHERE "webhook_deliveries"."status" = 'pending' and "webhook_deliveries"."case_id" is not null;
