import { describe, expect, it } from "vitest";
import { duplicateMessageKeys, MESSAGES, translate } from "./catalogue.ts";
import { LOCALES, negotiateLocale } from "./locales.ts";
import { untranslatedKeys } from "./same-as-english.ts";

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("message catalogue", () => {
  const englishKeys = Object.keys(MESSAGES.en).sort();

  it.each(LOCALES)("%s has exactly the English keys, none empty", (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual(englishKeys);
    for (const key of englishKeys) expect((MESSAGES[locale] as Record<string, string>)[key]?.trim()).not.toBe("");
  });

  it.each(LOCALES)("%s uses the same placeholders as English", (locale) => {
    for (const key of englishKeys) {
      const en = (MESSAGES.en as Record<string, string>)[key] ?? "";
      const other = (MESSAGES[locale] as Record<string, string>)[key] ?? "";
      expect(placeholders(other), `${locale}:${key}`).toEqual(placeholders(en));
    }
  });

  it.each(LOCALES)("%s has no value left in English (same-as-english.ts lists the real exceptions)", (locale) => {
    expect(untranslatedKeys(MESSAGES.en, MESSAGES[locale], locale)).toEqual([]);
  });

  it("counts a copied English value as untranslated, but not a code, a name or a word the language shares", () => {
    const english = { a: "Status", b: "Sign in", "app.name": "GeSIM Planner", d: "{{status}} (%)", e: "No" };
    const copied = { ...english };
    expect(untranslatedKeys(english, copied, "de")).toEqual(["b", "e"]);
    expect(untranslatedKeys(english, copied, "it")).toEqual(["a", "b"]);
    expect(untranslatedKeys(english, { ...english, b: "Anmelden" }, "de")).toEqual(["e"]);
    expect(untranslatedKeys(english, copied, "en")).toEqual([]);
  });

  it("defines every key in exactly one area", () => {
    expect(duplicateMessageKeys()).toEqual([]);
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(translate("en", "role.manager")).toBe("Programme manager");
    expect(translate("de", "role.manager")).toBe("Programmleitung");
    expect(translate("en", "no.such.key")).toBe("no.such.key");
  });
});

describe("negotiateLocale", () => {
  it.each([
    ["de-CH,de;q=0.9,en;q=0.8", "de"],
    ["fr-FR,it;q=0.5,en;q=0.4", "fr"],
    ["ru-RU,it;q=0.5,en;q=0.4", "it"],
    ["en-GB", "en"],
    ["", "en"],
    [null, "en"],
    ["pt-BR,nl", "en"],
    ["es-ES,en;q=0.5", "es"],
    ["ru,ja", "en"],
    ["de;q=0,it;q=0.1", "it"],
    ["el-GR,el;q=0.9,en;q=0.8", "el"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
