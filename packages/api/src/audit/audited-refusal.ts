import { TRPCError } from "@trpc/server";
import type { AuditEntityType } from "./record-audit.ts";

type RefusalCode = "PRECONDITION_FAILED" | "CONFLICT" | "BAD_REQUEST" | "FORBIDDEN" | "NOT_FOUND";

/**
 * A business refusal that is itself an event to audit, such as a referral refused because
 * she has not consented. The request's transaction rolls back, so the middleware records
 * the event after the rollback (outcome "denied", or "not-found"), naming the record, which
 * a plain FORBIDDEN or NOT_FOUND cannot.
 */
export class AuditedRefusal extends TRPCError {
  readonly entityType: AuditEntityType;
  readonly entityId: string;

  constructor(code: RefusalCode, message: string, entity: { entityType: AuditEntityType; entityId: string }) {
    super({ code, message });
    this.entityType = entity.entityType;
    this.entityId = entity.entityId;
  }
}
