CREATE TABLE "funder_releases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"organisations" text NOT NULL,
	"period" text NOT NULL,
	"dimensions" text NOT NULL,
	"release" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "funding_relationship_organisations" ADD COLUMN "epsilon_per_period" double precision;--> statement-breakpoint
ALTER TABLE "funding_relationship_organisations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "funder_releases" ADD CONSTRAINT "funder_releases_relationship_id_funding_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."funding_relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "funder_releases_key" ON "funder_releases" USING btree ("relationship_id","organisations","period","dimensions");--> statement-breakpoint
-- Funding governance (security review, issue 6; ADR 009). ε is decided per link: each
-- organisation writes only its own link row (tenant isolation policy of migration 0003). Links
-- start with the relationship's former ε.
UPDATE "funding_relationship_organisations" l SET "epsilon_per_period" = r."epsilon_per_period" FROM "funding_relationships" r WHERE r."id" = l."relationship_id";--> statement-breakpoint
-- The privacy-budget ledger is append-only for the application: read and insert, never change.
DROP POLICY "privacy_budget_spends_linked" ON "privacy_budget_spends";--> statement-breakpoint
REVOKE UPDATE, DELETE ON "privacy_budget_spends" FROM gesim_app;--> statement-breakpoint
CREATE POLICY "privacy_budget_spends_select" ON "privacy_budget_spends" FOR SELECT TO gesim_app USING (gesim_relationship_visible("relationship_id"));--> statement-breakpoint
CREATE POLICY "privacy_budget_spends_insert" ON "privacy_budget_spends" FOR INSERT TO gesim_app WITH CHECK (gesim_relationship_visible("relationship_id"));--> statement-breakpoint
-- Stored releases: visible where the relationship is visible, written once, never changed.
GRANT SELECT, INSERT ON "funder_releases" TO gesim_app;--> statement-breakpoint
ALTER TABLE "funder_releases" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "funder_releases_select" ON "funder_releases" FOR SELECT TO gesim_app USING (gesim_relationship_visible("relationship_id"));--> statement-breakpoint
CREATE POLICY "funder_releases_insert" ON "funder_releases" FOR INSERT TO gesim_app WITH CHECK (gesim_relationship_visible("relationship_id"));--> statement-breakpoint
-- SECURITY DEFINER with a fixed search_path and qualified names, so no object a caller creates
-- in another schema (or pg_temp) can stand in for the ones it reads.
CREATE OR REPLACE FUNCTION public.gesim_relationship_organisations(relationship uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
  AS $$
    SELECT l."organisation_id" FROM public."funding_relationship_organisations" l
    WHERE l."relationship_id" = relationship
      AND EXISTS (SELECT 1 FROM public."funding_relationship_organisations" own WHERE own."relationship_id" = relationship AND own."organisation_id" = public.gesim_current_organisation())
  $$;
--> statement-breakpoint
-- Deleting a relationship would cascade to every organisation's links, spends and releases:
-- no linked organisation may do that (an organisation leaves by unlinking).
DROP POLICY "funding_relationships_linked_delete" ON "funding_relationships";--> statement-breakpoint
REVOKE DELETE ON "funding_relationships" FROM gesim_app;
