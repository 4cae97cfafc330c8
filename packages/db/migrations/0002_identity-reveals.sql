CREATE TYPE "public"."reveal_reason" AS ENUM('legal-proceedings', 'official-documents', 'medical-emergency', 'safety-emergency', 'her-request', 'other');--> statement-breakpoint
CREATE TABLE "identity_reveals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_id" uuid NOT NULL,
	"revealed_by" uuid,
	"reason" "reveal_reason" NOT NULL,
	"justification" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity_reveals" ADD CONSTRAINT "identity_reveals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_reveals" ADD CONSTRAINT "identity_reveals_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_reveals" ADD CONSTRAINT "identity_reveals_revealed_by_users_id_fk" FOREIGN KEY ("revealed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_reveals_organisation_id_client_id_created_at_index" ON "identity_reveals" USING btree ("organisation_id","client_id","created_at");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "identity_reveals" TO gesim_app;--> statement-breakpoint
ALTER TABLE "identity_reveals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "identity_reveals_tenant_isolation" ON "identity_reveals" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
