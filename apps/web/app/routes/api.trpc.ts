import { appRouter, createContext } from "@gesim/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { dbContext } from "../server/db-context.server.ts";
import { getSessionToken } from "../server/session-cookie.server.ts";
import type { Route } from "./+types/api.trpc";

function handle({ request, context }: Route.LoaderArgs | Route.ActionArgs) {
  const { db, kind, cipher, limits, sessionIdleMs, funderReleaseMaxAgeMs, dashboardCache } = context.get(dbContext);
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext({ db, dbKind: kind, cipher, limits, sessionIdleMs, funderReleaseMaxAgeMs, dashboardCache, sessionToken: getSessionToken(request) }),
  });
}

export const loader = handle;
export const action = handle;
