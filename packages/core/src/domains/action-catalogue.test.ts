import { describe, expect, it } from "vitest";
import { MESSAGES } from "../i18n/catalogue.ts";
import { LOCALES } from "../i18n/locales.ts";
import { ACTION_IDS, ACTIONS, actionsForDomain, getAction, isActionId } from "./action-catalogue.ts";
import { DOMAIN_IDS } from "./domain-ids.ts";

describe("action catalogue", () => {
  it("has unique kebab-case ids", () => {
    expect(new Set(ACTION_IDS).size).toBe(ACTION_IDS.length);
    for (const id of ACTION_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(LOCALES)("every label and description exists in %s", (locale) => {
    const messages = MESSAGES[locale] as Record<string, string>;
    for (const action of ACTIONS) {
      expect(messages[action.labelKey]?.trim(), action.labelKey).toBeTruthy();
      expect(messages[action.descriptionKey]?.trim(), action.descriptionKey).toBeTruthy();
    }
  });

  it.each(DOMAIN_IDS)("domain %s has at least two actions", (domain) => {
    const actions = actionsForDomain(domain);
    expect(actions.length).toBeGreaterThanOrEqual(2);
    for (const action of actions) expect(action.domain).toBe(domain);
  });

  it.each([
    ["single-sex-shelter-place", "accommodation"],
    ["reflection-period-decision-support", "legal"],
    ["tbi-screening", "medical"],
    ["bank-account-opening", "money"],
    ["safety-plan", "digital-safety"],
    ["risk-review", "digital-safety"],
    ["peer-group-attendance", "peer-support"],
  ])("getAction(%s) is in %s", (id, domain) => {
    expect(getAction(id)?.domain).toBe(domain);
    expect(isActionId(id)).toBe(true);
  });

  it.each(["", "no-such-action", "Safety-Plan", 42, null])("rejects unknown id %s", (value) => {
    expect(isActionId(value)).toBe(false);
    if (typeof value === "string") expect(getAction(value)).toBeUndefined();
  });
});
