import { appRouter } from "@gesim/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getApi } from "../server/api.server.ts";
import type { Route } from "./+types/api.trpc";

/** The HTTP API: the same context as the pages' (the root middleware resolved its session once). */
function handle({ request, context }: Route.LoaderArgs | Route.ActionArgs) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => getApi(context).ctx,
  });
}

export const loader = handle;
export const action = handle;
