ALTER TABLE "audit_events" ADD COLUMN "actor_via" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "actor_token_id" uuid;