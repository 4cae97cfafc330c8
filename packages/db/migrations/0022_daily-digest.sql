CREATE TABLE "digest_deliveries" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_deliveries_organisation_id_user_id_day_pk" PRIMARY KEY("organisation_id","user_id","day")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "digest_emails" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written: digest deliveries are the organisation's rows only.
GRANT SELECT, INSERT, UPDATE, DELETE ON "digest_deliveries" TO gesim_app;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "digest_deliveries_tenant_isolation" ON "digest_deliveries" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
