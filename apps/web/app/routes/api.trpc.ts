import { appRouter, assertBatchAllowed, MAX_BATCH_CALLS } from "@gesim/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getApi } from "../server/api.server.ts";
import { logServerError } from "../server/errors.server.ts";
import { requestIdContext } from "../server/request-id.server.ts";
import type { Route } from "./+types/api.trpc";

/** The HTTP API: the same context as the pages' (the root middleware resolved its session once). */
function handle({ request, context }: Route.LoaderArgs | Route.ActionArgs) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    // A batch holds at most MAX_BATCH_CALLS calls and never a sign-in (ADR 015), however its
    // URL was spelled: tRPC has resolved the calls by now.
    maxBatchSize: MAX_BATCH_CALLS,
    createContext: ({ info }) => {
      assertBatchAllowed(info);
      return getApi(context).ctx;
    },
    // Queries may come by POST: those that may spend privacy budget must (server/request-guards.ts).
    allowMethodOverride: true,
    // Bad input is a 4xx; anything else is a fault to find: logged with the request's id.
    onError: ({ error }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") logServerError(error.cause ?? error, context.get(requestIdContext));
    },
  });
}

export const loader = handle;
export const action = handle;
