CREATE TABLE "funding_relationship_members" (
	"relationship_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_relationship_members_relationship_id_user_id_pk" PRIMARY KEY("relationship_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "funding_relationship_organisations" (
	"relationship_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_relationship_organisations_relationship_id_organisation_id_pk" PRIMARY KEY("relationship_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "funding_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"epsilon_per_period" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_budget_spends" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"relationship_id" uuid NOT NULL,
	"period" text NOT NULL,
	"epsilon" double precision NOT NULL,
	"query" text NOT NULL,
	"spent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "erased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "retain_notes_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "retain_identity_months" integer DEFAULT 36 NOT NULL;--> statement-breakpoint
ALTER TABLE "funding_relationship_members" ADD CONSTRAINT "funding_relationship_members_relationship_id_funding_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."funding_relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_relationship_members" ADD CONSTRAINT "funding_relationship_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_relationship_organisations" ADD CONSTRAINT "funding_relationship_organisations_relationship_id_funding_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."funding_relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_relationship_organisations" ADD CONSTRAINT "funding_relationship_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_budget_spends" ADD CONSTRAINT "privacy_budget_spends_relationship_id_funding_relationships_id_fk" FOREIGN KEY ("relationship_id") REFERENCES "public"."funding_relationships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_budget_spends" ADD CONSTRAINT "privacy_budget_spends_spent_by_users_id_fk" FOREIGN KEY ("spent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funding_relationship_members_user_id_index" ON "funding_relationship_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "funding_relationship_organisations_organisation_id_index" ON "funding_relationship_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "privacy_budget_spends_relationship_id_period_index" ON "privacy_budget_spends" USING btree ("relationship_id","period");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_positive" CHECK ("organisations"."retain_notes_months" >= 1 and "organisations"."retain_identity_months" >= 1);--> statement-breakpoint
-- Row-level security for funding (issue 6). An organisation sees its own links to funding
-- relationships, and the relationships, members and budget spends of those links only.
GRANT SELECT, INSERT, UPDATE, DELETE ON "funding_relationships", "funding_relationship_organisations", "funding_relationship_members", "privacy_budget_spends" TO gesim_app;--> statement-breakpoint
ALTER TABLE "funding_relationship_organisations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "funding_relationship_organisations_tenant_isolation" ON "funding_relationship_organisations" TO gesim_app USING ("organisation_id" = gesim_current_organisation()) WITH CHECK ("organisation_id" = gesim_current_organisation());--> statement-breakpoint
CREATE OR REPLACE FUNCTION gesim_relationship_visible(relationship uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT EXISTS (SELECT 1 FROM "funding_relationship_organisations" l WHERE l."relationship_id" = relationship AND l."organisation_id" = gesim_current_organisation()) $$;--> statement-breakpoint
ALTER TABLE "funding_relationships" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
-- A new relationship has no link yet: inserting one reveals nothing, reading needs the link.
CREATE POLICY "funding_relationships_insert" ON "funding_relationships" FOR INSERT TO gesim_app WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "funding_relationships_linked" ON "funding_relationships" FOR SELECT TO gesim_app USING (gesim_relationship_visible("id"));--> statement-breakpoint
CREATE POLICY "funding_relationships_linked_update" ON "funding_relationships" FOR UPDATE TO gesim_app USING (gesim_relationship_visible("id")) WITH CHECK (gesim_relationship_visible("id"));--> statement-breakpoint
CREATE POLICY "funding_relationships_linked_delete" ON "funding_relationships" FOR DELETE TO gesim_app USING (gesim_relationship_visible("id"));--> statement-breakpoint
ALTER TABLE "funding_relationship_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "funding_relationship_members_linked" ON "funding_relationship_members" TO gesim_app USING (gesim_relationship_visible("relationship_id")) WITH CHECK (gesim_relationship_visible("relationship_id"));--> statement-breakpoint
ALTER TABLE "privacy_budget_spends" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "privacy_budget_spends_linked" ON "privacy_budget_spends" TO gesim_app USING (gesim_relationship_visible("relationship_id")) WITH CHECK (gesim_relationship_visible("relationship_id"));--> statement-breakpoint
-- The organisations of a relationship the current organisation belongs to, for funder
-- aggregates across organisations (each is then read inside its own tenant transaction).
CREATE OR REPLACE FUNCTION gesim_relationship_organisations(relationship uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT l."organisation_id" FROM "funding_relationship_organisations" l
    WHERE l."relationship_id" = relationship
      AND EXISTS (SELECT 1 FROM "funding_relationship_organisations" own WHERE own."relationship_id" = relationship AND own."organisation_id" = gesim_current_organisation())
  $$;
