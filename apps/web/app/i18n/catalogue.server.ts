import { MESSAGES, type Locale } from "@gesim/core";
import { getTranslator, type Catalogue, type Translator } from "./translator.ts";
import * as web from "./web-messages.ts";

const catalogues = new Map<Locale, Catalogue>();

/** All messages of one locale (core's and the web app's), sent to the browser by the root loader. */
export function catalogueFor(locale: Locale): Catalogue {
  let catalogue = catalogues.get(locale);
  if (!catalogue) {
    catalogue = { ...MESSAGES[locale], ...web[locale] };
    catalogues.set(locale, catalogue);
  }
  return catalogue;
}

/** The translator of one locale for server-only output (the plan PDF). */
export function serverTranslator(locale: Locale): Translator {
  return getTranslator(locale, catalogueFor(locale));
}
