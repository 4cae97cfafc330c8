import type { createCaller } from "@gesim/api";
import { getPrinciple, isPrincipleId } from "@gesim/core";
import { data } from "react-router";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import type { DashboardQuery } from "./dashboard-query.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** `?status=gap` (the default) is core's "not-met"; "partly" and "not-applicable" are the other drill-downs. */
const STATUSES = {
  gap: "not-met",
  "not-met": "not-met",
  partly: "partly",
  "not-applicable": "not-applicable",
} as const;

export function parseGapRequest(principleId: string, url: URL) {
  if (!isPrincipleId(principleId)) throw data(null, { status: 404 });
  const requested = url.searchParams.get("status") ?? "gap";
  const status = requested in STATUSES ? STATUSES[requested as keyof typeof STATUSES] : "not-met";
  const cursor = url.searchParams.get("cursor")?.slice(0, 400) || undefined;
  return { principleId, status, cursor };
}

/** One page of the clients behind a principle's gap (pseudonyms only; the API audits each one shown). */
export async function loadPrincipleGap(
  caller: Caller,
  request: ReturnType<typeof parseGapRequest>,
  query: DashboardQuery,
  limit = 50,
) {
  const page = await caller.dashboard
    .principleGap({
      principleId: request.principleId,
      status: request.status,
      filters: query.filters,
      cursor: request.cursor,
      limit,
    })
    .catch(rethrowAsResponse);
  const principle = getPrinciple(request.principleId);
  return {
    ...page,
    principle: {
      id: request.principleId,
      number: principle?.number ?? 0,
      titleKey: principle?.titleKey ?? request.principleId,
    },
    status: request.status,
  };
}
