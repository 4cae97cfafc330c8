ALTER TABLE "funder_releases" ADD COLUMN "differentially_private" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- Every funder release is stored (issue 8, ADR 009 amendment). A release without noise may be
-- refreshed after a maximum age, so gesim_app may update the release and its time (and mark a
-- refresh as differentially private when an organisation has set ε since), but only rows that
-- are not differentially private: a noised release, and with it its ledger spend, never changes.
-- (0001's default privileges had granted UPDATE and DELETE on the whole table; no policy allowed them.)
REVOKE UPDATE, DELETE ON "funder_releases" FROM gesim_app;--> statement-breakpoint
GRANT UPDATE ("release", "created_at", "differentially_private") ON "funder_releases" TO gesim_app;--> statement-breakpoint
CREATE POLICY "funder_releases_refresh" ON "funder_releases" FOR UPDATE TO gesim_app
  USING (gesim_relationship_visible("relationship_id") AND NOT "differentially_private")
  WITH CHECK (gesim_relationship_visible("relationship_id"));
