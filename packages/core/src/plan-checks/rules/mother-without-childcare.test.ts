import { describe, expect, test } from "vitest";
import { action, type ContextPatch, runRule } from "../test-fixtures.ts";
import { motherWithoutChildcare as rule } from "./mother-without-childcare.ts";

const withHer = (age: number) => ({ age, livesWith: "with-her" as const });
const oneToddler = { count: 1, list: [withHer(2)] };

const cases: [string, ContextPatch, string[]][] = [
  ["no children, not pregnant → nothing", {}, []],
  ["mother of a toddler without childcare → gap", { profile: { children: oneToddler } }, ["gap:gap"]],
  // Pregnancy alone is the antenatal check's, not a childcare gap.
  ["pregnant, no children → nothing", { profile: { isPregnant: true } }, []],
  // Children abroad or teenagers need no childcare place here (issue 21 item 8).
  [
    "children abroad → nothing",
    {
      profile: {
        children: {
          count: 2,
          list: [
            { age: 3, livesWith: "abroad" },
            { age: 6, livesWith: "abroad" },
          ],
        },
      },
    },
    [],
  ],
  ["a teenager with her → nothing", { profile: { children: { count: 1, list: [withHer(15)] } } }, []],
  // Until their ages and homes are recorded (children-recorded asks), each may be a young child in her care.
  ["children not recorded yet → gap (the check stays on)", { profile: { children: { count: 2 } } }, ["gap:gap"]],
  [
    "childcare place added → met",
    { profile: { children: oneToddler }, plan: { actions: [action("childcare-place")] } },
    ["met:met"],
  ],
  // Only what it asks for clears it (issue 21 item 7).
  [
    "an antenatal step does not clear it → gap",
    { profile: { children: oneToddler, isPregnant: true }, plan: { actions: [action("antenatal-care")] } },
    ["gap:gap"],
  ],
  [
    "childcare cancelled → gap",
    { profile: { children: oneToddler }, plan: { actions: [action("childcare-place", "cancelled")] } },
    ["gap:gap"],
  ],
];

describe(rule.id, () => {
  test.each(cases)("%s", (_name, patch, expected) => {
    expect(runRule(rule, patch)).toEqual(expected);
  });
});
