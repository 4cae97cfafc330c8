import { createHash } from "node:crypto";
import {
  isPlanOnlyLocale,
  type Locale,
  MESSAGES,
  PLAN_DOCUMENT_KEYS,
  PLAN_ONLY_MESSAGES,
  type PlanLocale,
} from "@gesim/core";
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

const planCatalogues = new Map<PlanLocale, Catalogue>();

/**
 * The messages of her printed plan (page and PDF) in one plan language: exactly the keys of
 * PLAN_DOCUMENT_KEYS, from the full catalogue of a staff language or from the plan-document
 * catalogue of a plan-only one (Portuguese, Albanian, Arabic, Chinese). The page sends only
 * these to the browser, not a whole second catalogue.
 */
export function planCatalogueFor(locale: PlanLocale): Catalogue {
  let catalogue = planCatalogues.get(locale);
  if (!catalogue) {
    const source: Catalogue = isPlanOnlyLocale(locale) ? PLAN_ONLY_MESSAGES[locale] : catalogueFor(locale);
    catalogue = Object.fromEntries(
      PLAN_DOCUMENT_KEYS.filter((key) => Object.hasOwn(source, key)).map((key) => [key, source[key] ?? key]),
    );
    planCatalogues.set(locale, catalogue);
  }
  return catalogue;
}

/** The translator of her printed plan in one plan language (the plan PDF). */
export function planTranslator(locale: PlanLocale): Translator {
  return getTranslator(locale, planCatalogueFor(locale));
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
