import { isLocale } from "@gesim/core/browser";
import { redirect } from "react-router";
import { getApi } from "../server/api.server.ts";
import { sameSitePath } from "../server/same-site-path.server.ts";
import { localeCookie } from "../server/session-cookie.server.ts";
import type { Route } from "./+types/language";

/**
 * Remembers the chosen language (a cookie; for someone signed in also her account, so that what
 * is sent to her is in it) and goes back to the page it was chosen on (same site only).
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const target = sameSitePath(form.get("returnTo"), request.url);
  if (!isLocale(locale)) return redirect(target);
  const { caller, session } = getApi(context);
  if (session?.isVerified) await caller.account.setLanguage({ locale });
  return redirect(target, { headers: { "set-cookie": localeCookie(locale) } });
}

export function loader() {
  return redirect("/");
}
