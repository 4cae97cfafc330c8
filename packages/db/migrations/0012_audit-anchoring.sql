-- hand-written (privacy)
-- Issue 15: refuse unsequenced audit events that do not come through the application. A
-- pending event (no seq, no hash) may be inserted only by the application role gesim_app, which
-- row-level security confines to its organisation's chain (or the system chain below); the
-- tables' owner (sealer, scripts) records its events as gesim_app too (record-audit.ts). Rows
-- inserted already sealed come only from a restore, which says so for its own transaction
-- (gesim.audit_restore = on). The application never inserts a sealed row. Someone holding the
-- owner's credentials can still drop this trigger: the checkpoints outside the database
-- (ADR 013) are what detects a rewritten or cut-short chain.
CREATE OR REPLACE FUNCTION gesim_audit_insert_guard() RETURNS trigger
  LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
  -- A restore writes back what a backup holds, sealed or pending, as the owner, in one transaction.
  IF coalesce(current_setting('gesim.audit_restore', true), '') = 'on' AND current_user::text <> 'gesim_app' THEN
    RETURN NEW;
  END IF;
  IF NEW.seq IS NOT NULL OR NEW.hash IS NOT NULL OR NEW.prev_hash IS NOT NULL THEN
    RAISE EXCEPTION 'sealed audit events are written only by the sealer or a restore'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF current_user::text <> 'gesim_app' THEN
    RAISE EXCEPTION 'audit events are recorded through the application role'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "audit_events_insert_guard" BEFORE INSERT ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION gesim_audit_insert_guard();--> statement-breakpoint
-- Events before anyone is known (a failed sign-in with an unknown email) form the system chain.
CREATE POLICY "audit_events_system_insert" ON "audit_events" FOR INSERT TO gesim_app
  WITH CHECK ("organisation_id" IS NULL AND "chain" = 'system');
