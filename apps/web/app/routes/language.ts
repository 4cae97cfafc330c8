import { isLocale } from "@gesim/core/browser";
import { redirect } from "react-router";
import { sameSitePath } from "../server/same-site-path.server.ts";
import { localeCookie } from "../server/session-cookie.server.ts";
import type { Route } from "./+types/language";

/** Remembers the chosen language and goes back to the page it was chosen on (same site only). */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const target = sameSitePath(form.get("returnTo"), request.url);
  if (!isLocale(locale)) return redirect(target);
  return redirect(target, { headers: { "set-cookie": localeCookie(locale) } });
}

export function loader() {
  return redirect("/");
}
