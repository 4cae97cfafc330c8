ALTER TABLE "users" ADD COLUMN "totp_recovery_codes" text[];--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;