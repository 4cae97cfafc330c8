CREATE TABLE "audit_verifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"verified_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"ok" boolean NOT NULL,
	"events" integer NOT NULL,
	"pending" integer NOT NULL,
	"broken_at_event_id" bigint
);
--> statement-breakpoint
ALTER TABLE "identity_reveals" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "identity_reveals" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_verifications" ADD CONSTRAINT "audit_verifications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_verifications_organisation_id_verified_at_index" ON "audit_verifications" USING btree ("organisation_id","verified_at");--> statement-breakpoint
ALTER TABLE "identity_reveals" ADD CONSTRAINT "identity_reveals_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- hand-written:
-- Verification results are appended, never changed: the app may read and add its organisation's only.
ALTER TABLE "audit_verifications" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "audit_verifications_tenant_isolation" ON "audit_verifications" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
REVOKE UPDATE, DELETE ON "audit_verifications" FROM gesim_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON "audit_verifications" TO gesim_app;
