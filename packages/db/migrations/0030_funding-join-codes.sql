ALTER TABLE "funding_relationships" ADD COLUMN "join_code_hash" text;--> statement-breakpoint
ALTER TABLE "funding_relationships" ADD COLUMN "join_code_expires_at" timestamp with time zone;--> statement-breakpoint
-- hand-written: joining a funding relationship needs a one-use join code from an organisation
-- already linked (security review: a relationship id is not a secret). Only its SHA-256 is stored.
-- No new policy: the joining organisation checks and uses the code as the system role.
COMMENT ON COLUMN "funding_relationships"."join_code_hash" IS 'SHA-256 (hex) of the open join code; cleared when used';
