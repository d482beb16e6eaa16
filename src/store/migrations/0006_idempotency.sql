CREATE TABLE "idempotency_keys" (
	"org_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"status" integer,
	"response_body" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_org_id_scope_key_pk" PRIMARY KEY("org_id","scope","key")
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "idempotency_keys" USING btree ("expires_at");--> statement-breakpoint
-- Conversations stored twice under one external reference before it was unique: the first keeps it, later copies
-- keep theirs with " (duplicate <id>)" appended, so nothing is lost and the unique index can be built.
UPDATE "conversations" AS c SET "external_ref" = c."external_ref" || ' (duplicate ' || c."id" || ')'
WHERE c."external_ref" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "conversations" AS first
  WHERE first."org_id" = c."org_id" AND first."external_ref" = c."external_ref"
    AND (first."created_at", first."id") < (c."created_at", c."id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_org_external_ref_unique" ON "conversations" USING btree ("org_id","external_ref") WHERE "conversations"."external_ref" is not null;