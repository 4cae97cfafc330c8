import type { Locale, PlanLocale, PlanOnlyLocale } from "@gesim/core/browser";

/** Each language's name in itself, for the language menus. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  it: "Italiano",
  el: "Ελληνικά",
  es: "Español",
  fr: "Français",
  ro: "Română",
  bg: "Български",
};

/** The names, in themselves, of the languages that exist only for her printed plan. */
const PLAN_ONLY_LANGUAGE_NAMES: Record<PlanOnlyLocale, string> = {
  pt: "Português",
  sq: "Shqip",
  ar: "العربية",
  zh: "中文（简体）",
};

/** A plan language's name in itself, for the printed plan's language menu. */
export function planLanguageName(locale: PlanLocale): string {
  return (LANGUAGE_NAMES as Record<string, string>)[locale] ?? PLAN_ONLY_LANGUAGE_NAMES[locale as PlanOnlyLocale];
}
