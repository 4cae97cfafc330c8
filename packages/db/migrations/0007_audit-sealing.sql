-- Audit events are chained after commit, in batches (ADR 010): a request only inserts its
-- events; the sealer gives each its place `seq` in the chain and its hashes. Events chained
-- before this migration were chained in id order: that order becomes their seq.
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ADD COLUMN "last_seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "seq" bigint;--> statement-breakpoint
UPDATE "audit_events" AS e SET "seq" = n.seq
  FROM (SELECT "id", row_number() OVER (PARTITION BY "chain" ORDER BY "id") AS seq FROM "audit_events") AS n
  WHERE n."id" = e."id";--> statement-breakpoint
UPDATE "audit_chain_heads" AS h SET "last_seq" = coalesce((SELECT max(e."seq") FROM "audit_events" e WHERE e."chain" = h."chain"), 0);--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_seq_unique" ON "audit_events" USING btree ("chain","seq");--> statement-breakpoint
CREATE INDEX "audit_events_pending_idx" ON "audit_events" USING btree ("chain","id") WHERE "audit_events"."hash" is null;
