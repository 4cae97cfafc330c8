import { data, redirect } from "react-router";
import { requireApi } from "../../server/api.server.ts";
import { sameSitePath } from "../../server/same-site-path.server.ts";
import type { Route } from "./+types/keep-alive";

/**
 * "Stay signed in": any signed-in request moves the session's last-seen time on (the idle
 * warning appears only once that is due). Without JavaScript the form names the page to go
 * back to; with JavaScript it is sent by a fetcher and the page stays as it is.
 */
export async function action({ request, context }: Route.ActionArgs) {
  requireApi(context);
  const back = (await request.formData()).get("returnTo");
  if (typeof back === "string") return redirect(sameSitePath(back, request.url));
  return data({ ok: true });
}

export function loader() {
  return redirect("/");
}
