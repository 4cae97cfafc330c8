import type { createCaller } from "@gesim/api";
import { ADMIN_ACTIVITY_AREA_IDS, type AdminActivityArea } from "@gesim/core";
import { z } from "zod";

type Caller = ReturnType<typeof createCaller>;

const FiltersSchema = z.object({
  area: z
    .enum(ADMIN_ACTIVITY_AREA_IDS as [AdminActivityArea, ...AdminActivityArea[]])
    .optional()
    .catch(undefined),
  actor: z.uuid().optional().catch(undefined),
  cursor: z.string().max(600).optional().catch(undefined),
});

/** The activity log's page: its filters from the address (no personal data in them), a page of events. */
export async function loadActivity(caller: Caller, url: URL) {
  const filters = FiltersSchema.parse({
    area: url.searchParams.get("area") || undefined,
    actor: url.searchParams.get("actor") || undefined,
    cursor: url.searchParams.get("cursor") || undefined,
  });
  const [page, staff] = await Promise.all([
    caller.admin.activity.list({
      limit: 25,
      ...(filters.area ? { area: filters.area } : {}),
      ...(filters.actor ? { actorUserId: filters.actor } : {}),
      ...(filters.cursor ? { cursor: filters.cursor } : {}),
    }),
    caller.admin.users.list({ limit: 100 }),
  ]);
  return {
    events: page.items.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
    filters: { area: filters.area ?? "", actor: filters.actor ?? "" },
    isFirstPage: !filters.cursor,
    people: staff.items.map((member) => ({ userId: member.userId, displayName: member.displayName })),
  };
}
