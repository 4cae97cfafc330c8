-- Audit rows are written by requests and chained by the sealer (ADR 010). Request code, as
-- gesim_app, may add events and read its organisation's chain, nothing else: a bug or an
-- injection in request code must not be able to change or delete an event before the sealer
-- has chained it. (0001's grant gave gesim_app UPDATE and DELETE on every table.) The sealer,
-- backups and `audit:verify` run as the tables' owner.
REVOKE UPDATE, DELETE ON "audit_events" FROM gesim_app;--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE ON "audit_chain_heads" FROM gesim_app;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_seq_positive" CHECK ("audit_events"."seq" > 0);
