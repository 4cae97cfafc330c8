import { describe, expect, it } from "vitest";
import { MESSAGES } from "./catalogue.ts";
import { LOCALES } from "./locales.ts";
import { PLAN_DOCUMENT_KEYS, PLAN_ONLY_MESSAGES } from "./plan-document-catalogue.ts";
import {
  choosePlanLocale,
  isPlanLocale,
  PLAN_DOCUMENT_TEXT_KEYS,
  PLAN_LOCALES,
  PLAN_ONLY_LOCALES,
  planLanguageChoices,
  planLocaleOf,
  textDirection,
} from "./plan-locales.ts";

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const english = MESSAGES.en as Record<string, string>;

describe("plan languages", () => {
  it("are every staff language plus Portuguese, Albanian, Arabic and Chinese, each once", () => {
    expect(PLAN_LOCALES).toEqual([...LOCALES, "pt", "sq", "ar", "zh"]);
    expect(new Set(PLAN_LOCALES).size).toBe(PLAN_LOCALES.length);
  });

  it("only Arabic is written right to left", () => {
    expect(PLAN_LOCALES.filter((locale) => textDirection(locale) === "rtl")).toEqual(["ar"]);
  });

  it.each([
    ["pt-BR", "pt"],
    ["PT", "pt"],
    ["ar-SY", "ar"],
    ["zh", "zh"],
    ["zh-Hans-CN", "zh"],
    ["zh_CN", "zh"],
    ["zh-Hant", null],
    ["zh-TW", null],
    ["sq-XK", "sq"],
    ["de-AT", "de"],
    ["ti", null],
    ["", null],
  ])("%s is printed as %s", (tag, expected) => {
    expect(planLocaleOf(tag)).toBe(expected);
  });

  it("offers her languages first, in her order and once, then the others", () => {
    const { hers, others, unavailable } = planLanguageChoices([
      "ar-SY",
      "ti",
      "fr",
      "it",
      "ar",
      "en-GB",
      "ti",
      "zh-TW",
    ]);
    // French is a plan language once it is a staff language (issue 18); until then it is not.
    expect(unavailable).toEqual(["ti", ...(isPlanLocale("fr") ? [] : ["fr"]), "zh-TW"]);
    expect(hers[0]).toBe("ar");
    expect(hers).toEqual(["ar", "fr", "it", "en"].filter((l) => (PLAN_LOCALES as string[]).includes(l)));
    expect([...hers, ...others].sort()).toEqual([...PLAN_LOCALES].sort());
    expect(others).not.toContain("ar");
  });

  it("prints ?lang= first, then her first printable language, then the staff language", () => {
    expect(choosePlanLocale("zh", ["ar"], "de")).toBe("zh");
    expect(choosePlanLocale("xx", ["ti", "pt-BR", "ar"], "de")).toBe("pt");
    expect(choosePlanLocale(null, ["ti"], "it")).toBe("it");
    expect(choosePlanLocale(null, [], "en")).toBe("en");
  });
});

describe("plan-document catalogue", () => {
  it("names every domain title and action description of core, and the texts of the page", () => {
    const coreKeys = PLAN_DOCUMENT_KEYS.filter((key) => !(PLAN_DOCUMENT_TEXT_KEYS as readonly string[]).includes(key));
    expect(coreKeys.filter((key) => key.startsWith("domain."))).toHaveLength(
      Object.keys(english).filter((key) => /^domain\.[^.]+\.title$/.test(key)).length,
    );
    expect(coreKeys.filter((key) => key.startsWith("action."))).toEqual(
      expect.arrayContaining(Object.keys(english).filter((key) => /^action\.[^.]+\.description$/.test(key))),
    );
    for (const key of coreKeys) expect(english[key], key).toBeTruthy();
    expect(new Set(PLAN_DOCUMENT_KEYS).size).toBe(PLAN_DOCUMENT_KEYS.length);
  });

  it.each(LOCALES)("staff language %s has every core key of the plan document", (locale) => {
    const messages = MESSAGES[locale] as Record<string, string>;
    for (const key of PLAN_DOCUMENT_KEYS) {
      if (!(PLAN_DOCUMENT_TEXT_KEYS as readonly string[]).includes(key))
        expect(messages[key]?.trim(), key).toBeTruthy();
    }
  });

  it.each(PLAN_ONLY_LOCALES)("%s has exactly the plan-document keys, none empty, none left in English", (locale) => {
    const messages = PLAN_ONLY_MESSAGES[locale] as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual([...PLAN_DOCUMENT_KEYS].sort());
    for (const key of PLAN_DOCUMENT_KEYS) {
      expect(messages[key]?.trim(), `${locale}:${key}`).toBeTruthy();
      if (english[key]) expect(messages[key], `${locale}:${key}`).not.toBe(english[key]);
    }
  });

  it.each(PLAN_ONLY_LOCALES)("%s keeps every placeholder", (locale) => {
    const messages = PLAN_ONLY_MESSAGES[locale] as Record<string, string>;
    for (const key of PLAN_DOCUMENT_KEYS) {
      // Core's English for domains and actions; the page's texts are compared with the web
      // app's English in apps/web (plan-catalogue.test.ts), and here with Portuguese's.
      const reference = english[key] ?? PLAN_ONLY_MESSAGES.pt[key];
      expect(placeholders(messages[key] ?? ""), `${locale}:${key}`).toEqual(placeholders(reference));
    }
  });

  it("is written in each language's own script", () => {
    const script = { ar: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u } as const;
    for (const [locale, pattern] of Object.entries(script)) {
      for (const text of Object.values(PLAN_ONLY_MESSAGES[locale as keyof typeof script]))
        expect(text).toMatch(pattern);
    }
  });
});
