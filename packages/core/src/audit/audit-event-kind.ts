/**
 * How an audit event reads to a manager (issue 17: a readable audit view per woman). Events
 * store a procedure name ("notes.list", "identity.reveal:legal-proceedings") and an entity type;
 * managers see what kind of thing happened to which part of her record, never raw names.
 */
export const AUDIT_AREAS = [
  "client",
  "identity",
  "consent",
  "assessment",
  "plan",
  "goal",
  "action",
  "referral",
  "review",
  "note",
  "document",
  "export",
] as const;
export type AuditArea = (typeof AUDIT_AREAS)[number];

export const AUDIT_EVENT_KINDS = ["viewed", "created", "changed", "revealed", "exported", "refused"] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];

const CREATE = /\.(create|add|record)[A-Za-z]*$/;
const READ =
  /\.(get|list|status|latest|history|log|clientLog|colleagues|find|search|print|reveals|read|download|accessLog)[A-Za-z]*$/;
const EXPORT = /(export|subjectAccess)/i;

/** The kind of an event: refused when it did not succeed, else read from its procedure name. */
export function auditEventKind(action: string, outcome: string): AuditEventKind {
  if (outcome !== "ok") return "refused";
  const [name = ""] = action.split(":");
  if (name.endsWith(".reveal")) return "revealed";
  if (EXPORT.test(name)) return "exported";
  if (READ.test(name)) return "viewed";
  if (CREATE.test(name)) return "created";
  return "changed";
}

/** The part of her record an event is about; unknown types count as her record as a whole. */
export function auditAreaOf(entityType: string | null): AuditArea {
  return AUDIT_AREAS.find((area) => area === entityType) ?? "client";
}

/** The reveal reason an `identity.reveal:<reason>` event carries, if any. */
export function revealReasonOf(action: string): string | null {
  const [name, reason] = action.split(":");
  return name?.endsWith(".reveal") && reason ? reason : null;
}
