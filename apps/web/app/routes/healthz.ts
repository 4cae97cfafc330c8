import { isDatabaseReachable } from "@gesim/db";
import { dbContext } from "../server/db-context.server.ts";
import type { Route } from "./+types/healthz";

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export async function loader({ context }: Route.LoaderArgs) {
  const { db, kind } = context.get(dbContext);
  const ok = await isDatabaseReachable(db);
  return Response.json(
    { status: ok ? "ok" : "unavailable", database: kind },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
