import { describe, expect, it } from "vitest";
import { translate } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import { getRiskItem, isRiskItemId, RISK_GROUPS, RISK_ITEM_IDS, RISK_ITEMS, riskGroupTitleKey } from "./risk-items.ts";

describe("risk items", () => {
  it("has the 43 items of domain.md §4 plus item 44 split from 40, unique ids, numbered 1–44", () => {
    expect(RISK_ITEMS).toHaveLength(44);
    expect(new Set(RISK_ITEM_IDS).size).toBe(44);
    expect(RISK_ITEMS.map((i) => i.number)).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
  });

  it.each([
    ["a", 13],
    ["b", 8],
    ["c", 10],
    ["d", 8],
    ["e", 5],
  ] as const)("group %s has %i items", (group, count) => {
    expect(RISK_ITEMS.filter((i) => i.group === group)).toHaveLength(count);
  });

  it.each([
    [1, "poverty-or-debt", "a"],
    [14, "debt-bondage", "b"],
    [22, "no-legal-work", "c"],
    [32, "long-proceedings", "d"],
    [40, "self-harm-risk", "e"],
    [43, "inflicted-injuries", "e"],
    [44, "depression-or-ptsd", "e"],
  ] as const)("item %i is %s in group %s", (number, id, group) => {
    expect(getRiskItem(id)).toMatchObject({ number, group });
    expect(isRiskItemId(id)).toBe(true);
  });

  it.each(LOCALES)("items and groups are translated in %s", (locale) => {
    for (const item of RISK_ITEMS) expect(translate(locale, item.labelKey)).not.toBe(item.labelKey);
    for (const group of RISK_GROUPS)
      expect(translate(locale, riskGroupTitleKey(group))).not.toBe(riskGroupTitleKey(group));
  });

  it.each(["", "debt", 14, undefined])("rejects %s", (value) => {
    expect(isRiskItemId(value)).toBe(false);
  });
});
