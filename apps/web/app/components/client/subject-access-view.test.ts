import { describe, expect, it } from "vitest";
import { accessKind, assessmentRows, groupAccessLog, monthName } from "./subject-access-view.ts";

describe("her subject-access document in words", () => {
  it("shows assessments as labelled rows, never JSON", () => {
    expect(assessmentRows("needs", { needs: { accommodation: { level: "urgent", note: "Shelter full" } } })).toEqual([
      { labelKey: "domain.accommodation.title", valueKey: "need.urgent", value: null, note: "Shelter full" },
    ]);
    expect(assessmentRows("risk", { answers: { "poverty-or-debt": { answer: "yes" } } })).toEqual([
      { labelKey: "risk.item.poverty-or-debt", valueKey: "risk.answer.yes", value: null, note: null },
    ]);
    expect(assessmentRows("ladder", { readings: [{ domain: "language", value: 3, date: "2026-03-01" }] })).toEqual([
      { labelKey: "domain.language.title", valueKey: null, value: "3", note: null },
    ]);
  });

  it("groups the access history by person, kind and month", () => {
    const log = [
      ...Array.from({ length: 14 }, (_, day) => ({
        at: `2026-03-${String(day + 1).padStart(2, "0")}T10:00:00Z`,
        actor: "Demo Caseworker",
        action: day % 2 ? "client.read" : "plan.read",
        outcome: "ok",
      })),
      { at: "2026-03-20T10:00:00Z", actor: "Demo Caseworker", action: "plans.addGoal", outcome: "ok" },
      { at: "2026-04-02T10:00:00Z", actor: "Other Caseworker", action: "client.read", outcome: "denied" },
    ];
    expect(groupAccessLog(log)).toEqual([
      { who: "Demo Caseworker", kind: "viewed", month: "2026-03", count: 14 },
      { who: "Demo Caseworker", kind: "changed", month: "2026-03", count: 1 },
      { who: "Other Caseworker", kind: "refused", month: "2026-04", count: 1 },
    ]);
    expect(accessKind("identity.reveal:her-request", "ok")).toBe("identity");
    expect(monthName("2026-03", "de")).toBe("März 2026");
  });
});
