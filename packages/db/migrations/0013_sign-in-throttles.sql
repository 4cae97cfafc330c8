CREATE TABLE "sign_in_throttles" (
	"key" text PRIMARY KEY NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "second_factor_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
CREATE INDEX "sign_in_throttles_updated_at_index" ON "sign_in_throttles" USING btree ("updated_at");--> statement-breakpoint
-- hand-written (sec-auth)
-- Sign-in counters are read and written by the connecting role only; the application role
-- (tenant transactions) sees no row of them: row-level security on, and no policy for it.
ALTER TABLE "sign_in_throttles" ENABLE ROW LEVEL SECURITY;
