import { isLocale } from "@gesim/core";
import { catalogueFile } from "../i18n/catalogue.server.ts";
import type { Route } from "./+types/i18n-catalogue";

const FILE = /^(\w+)-[0-9a-f]{12}\.json$/;

/**
 * `/i18n/<locale>-<hash>.json`: one language's messages for the browser (no personal data).
 * The current URL is cached for a year; an older one (a page from before a release) gets the
 * current messages, not cached.
 */
export function loader({ params }: Route.LoaderArgs) {
  const locale = FILE.exec(params.file)?.[1];
  if (!isLocale(locale)) throw new Response("Not found", { status: 404 });
  const file = catalogueFile(locale);
  const current = file.url === `/i18n/${params.file}`;
  return new Response(file.json, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": current ? "public, max-age=31536000, immutable" : "no-store",
    },
  });
}
