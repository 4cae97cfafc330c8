import { redirect } from "react-router";
import { getApi } from "../server/api.server.ts";
import { clearedSessionCookie } from "../server/session-cookie.server.ts";
import type { Route } from "./+types/logout";

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, session } = getApi(context);
  if (session) await caller.auth.logout();
  return redirect("/login", { headers: { "set-cookie": clearedSessionCookie(request) } });
}

export function loader() {
  return redirect("/");
}
