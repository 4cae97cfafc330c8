-- A funder's coverage of a relationship in one query (issue 8): the linked organisations in
-- which she holds an active funder membership, with their k and ε. It was one tenant savepoint
-- per linked organisation (≈ 100 round trips for 20 organisations) on every funder view, stored
-- release or not. Only this metadata is read here; case records are still read under each
-- organisation's own row-level security (ADR 009).
-- SECURITY DEFINER with a fixed search_path and qualified names (as 0006). It answers only for
-- a relationship the current organisation is linked to, and only for a funder who is an active
-- funder member of the current organisation; each covered organisation decides through its own
-- membership row, as before.
CREATE OR REPLACE FUNCTION public.gesim_funder_coverage(relationship uuid, funder uuid)
  RETURNS TABLE (organisation_id uuid, k integer, epsilon double precision)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT l."organisation_id", o."disclosure_threshold", l."epsilon_per_period"
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
