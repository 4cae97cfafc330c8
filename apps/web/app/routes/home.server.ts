import type { createCaller } from "@gesim/api";
import { CLIENT_STATUSES, type ClientStatus } from "@gesim/core";
import { rethrowAsResponse } from "../server/errors.server.ts";
import { recallSearch, rememberSearch } from "../server/search-keys.server.ts";

function statusOf(value: unknown): ClientStatus | undefined {
  return CLIENT_STATUSES.find((s) => s === value);
}

/**
 * The caseload's search form (POST): the term stays on the server under a short-lived key
 * (search-keys.server.ts) and the page's URL carries only that key and the status.
 */
export function caseloadSearchTarget(form: FormData, owner: string): string {
  const term = form.get("q");
  const search = typeof term === "string" ? term.trim().slice(0, 60) : "";
  const status = statusOf(form.get("status"));
  const params = new URLSearchParams();
  if (search) params.set("s", rememberSearch(search, owner));
  if (status) params.set("status", status);
  return params.size > 0 ? `/?${params}` : "/";
}

/**
 * The caseload page's query string: search key, status and page cursor (sealed by the API).
 * Unknown values are ignored; an expired search key shows the whole caseload with a notice.
 */
export async function loadCaseload(caller: ReturnType<typeof createCaller>, url: URL, owner: string, today: string) {
  const searchKey = url.searchParams.get("s")?.slice(0, 64) || undefined;
  const search = searchKey ? (recallSearch(searchKey, owner) ?? undefined) : undefined;
  const status = statusOf(url.searchParams.get("status"));
  const cursor = url.searchParams.get("cursor") || undefined;
  try {
    const page = await caller.clients.list({ search, status, cursor, limit: 50 });
    return {
      ...page,
      search: search ?? "",
      searchKey: search ? (searchKey ?? "") : "",
      searchExpired: Boolean(searchKey) && search === undefined,
      status: status ?? "",
      isFirstPage: !cursor,
      today,
    };
  } catch (error) {
    return rethrowAsResponse(error);
  }
}
