import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { permitTiedToCooperation as rule } from "./permit-tied-to-cooperation.ts";

const tcn = { citizenship: "third-country", legalStatus: "residence-permit" } as const;

const cases: [string, ContextPatch, string[]][] = [
  ["no permit recorded → nothing", { profile: tcn }, []],
  [
    "permit tied to cooperation → warning",
    { profile: { ...tcn, permit: { basis: "tied-to-cooperation" } } },
    ["warning:warning"],
  ],
  ["independent permit → met", { profile: { ...tcn, permit: { basis: "independent" } } }, ["met:met"]],
  ["basis unknown → info", { profile: { ...tcn, permit: { basis: "unknown" } } }, ["info:unknown"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
