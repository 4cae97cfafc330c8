import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { disclosureConsent as rule } from "./disclosure-consent.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["no disclosures → nothing", {}, []],
  [
    "all with consent → met",
    { disclosures: [{ date: "2026-02-01", recipient: "police", hasConsent: true }] },
    ["met:met"],
  ],
  [
    "to immigration without consent → gap",
    { disclosures: [{ date: "2026-02-01", recipient: "immigration", hasConsent: false }] },
    ["gap:authority"],
  ],
  [
    "to another NGO without consent → warning",
    {
      disclosures: [
        { date: "2026-02-01", recipient: "other-ngo", hasConsent: false },
        { date: "2026-02-02", recipient: "police", hasConsent: true },
      ],
    },
    ["warning:other"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
