import { MESSAGES, type Locale } from "@gesim/core/browser";
import i18next, { type i18n } from "i18next";
import * as web from "./web-messages.ts";

const instances = new Map<Locale, i18n>();

/**
 * One i18next instance per locale, initialised synchronously from in-memory catalogues (the
 * domain's from @gesim/core, the screens' from web-messages.ts), so server rendering and
 * hydration produce the same text.
 */
export function getI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: "en",
      resources: { [locale]: { translation: { ...MESSAGES[locale], ...web[locale] } }, en: { translation: { ...MESSAGES.en, ...web.en } } },
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}

export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", it: "Italiano" };
