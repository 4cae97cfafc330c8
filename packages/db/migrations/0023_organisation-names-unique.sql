-- hand-written: an installation that already holds two organisations of the same name (a rename
-- made one before names were unique) keeps both: the later ones get their id's start appended.
UPDATE "organisations" AS o SET "name" = o."name" || ' (' || left(o."id"::text, 8) || ')'
WHERE EXISTS (
  SELECT 1 FROM "organisations" AS earlier
  WHERE lower(earlier."name") = lower(o."name")
    AND (earlier."created_at", earlier."id") < (o."created_at", o."id")
);--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_name_key" ON "organisations" USING btree (lower("name"));