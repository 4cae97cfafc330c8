-- Issue 8: indicators at 100k clients. An organisation's actions and goals are spread over every
-- page of their tables; with the facts the case records and dashboard indicators read as key
-- columns, they are aggregated by index-only scan (visibility map kept by autovacuum). Measured
-- on a vacuumed 20k-client database: case records 7,001 → 4,931 buffers, time to first service
-- 7,585 → 4,005, overdue actions 5,652 → 112. The new actions index serves every lookup the old
-- (organisation_id, client_id) one did; it is created before the old one goes.
CREATE INDEX "actions_org_client_facts_idx" ON "actions" USING btree ("organisation_id","client_id","domain","status","started_on","completed_on","due_date");--> statement-breakpoint
DROP INDEX "actions_org_client_idx";--> statement-breakpoint
CREATE INDEX "goals_org_client_facts_idx" ON "goals" USING btree ("organisation_id","client_id","domain","current_gas_level","weight","in_her_own_words");
