import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { permitExpiry as rule } from "./permit-expiry.ts";

// TODAY is 2026-03-01; the default warning window is 60 days.
const permitUntil = (expiresOn: string) =>
  ({
    citizenship: "third-country",
    legalStatus: "residence-permit",
    permit: { basis: "independent", expiresOn },
  }) as const;

const cases: [string, ContextPatch, string[]][] = [
  ["EU citizen → nothing", {}, []],
  [
    "permit without an expiry date → info",
    { profile: { citizenship: "third-country", legalStatus: "residence-permit" } },
    ["info:noDate"],
  ],
  ["expires in a year → met", { profile: permitUntil("2027-03-01") }, ["met:met"]],
  ["expires in 30 days → warning", { profile: permitUntil("2026-03-31") }, ["warning:soon"]],
  ["expired → gap", { profile: permitUntil("2026-02-01") }, ["gap:expired"]],
  [
    "expires soon, renewal planned → met",
    { profile: permitUntil("2026-03-31"), plan: { actions: [action("residence-permit-application")] } },
    ["met:renewal"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
