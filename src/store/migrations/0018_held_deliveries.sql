-- Held deliveries are parked: a due delivery waiting for an earlier pending one of its case (migration 0014's order)
-- gets held_since and leaves the claim's index, so a claim's cost no longer grows with the number of held rows; the
-- earlier one's last attempt (delivered or dead) clears it for the case's next (src/store/repositories/webhook.repository.ts).
DROP INDEX "webhook_deliveries_due_idx";--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "held_since" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_claimable_idx" ON "webhook_deliveries" USING btree ("next_attempt_at") WHERE "webhook_deliveries"."status" = 'pending' and "webhook_deliveries"."held_since" is null;