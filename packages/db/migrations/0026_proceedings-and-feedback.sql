CREATE TYPE "public"."charge_status" AS ENUM('none', 'pending', 'convicted', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."compensation_claim_status" AS ENUM('none', 'filed', 'awarded', 'paid');--> statement-breakpoint
CREATE TYPE "public"."proceedings_status" AS ENUM('none', 'ongoing', 'conviction', 'no-conviction', 'unknown');--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "charges_against_her" charge_status;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "proceedings" "proceedings_status";--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "compensation_claim" "compensation_claim_status";--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "secondary_victimisation_events" smallint;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "felt_heard" smallint;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "plan_fits_her" smallint;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "safe_with_service" smallint;--> statement-breakpoint
-- hand-written (evidence): the review's counts and ratings hold what core's schemas allow
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_secondary_victimisation_events_range" CHECK ("secondary_victimisation_events" BETWEEN 0 AND 50);
--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_feedback_range" CHECK (("felt_heard" BETWEEN 1 AND 5) AND ("plan_fits_her" BETWEEN 1 AND 5) AND ("safe_with_service" BETWEEN 1 AND 5));
