import { auditEvents, type Database } from "@gesim/db";

/**
 * An audit event names who, what and which record by id; it never carries personal data
 * (no names, pseudonyms, emails or free text).
 */
export type AuditEvent = {
  organisationId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  entityType?: "client" | "session" | "user";
  entityId?: string;
};

export type AuditAction = "auth.login" | "auth.login_failed" | "auth.logout" | "clients.list";

export async function recordAudit(db: Database, event: AuditEvent, now: Date): Promise<void> {
  await db.insert(auditEvents).values({ ...event, createdAt: now });
}
