CREATE TABLE "indicator_snapshots" (
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"month" text NOT NULL,
	"figure" text NOT NULL,
	"value" double precision,
	"source" text NOT NULL,
	"as_of" date NOT NULL,
	CONSTRAINT "indicator_snapshots_organisation_id_month_figure_pk" PRIMARY KEY("organisation_id","month","figure")
);
--> statement-breakpoint
ALTER TABLE "indicator_snapshots" ADD CONSTRAINT "indicator_snapshots_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- hand-written: row-level security (ADR 003): an organisation sees and writes only its own monthly figures.
GRANT SELECT, INSERT, UPDATE, DELETE ON "indicator_snapshots" TO gesim_app;--> statement-breakpoint
ALTER TABLE "indicator_snapshots" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "indicator_snapshots_tenant_isolation" ON "indicator_snapshots" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
