import type { createCaller } from "@gesim/api";
import { CLIENT_STATUSES, type ClientStatus } from "@gesim/core";
import { rethrowAsResponse } from "../server/errors.server.ts";

/** The caseload page's query string: search, status and page cursor. Unknown values are ignored. */
export async function loadCaseload(caller: ReturnType<typeof createCaller>, url: URL) {
  const search = url.searchParams.get("q")?.trim().slice(0, 60) || undefined;
  const rawStatus = url.searchParams.get("status");
  const status = CLIENT_STATUSES.find((s) => s === rawStatus) as ClientStatus | undefined;
  const cursor = url.searchParams.get("cursor") || undefined;
  try {
    const page = await caller.clients.list({ search, status, cursor, limit: 50 });
    return {
      ...page,
      search: search ?? "",
      status: status ?? "",
      isFirstPage: !cursor,
      today: new Date().toISOString().slice(0, 10),
    };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}
