import { describe, expect, it } from "vitest";
import { translate } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import { PRINCIPLE_IDS } from "./principle-ids.ts";
import { getPrinciple, isPrincipleId, PRINCIPLES, principlesInGroup } from "./principles.ts";

describe("principles", () => {
  it("lists the 11 ids in order, numbered 1–11", () => {
    expect(PRINCIPLES.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
    expect(PRINCIPLES.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it.each([
    ["principle-01", "Access to and duration of assistance"],
    ["principle-03", "Attention to motherhood and children"],
    ["principle-08", "Borrowing good practice from other areas of response to violence against women"],
    ["principle-10", "Voices of victims-survivors"],
    ["principle-11", "Peer-to-peer support"],
  ])("%s has the [004:114] title", (id, title) => {
    const principle = getPrinciple(id);
    expect(principle && translate("en", principle.titleKey)).toBe(title);
  });

  it.each(LOCALES)("every key is translated in %s", (locale) => {
    for (const p of PRINCIPLES) {
      for (const key of [p.titleKey, p.descriptionKey, ...p.evidenceKeys]) {
        expect(translate(locale, key)).not.toBe(key);
      }
      expect(p.evidenceKeys.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["plm", ["principle-02", "principle-03", "principle-04", "principle-05", "principle-06"]],
    ["eem", ["principle-03", "principle-07"]],
    ["cross-cutting", ["principle-01", "principle-08", "principle-09", "principle-10", "principle-11"]],
  ] as const)("group %s", (group, ids) => {
    expect(principlesInGroup(group).map((p) => p.id)).toEqual(ids);
  });

  it.each([
    ["principle-05", true],
    ["principle-12", false],
    ["P5", false],
    [5, false],
  ])("isPrincipleId(%s) = %s", (value, expected) => {
    expect(isPrincipleId(value)).toBe(expected);
    if (typeof value === "string") expect(getPrinciple(value) !== undefined).toBe(expected);
  });
});
