CREATE TYPE "public"."complaint_channel" AS ENUM('in-person', 'phone', 'email', 'letter', 'feedback-form', 'other');--> statement-breakpoint
CREATE TYPE "public"."complaint_made_by" AS ENUM('her', 'someone-for-her');--> statement-breakpoint
CREATE TYPE "public"."complaint_status" AS ENUM('received', 'acknowledged', 'resolved', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."complaint_subject" AS ENUM('staff-conduct', 'quality-of-support', 'privacy', 'language-or-interpreting', 'waiting-or-access', 'safety', 'accommodation', 'other');--> statement-breakpoint
ALTER TYPE "public"."consent_purpose" ADD VALUE 'follow-up-contact';--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_id" uuid NOT NULL,
	"received_on" date NOT NULL,
	"channel" "complaint_channel" NOT NULL,
	"made_by" "complaint_made_by" NOT NULL,
	"subject" "complaint_subject" NOT NULL,
	"details_cipher" text,
	"handler_id" uuid,
	"status" "complaint_status" DEFAULT 'received' NOT NULL,
	"outcome_cipher" text,
	"closed_on" date,
	"told_outcome" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "closures" ADD COLUMN "follow_up_on" date;--> statement-breakpoint
ALTER TABLE "closures" ADD COLUMN "follow_up_done_on" date;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_organisation_id_status_received_on_index" ON "complaints" USING btree ("organisation_id","status","received_on");--> statement-breakpoint
CREATE INDEX "complaints_organisation_id_client_id_index" ON "complaints" USING btree ("organisation_id","client_id");--> statement-breakpoint
-- hand-written: row-level security and grants (like 0001), and the bounds core's complaint rules check.
GRANT SELECT, INSERT, UPDATE, DELETE ON "complaints" TO gesim_app;--> statement-breakpoint
ALTER TABLE "complaints" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "complaints_tenant_isolation" ON "complaints" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_closed_on_check" CHECK (("status" IN ('received', 'acknowledged')) = ("closed_on" IS NULL) AND ("closed_on" IS NULL OR "closed_on" >= "received_on"));--> statement-breakpoint
ALTER TABLE "closures" ADD CONSTRAINT "closures_follow_up_after_closure" CHECK ("follow_up_on" IS NULL OR "follow_up_on" > "closed_on");
