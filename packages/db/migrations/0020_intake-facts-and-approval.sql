ALTER TABLE "clients" ADD COLUMN "nationality" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "safe_contact" jsonb;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "interpreter" jsonb;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "approved_content" jsonb;