CREATE TABLE "coverage_snapshots" (
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"month" text NOT NULL,
	"principle" text NOT NULL,
	"met" integer NOT NULL,
	"partly" integer NOT NULL,
	"not_met" integer NOT NULL,
	"not_applicable" integer NOT NULL,
	CONSTRAINT "coverage_snapshots_organisation_id_month_principle_pk" PRIMARY KEY("organisation_id","month","principle")
);
--> statement-breakpoint
ALTER TABLE "coverage_snapshots" ADD CONSTRAINT "coverage_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- Row-level security (ADR 003): an organisation sees and writes only its own trend counts.
GRANT SELECT, INSERT, UPDATE, DELETE ON "coverage_snapshots" TO gesim_app;--> statement-breakpoint
ALTER TABLE "coverage_snapshots" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "coverage_snapshots_tenant_isolation" ON "coverage_snapshots" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
