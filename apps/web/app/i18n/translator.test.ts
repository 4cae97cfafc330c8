import { describe, expect, it } from "vitest";
import { createTranslator, getTranslator } from "./translator.ts";

const messages = {
  plain: "Plan",
  greeting: "Hello {{name}}, {{ count }} new",
  twice: "{{n}} of {{n}}",
};

describe("createTranslator", () => {
  const { t, language } = createTranslator("de", messages);

  it("looks a key up and keeps its language", () => {
    expect(t("plain")).toBe("Plan");
    expect(language).toBe("de");
  });

  it("gives an unknown key back as it is, so a gap shows", () => {
    expect(t("nowhere.defined")).toBe("nowhere.defined");
    expect(t("constructor")).toBe("constructor");
    expect(t("toString")).toBe("toString");
  });

  it("fills every placeholder, spaces inside the braces allowed, numbers as text", () => {
    expect(t("greeting", { name: "Ana", count: 3 })).toBe("Hello Ana, 3 new");
    expect(t("twice", { n: 2 })).toBe("2 of 2");
  });

  it("keeps a placeholder without a value and empties one given as null or undefined (as i18next did)", () => {
    expect(t("greeting", { count: 1 })).toBe("Hello {{name}}, 1 new");
    expect(t("greeting", { name: null, count: undefined })).toBe("Hello ,  new");
  });

  it("does not fill placeholders inside the values", () => {
    expect(t("greeting", { name: "{{count}}", count: 5 })).toBe("Hello {{count}}, 5 new");
  });

  it("does not escape: React does", () => {
    expect(t("greeting", { name: "<b>", count: 0 })).toBe("Hello <b>, 0 new");
  });
});

describe("getTranslator", () => {
  it("makes one translator per catalogue", () => {
    expect(getTranslator("en", messages)).toBe(getTranslator("en", messages));
    expect(getTranslator("en", { ...messages })).not.toBe(getTranslator("en", messages));
  });
});
