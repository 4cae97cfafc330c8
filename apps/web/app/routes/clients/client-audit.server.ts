import type { createCaller } from "@gesim/api";
import { AUDIT_AREAS, auditAreaOf, auditEventKind, localDateIn, revealReasonOf } from "@gesim/core";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { isUuid } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/**
 * Her audit trail, readable (issue 17): who did what to which part of her record, grouped by
 * day on the organisation's clock, filtered by person and by part. Managers only (the API decides).
 */
export async function loadClientAudit(caller: Caller, clientId: string, url: URL, timeZone: string) {
  const actor = url.searchParams.get("actor") ?? "";
  const area = AUDIT_AREAS.find((a) => a === url.searchParams.get("area"));
  const cursor = url.searchParams.get("cursor")?.slice(0, 600) || undefined;
  try {
    const [page, staff] = await Promise.all([
      caller.audit.clientLog({
        clientId,
        limit: 100,
        ...(cursor ? { cursor } : {}),
        ...(isUuid(actor) ? { actorUserId: actor } : {}),
        ...(area ? { area } : {}),
      }),
      caller.admin.users.list({ limit: 100 }),
    ]);
    const events = page.items.map((e) => ({
      id: e.id,
      at: e.createdAt.toISOString(),
      day: localDateIn(e.createdAt, timeZone),
      actorName: e.actorName,
      kind: auditEventKind(e.action, e.outcome),
      area: auditAreaOf(e.entityType),
      reason: revealReasonOf(e.action),
    }));
    const days = [...new Set(events.map((e) => e.day))].map((day) => ({
      day,
      events: events.filter((e) => e.day === day),
    }));
    return {
      days,
      nextCursor: page.nextCursor,
      filters: { actor: isUuid(actor) ? actor : "", area: area ?? "" },
      people: staff.items.map((u) => ({ userId: u.userId, displayName: u.displayName })),
      areas: [...AUDIT_AREAS],
      timeZone,
    };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}
