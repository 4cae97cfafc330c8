import type { Locale } from "@gesim/core/browser";

/** Each language's name in itself, for the language menus. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch", it: "Italiano", bg: "Български" };
