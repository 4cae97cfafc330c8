CREATE TYPE "public"."appointment_interpreter_gender" AS ENUM('woman', 'any');--> statement-breakpoint
CREATE TYPE "public"."appointment_interpreter_mode" AS ENUM('in-person', 'remote');--> statement-breakpoint
CREATE TYPE "public"."appointment_kind" AS ENUM('legal', 'health', 'therapy', 'job-centre', 'childcare', 'other');--> statement-breakpoint
CREATE TYPE "public"."appointment_mode" AS ENUM('in-person', 'phone', 'video');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('scheduled', 'cancelled');--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_id" uuid NOT NULL,
	"action_id" uuid,
	"created_by" uuid,
	"kind" "appointment_kind" NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mode" "appointment_mode" NOT NULL,
	"place_cipher" text,
	"attendee_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"interpreter_language" text,
	"interpreter_gender" "appointment_interpreter_gender",
	"interpreter_mode" "appointment_interpreter_mode",
	"interpreter_booked" boolean,
	"childcare_needed" boolean DEFAULT false NOT NULL,
	"status" "appointment_status" DEFAULT 'scheduled' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_organisation_id_date_index" ON "appointments" USING btree ("organisation_id","date");--> statement-breakpoint
CREATE INDEX "appointments_organisation_id_client_id_date_index" ON "appointments" USING btree ("organisation_id","client_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_token_key" ON "calendar_feeds" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_user_id_organisation_id_index" ON "calendar_feeds" USING btree ("user_id","organisation_id");--> statement-breakpoint
-- hand-written: row-level security and grants (like 0001), and the bounds the core schema checks.
GRANT SELECT, INSERT, UPDATE, DELETE ON "appointments" TO gesim_app;--> statement-breakpoint
ALTER TABLE "appointments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "appointments_tenant_isolation" ON "appointments" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "calendar_feeds" TO gesim_app;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "calendar_feeds_tenant_isolation" ON "calendar_feeds" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_start_time_check" CHECK ("start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_duration_check" CHECK ("duration_minutes" BETWEEN 5 AND 720);
