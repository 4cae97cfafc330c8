import { describe, expect, test } from "vitest";
import { type ContextPatch, runRule } from "../test-fixtures.ts";
import { accommodationSingleSex as rule } from "./accommodation-single-sex.ts";

const cases: [string, ContextPatch, string[]][] = [
  ["not housed by the programme → nothing", {}, []],
  ["mixed housing → gap", { plan: { accommodation: { isSingleSex: false, ratedSafeByHer: "yes" } } }, ["gap:gap"]],
  [
    "not housed, lives in a mixed reception centre → gap",
    { profile: { housingSituation: "mixed-reception-centre" } },
    ["gap:gapHousing"],
  ],
  [
    "not housed, lives with the exploiter → gap",
    { profile: { housingSituation: "with-exploiter-or-partner" } },
    ["gap:gapHousing"],
  ],
  ["not housed, in a women-only shelter → nothing", { profile: { housingSituation: "women-only-shelter" } }, []],
  ["not housed, own home → nothing", { profile: { housingSituation: "own-or-rented-home" } }, []],
  [
    "housed by the programme: the plan's facts count, not the intake's",
    {
      profile: { housingSituation: "mixed-reception-centre" },
      plan: { accommodation: { isSingleSex: true, ratedSafeByHer: "yes" } },
    },
    ["met:met"],
  ],
  ["single-sex → met", { plan: { accommodation: { isSingleSex: true, ratedSafeByHer: "yes" } } }, ["met:met"]],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
