import { LOCALES } from "@gesim/core";
import { describe, expect, it } from "vitest";
import { getI18n } from "./i18n.ts";
import * as web from "./web-messages.ts";

describe("web messages", () => {
  it.each(LOCALES)("%s has every English key, none empty", (locale) => {
    expect(Object.keys(web[locale]).sort()).toEqual(Object.keys(web.en).sort());
    for (const value of Object.values(web[locale])) expect(value.trim()).not.toBe("");
  });

  it("translates web and domain keys with placeholders", () => {
    const t = getI18n("de").t;
    expect(t("login.title")).toBe("Anmelden");
    expect(t("role.manager")).toBe("Programmleitung");
    expect(t("caseload.count", { count: 3 })).toBe("3 angezeigt");
  });
});
