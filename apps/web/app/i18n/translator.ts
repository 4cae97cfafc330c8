import type { PlanLocale } from "@gesim/core/browser";

/** One locale's messages: core's domain words and the web app's screens (catalogue.server.ts). */
export type Catalogue = Readonly<Record<string, string>>;

export type MessageValues = Readonly<Record<string, unknown>>;
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * The language of the page and its `t()`: what every component gets from useTranslation().
 * A staff language almost everywhere; inside her printed plan, any plan language.
 */
export type Translator = { readonly language: PlanLocale; readonly t: Translate };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * `t(key, values)` over one catalogue, with the subset of i18next's behaviour the catalogues
 * use (docs/decisions/011-translator.md): an unknown key gives the key itself; `{{name}}` takes
 * `values.name`; a placeholder without a value stays as written, one given as null/undefined
 * becomes empty. No escaping: React escapes what it renders.
 */
export function createTranslator(language: PlanLocale, messages: Catalogue): Translator {
  const t: Translate = (key, values) => {
    // Own keys only: "constructor" or "toString" are not messages.
    const template = Object.hasOwn(messages, key) ? (messages[key] ?? key) : key;
    if (!values || !template.includes("{{")) return template;
    return template.replace(PLACEHOLDER, (placeholder, name: string) => {
      if (!Object.hasOwn(values, name)) return placeholder;
      const value = values[name];
      return value === null || value === undefined ? "" : String(value);
    });
  };
  return { language, t };
}

const translators = new WeakMap<Catalogue, Translator>();

/** The translator of a catalogue, made once per catalogue object (server renders reuse it). */
export function getTranslator(language: PlanLocale, messages: Catalogue): Translator {
  let translator = translators.get(messages);
  if (!translator || translator.language !== language) {
    translator = createTranslator(language, messages);
    translators.set(messages, translator);
  }
  return translator;
}
