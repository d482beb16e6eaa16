CREATE TABLE "commitment_notices" (
	"org_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "commitment_notices_org_id_commitment_id_kind_due_at_pk" PRIMARY KEY("org_id","commitment_id","kind","due_at"),
	CONSTRAINT "commitment_notices_kind" CHECK ("commitment_notices"."kind" in ('reminder', 'escalation'))
);
--> statement-breakpoint
ALTER TABLE "concessions" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "concessions" ADD COLUMN "approval_reason" text;--> statement-breakpoint
ALTER TABLE "commitment_notices" ADD CONSTRAINT "commitment_notices_org_id_commitment_id_commitments_org_id_id_fk" FOREIGN KEY ("org_id","commitment_id") REFERENCES "public"."commitments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concessions_org_status_created_idx" ON "concessions" USING btree ("org_id","status","created_at","id");