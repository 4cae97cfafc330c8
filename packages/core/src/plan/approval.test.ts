import { describe, expect, test } from "vitest";
import { approvalRefusal, approvedContentOf, awaitsApproval, changesSinceApproval } from "./approval.ts";

const approved = approvedContentOf({
  goals: [{ id: "g1", domain: "accommodation" }],
  steps: [{ id: "s1", domain: "accommodation", actionId: "shelter-place" }],
  agreedByClient: true,
});

describe("changes since approval", () => {
  test("none for the plan as approved, and none before any approval", () => {
    expect(changesSinceApproval(approved, approved)).toEqual([]);
    expect(changesSinceApproval(null, { ...approved, goals: [] })).toEqual([]);
  });

  test("a goal or step added or removed, and her agreement withdrawn, each say what and where", () => {
    const now = approvedContentOf({
      goals: [
        { id: "g1", domain: "accommodation" },
        { id: "g2", domain: "medical" },
      ],
      steps: [],
      agreedByClient: false,
    });
    expect(changesSinceApproval(approved, now)).toEqual([
      { kind: "goal-added", id: "g2", domain: "medical" },
      { kind: "step-removed", id: "s1", domain: "accommodation" },
      { kind: "agreement-withdrawn", id: null, domain: null },
    ]);
  });

  test("an approved plan is approved again only after a material change", () => {
    const change = [{ kind: "step-added" as const, id: "s2", domain: "medical" }];
    expect(approvalRefusal("submitted", [])).toBeNull();
    expect(approvalRefusal("approved", change)).toBeNull();
    expect(approvalRefusal("approved", [])).toBe("plan.error.unchangedSinceApproval");
    expect(approvalRefusal("draft", change)).toBe("plan.error.wrongStatus");
    expect(awaitsApproval("approved", change)).toBe(true);
    expect(awaitsApproval("approved", [])).toBe(false);
    expect(awaitsApproval("returned", change)).toBe(false);
  });
});
