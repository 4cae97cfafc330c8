import type { MessageKey } from "./catalogue.ts";
import { LOCALES, type Locale } from "./locales.ts";

/**
 * The languages her printed plan (page and PDF) can be in: every staff language, plus
 * languages that exist only for her plan (docs/translations.md). Derived from LOCALES, so a
 * new staff language is a plan language too without a change here.
 */
export const PLAN_ONLY_LOCALES = ["pt", "sq", "ar", "zh"] as const;
export type PlanOnlyLocale = (typeof PLAN_ONLY_LOCALES)[number];
export type PlanLocale = Locale | PlanOnlyLocale;
export const PLAN_LOCALES: readonly PlanLocale[] = [...LOCALES, ...PLAN_ONLY_LOCALES];

/** Written right to left: the page gets dir="rtl", the PDF reorders and right-aligns. */
const RTL_LOCALES: readonly PlanLocale[] = ["ar"];

export function isPlanLocale(value: unknown): value is PlanLocale {
  return typeof value === "string" && (PLAN_LOCALES as readonly string[]).includes(value);
}

export function isPlanOnlyLocale(value: unknown): value is PlanOnlyLocale {
  return typeof value === "string" && (PLAN_ONLY_LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: PlanLocale): "ltr" | "rtl" {
  return RTL_LOCALES.includes(locale) ? "rtl" : "ltr";
}

/**
 * The plan language for one of her languages (a BCP 47 tag, "pt-BR", "ar-SY", "zh-Hans-CN"),
 * or null when the plan does not come in it. Our Chinese is Simplified: a tag that names
 * Traditional script or a region that writes it (zh-Hant, zh-TW, zh-HK, zh-MO) is not matched,
 * so a staff member picks deliberately.
 */
export function planLocaleOf(tag: string): PlanLocale | null {
  const subtags = tag.trim().toLowerCase().replaceAll("_", "-").split("-");
  const base = subtags[0] ?? "";
  if (base === "zh" && subtags.slice(1).some((s) => ["hant", "tw", "hk", "mo"].includes(s))) return null;
  return isPlanLocale(base) ? base : null;
}

/**
 * The plan languages in the order the print page and PDF offer them: hers first (in the order
 * of her profile, each once), then all the others in PLAN_LOCALES order; and those of her
 * languages that the plan does not come in, so staff know (and can ask for a translation).
 */
export function planLanguageChoices(herLanguages: readonly string[]): {
  hers: PlanLocale[];
  others: PlanLocale[];
  /** Her languages the plan does not come in (BCP 47 tags as in her profile), each once. */
  unavailable: string[];
} {
  const hers: PlanLocale[] = [];
  const unavailable: string[] = [];
  for (const tag of herLanguages) {
    const locale = planLocaleOf(tag);
    if (locale && !hers.includes(locale)) hers.push(locale);
    if (!locale && tag.trim() && !unavailable.includes(tag.trim())) unavailable.push(tag.trim());
  }
  return { hers, others: PLAN_LOCALES.filter((locale) => !hers.includes(locale)), unavailable };
}

/**
 * The language her plan is printed in: `?lang=` when it is a plan language, else the first of
 * her languages that is one, else the staff member's interface language. The interface itself
 * keeps its language.
 */
export function choosePlanLocale(
  requested: string | null,
  herLanguages: readonly string[],
  uiLocale: Locale,
): PlanLocale {
  if (isPlanLocale(requested)) return requested;
  return planLanguageChoices(herLanguages).hers[0] ?? uiLocale;
}

/** Keys of the web app's messages that the printed plan and its PDF show (her text only). */
export const PLAN_DOCUMENT_TEXT_KEYS = [
  "planPrint.title",
  "planPrint.printedOn",
  "planPrint.noPlan",
  "planPrint.agreedOn",
  "planPrint.goals",
  "planPrint.steps",
  "planPrint.done",
  "planPrint.none",
  "planPrint.by",
  "planPrint.whoHelps",
  "planPrint.weHelp",
  "planPrint.nextTitle",
  "planPrint.nextReview",
  "planPrint.nextReviewOpen",
  "planPrint.yourPlan",
  "journey.print.onHold",
  "journey.print.overdue",
  "journey.print.undated",
] as const;

export type PlanDocumentKey =
  | (typeof PLAN_DOCUMENT_TEXT_KEYS)[number]
  | Extract<MessageKey, `domain.${string}.title` | `action.${string}.description`>;
