import type { Locale } from "./locales.ts";

/**
 * Keys whose value is the same in every language: a name or a code, not a word to translate.
 * Keep this list short; a key belongs here only if no language would ever write it differently.
 */
const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set([
  "app.name", // the product's name, "GeSIM Planner"
  "funder.n", // "n =", the statistical notation for a group's size
  "planPanel.number", // "P{{number}}": the principle codes P1–P11 of domain.md
  "dashboard.gap.title", // "P{{number}} {{principle}}: {{status}}": the same code before translated parts
]);

/**
 * Words a language shares with English, as that language really writes them in this place
 * (German "Status", Italian "No"): value by value, per locale. A language without such words
 * has no entry. Everything else identical to English counts as untranslated.
 */
const SAME_WORDS: Partial<Readonly<Record<Locale, readonly string[]>>> = {
  de: [
    "Status",
    "Status:",
    "Plan",
    "Name",
    "Pseudonym",
    "Organisation",
    "Version {{version}}",
    "Median",
    "Dashboard",
    "Downloads",
    "Digital",
    "Video",
    "Q{{quarter}} {{year}}", // German writes quarters as Q1–Q4 too
  ],
  it: ["No", "Email", "Video", "Password", "File", "Area", "Follow-up", "{{start}}, {{minutes}} min"],
  el: ["Email"], // Greek writes "Email" in Latin letters, as German and Italian do
  es: ["No", "Digital", "Plan", "Total", "{{start}}, {{minutes}} min"],
  fr: [
    "Administration",
    "Plan",
    "Notes",
    "Note",
    "Action",
    "Date",
    "Total",
    "Organisation",
    "Justification",
    "Documents",
    "Exports",
    "Invitations",
    "Version {{version}}",
    "{{level}}, score {{total}}",
    "{{value}} points",
    "{{start}}, {{minutes}} min",
  ],
  ro: ["Administrator", "Digital", "Video", "Plan", "Indicator", "Total", "{{start}}, {{minutes}} min"],
};

/** True when the text has no letter once its `{{placeholders}}` are removed ("—", "30–39", "{{status}} (%)"). */
function hasNoWords(text: string): boolean {
  return !/\p{L}/u.test(text.replace(/\{\{\s*\w+\s*\}\}/g, ""));
}

/**
 * Keys of `other` (a catalogue in `locale`) whose value is still the English one: untranslated,
 * unless the value has no words, the key is a name or code, or the word is the same in that language.
 */
export function untranslatedKeys(
  english: Readonly<Record<string, string>>,
  other: Readonly<Record<string, string>>,
  locale: Locale,
): string[] {
  if (locale === "en") return [];
  const sameWords = new Set(SAME_WORDS[locale] ?? []);
  return Object.entries(english)
    .filter(([key, value]) => other[key] === value)
    .filter(([key, value]) => !hasNoWords(value) && !SAME_IN_EVERY_LANGUAGE.has(key) && !sameWords.has(value))
    .map(([key]) => key);
}
