CREATE TYPE "public"."disclosure_recipient" AS ENUM('police', 'prosecution', 'immigration', 'other-ngo', 'researcher', 'funder', 'other');--> statement-breakpoint
CREATE TYPE "public"."permit_basis" AS ENUM('tied-to-cooperation', 'independent', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."right_to_work" AS ENUM('yes', 'no', 'unknown');--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_id" uuid NOT NULL,
	"disclosed_on" date NOT NULL,
	"recipient" "disclosure_recipient" NOT NULL,
	"has_consent" boolean NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "children" jsonb;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "permit_basis" "permit_basis";--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "permit_expires_on" date;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "right_to_work" "right_to_work";--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "caseworker_changes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "plan_check_config" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "disclosures_organisation_id_client_id_disclosed_on_index" ON "disclosures" USING btree ("organisation_id","client_id","disclosed_on");--> statement-breakpoint
-- hand-written (principles)
ALTER TABLE "disclosures" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "disclosures_tenant_isolation" ON "disclosures" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_caseworker_changes_min" CHECK ("caseworker_changes" >= 0);
