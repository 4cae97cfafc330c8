import { createHash } from "node:crypto";
import { type Locale, MESSAGES } from "@gesim/core";
import { type Catalogue, getTranslator, type Translator } from "./translator.ts";
import * as web from "./web-messages.ts";

const catalogues = new Map<Locale, Catalogue>();

/** All messages of one locale (core's and the web app's). */
export function catalogueFor(locale: Locale): Catalogue {
  let catalogue = catalogues.get(locale);
  if (!catalogue) {
    catalogue = { ...MESSAGES[locale], ...web[locale] };
    catalogues.set(locale, catalogue);
  }
  return catalogue;
}

/** The translator of one locale: server rendering, and server-only output (the plan PDF, CSV). */
export function serverTranslator(locale: Locale): Translator {
  return getTranslator(locale, catalogueFor(locale));
}

export type CatalogueFile = { url: string; json: string };

const files = new Map<Locale, CatalogueFile>();

/**
 * One locale's catalogue as the browser fetches it before hydrating (entry.client.tsx): JSON at
 * a URL named after its content, so the browser caches it for good and a new release's
 * messages get a new URL. Made once per locale.
 */
export function catalogueFile(locale: Locale): CatalogueFile {
  let file = files.get(locale);
  if (!file) {
    const json = JSON.stringify(catalogueFor(locale));
    const hash = createHash("sha256").update(json).digest("hex").slice(0, 12);
    file = { url: `/i18n/${locale}-${hash}.json`, json };
    files.set(locale, file);
  }
  return file;
}
