ALTER TABLE "clients" ADD COLUMN "reflection_period_start" date;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "permit_type" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "disclosure_rounding" integer;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "country_rules" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_disclosure_rounding_divides" CHECK ("organisations"."disclosure_rounding" is null or ("organisations"."disclosure_rounding" >= 1 and "organisations"."disclosure_threshold" % "organisations"."disclosure_rounding" = 0));--> statement-breakpoint
-- The funder coverage (migration 0010) also gives each organisation's rounding: a release over
-- several organisations rounds with the coarsest that divides its k (core releaseRounding).
-- A function's result columns cannot change in place: dropped and made again, same rights.
DROP FUNCTION public.gesim_funder_coverage(uuid, uuid);
--> statement-breakpoint
CREATE FUNCTION public.gesim_funder_coverage(relationship uuid, funder uuid)
  RETURNS TABLE (organisation_id uuid, k integer, rounding integer, epsilon double precision)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT l."organisation_id", o."disclosure_threshold", o."disclosure_rounding", l."epsilon_per_period"
    FROM public."funding_relationship_organisations" l
    JOIN public."organisations" o ON o."id" = l."organisation_id"
    WHERE l."relationship_id" = relationship
      AND EXISTS (SELECT 1 FROM public."funding_relationship_organisations" own
                  WHERE own."relationship_id" = relationship AND own."organisation_id" = public.gesim_current_organisation())
      AND EXISTS (SELECT 1 FROM public."memberships" me
                  WHERE me."user_id" = funder AND me."organisation_id" = public.gesim_current_organisation() AND me."role" = 'funder' AND me."active")
      AND EXISTS (SELECT 1 FROM public."memberships" m
                  WHERE m."user_id" = funder AND m."organisation_id" = l."organisation_id" AND m."role" = 'funder' AND m."active")
    ORDER BY l."organisation_id"
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.gesim_funder_coverage(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.gesim_funder_coverage(uuid, uuid) TO gesim_app;
