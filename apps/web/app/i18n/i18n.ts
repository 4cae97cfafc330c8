import type { Locale } from "@gesim/core/browser";
import i18next, { type i18n } from "i18next";

/** One locale's messages: core's domain words and the web app's screens (catalogue.server.ts). */
export type Catalogue = Readonly<Record<string, string>>;

const instances = new WeakMap<Catalogue, i18n>();

/**
 * An i18next instance for one locale, initialised synchronously from the catalogue the server
 * sent (root loader data), so server rendering and hydration produce the same text and the
 * browser never downloads the other languages' messages.
 */
export function getI18n(locale: Locale, messages: Catalogue): i18n {
  let instance = instances.get(messages);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: { translation: messages } },
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
    instances.set(messages, instance);
  }
  return instance;
}

export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", it: "Italiano" };
