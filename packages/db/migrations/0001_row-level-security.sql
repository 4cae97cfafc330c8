-- Row-level security: the second wall between organisations (issue 4).
-- Request code runs inside a transaction as role gesim_app with the setting
-- gesim.organisation_id (packages/db/src/tenant.ts); the policies below then hide every row
-- of another organisation even when a query forgets its WHERE clause. System code
-- (migrations, login, the demo seed, jobs) runs as the connecting role, which owns the tables.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gesim_app') THEN
    CREATE ROLE gesim_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
-- Only when not already a member: a role that was granted gesim_app by an administrator
-- (docs/deploy.md) has no ADMIN OPTION on it and could not grant it again (issue 15, item 12).
DO $$
BEGIN
  IF NOT pg_has_role(CURRENT_USER, 'gesim_app', 'MEMBER') THEN
    EXECUTE format('GRANT gesim_app TO %I', CURRENT_USER);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO gesim_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO gesim_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO gesim_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO gesim_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO gesim_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gesim_current_organisation() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('gesim.organisation_id', true), '')::uuid $$;
--> statement-breakpoint
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "memberships_tenant_isolation" ON "memberships" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "clients" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "clients_tenant_isolation" ON "clients" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "client_shares" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "client_shares_tenant_isolation" ON "client_shares" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "client_identities" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "client_identities_tenant_isolation" ON "client_identities" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "consents" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "consents_tenant_isolation" ON "consents" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "assessments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "assessments_tenant_isolation" ON "assessments" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "plans" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "plans_tenant_isolation" ON "plans" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "goals" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "goals_tenant_isolation" ON "goals" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "actions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "actions_tenant_isolation" ON "actions" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "service_providers" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "service_providers_tenant_isolation" ON "service_providers" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "referrals" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "referrals_tenant_isolation" ON "referrals" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "reviews" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "reviews_tenant_isolation" ON "reviews" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "closures" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "closures_tenant_isolation" ON "closures" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "notes" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "notes_tenant_isolation" ON "notes" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "audit_events_tenant_isolation" ON "audit_events" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "organisations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "organisations_own" ON "organisations" TO gesim_app USING ("id" = gesim_current_organisation()) WITH CHECK ("id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "users_members" ON "users" TO gesim_app USING (EXISTS (SELECT 1 FROM "memberships" m WHERE m."user_id" = "users"."id" AND m."organisation_id" = gesim_current_organisation()));
--> statement-breakpoint
ALTER TABLE "sessions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "sessions_tenant_isolation" ON "sessions" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());
--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "audit_chain_heads_own" ON "audit_chain_heads" TO gesim_app USING ("chain" = gesim_current_organisation()::text) WITH CHECK ("chain" = gesim_current_organisation()::text);
