import { describe, expect, test } from "vitest";
import type { GasLevel } from "../assessments/goal-attainment.ts";
import type { LadderReading } from "../assessments/ladder.ts";
import { isGoalAchieved, pathwayProgress } from "./pathway-progress.ts";
import type { PlanGoal } from "./plan.ts";

type GoalFacts = Pick<PlanGoal, "domain" | "currentGasLevel">;

describe("isGoalAchieved", () => {
  const cases: [GasLevel, boolean][] = [
    [-2, false],
    [-1, false],
    [0, true],
    [1, true],
    [2, true],
  ];
  test.each(cases)("GAS %i → %s", (level, expected) => {
    expect(isGoalAchieved({ currentGasLevel: level })).toBe(expected);
  });
});

describe("pathwayProgress", () => {
  const cases: [string, GoalFacts[], [number, number, number | null], [number, number, number | null]][] = [
    ["no goals → null shares", [], [0, 0, null], [0, 0, null]],
    [
      "legal achieved, therapy not; language achieved",
      [
        { domain: "legal", currentGasLevel: 0 },
        { domain: "therapy", currentGasLevel: -1 },
        { domain: "language", currentGasLevel: 2 },
      ],
      [2, 1, 0.5],
      [1, 1, 1],
    ],
    [
      "accommodation counts for PLM, childcare for EEM, peer support for neither",
      [
        { domain: "accommodation", currentGasLevel: 1 },
        { domain: "childcare", currentGasLevel: -2 },
        { domain: "peer-support", currentGasLevel: 2 },
      ],
      [1, 1, 1],
      [1, 0, 0],
    ],
  ];
  test.each(cases)("%s", (_name, goals, plm, eem) => {
    const [plmEntry, eemEntry] = pathwayProgress(goals);
    expect([plmEntry?.goals, plmEntry?.achieved, plmEntry?.share]).toEqual(plm);
    expect([eemEntry?.goals, eemEntry?.achieved, eemEntry?.share]).toEqual(eem);
    expect(plmEntry?.ladderChange).toBeNull();
  });

  test("ladder movement per pathway comes from the ladder readings", () => {
    const before: LadderReading[] = [
      { domain: "legal", value: 2, date: "2026-01-01" },
      { domain: "language", value: 3, date: "2026-01-01" },
    ];
    const after: LadderReading[] = [
      { domain: "legal", value: 6, date: "2026-04-01" },
      { domain: "language", value: 4, date: "2026-04-01" },
    ];
    const [plm, eem] = pathwayProgress([], { before, after });
    expect(plm?.ladderChange).toBe(4);
    expect(eem?.ladderChange).toBe(1);
  });
});
