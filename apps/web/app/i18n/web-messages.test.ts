import { LOCALES, MESSAGES, untranslatedKeys } from "@gesim/core";
import { describe, expect, it } from "vitest";
import { catalogueFor, serverTranslator } from "./catalogue.server.ts";
import * as web from "./web-messages.ts";

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("web messages", () => {
  it.each(LOCALES)("%s has every English key, none empty, with the same placeholders", (locale) => {
    expect(Object.keys(web[locale]).sort()).toEqual(Object.keys(web.en).sort());
    for (const [key, value] of Object.entries(web[locale])) {
      expect(value.trim(), key).not.toBe("");
      expect(placeholders(value), `${locale}:${key}`).toEqual(placeholders(web.en[key] ?? ""));
    }
  });

  it.each(LOCALES)(
    "%s has no value left in English (core's same-as-english.ts lists the real exceptions)",
    (locale) => {
      expect(untranslatedKeys(web.en, web[locale], locale)).toEqual([]);
    },
  );

  it("defines each key once, and none that core already defines", () => {
    expect(web.duplicateKeys()).toEqual([]);
    expect(Object.keys(web.en).filter((key) => key in MESSAGES.en)).toEqual([]);
  });

  it("translates web and domain keys with placeholders", () => {
    const t = serverTranslator("de").t;
    expect(t("login.title")).toBe("Anmelden");
    expect(t("role.manager")).toBe("Programmleitung");
    expect(t("caseload.count", { count: 3 })).toBe("3 angezeigt");
  });

  it("gives the browser one locale's messages: core's and the web app's, no other language", () => {
    const de = catalogueFor("de");
    expect(de["login.title"]).toBe("Anmelden");
    expect(de["role.manager"]).toBe("Programmleitung");
    expect(Object.keys(de).length).toBe(Object.keys(MESSAGES.de).length + Object.keys(web.de).length);
    expect(Object.values(de)).not.toContain("Sign in");
  });
});
