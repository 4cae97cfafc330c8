import { describe, expect, it } from "vitest";
import {
  SNAPSHOT_FIGURE_IDS,
  snapshotFigures,
  snapshotHasScorecard,
  snapshotSchedule,
  trendMonths,
} from "./monthly-snapshots.ts";

describe("trendMonths", () => {
  it("lists twelve months up to today's, oldest first, across a year boundary", () => {
    expect(trendMonths("2026-03-15")).toEqual([
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(trendMonths("2026-01-01", 2)).toEqual(["2025-12", "2026-01"]);
  });
});

describe("snapshotSchedule", () => {
  it("on a first run back-fills every earlier month of the window as of its last day, and records today live", () => {
    const schedule = snapshotSchedule("2026-03-15", [], "2024-06-02");
    expect(schedule).toHaveLength(12);
    expect(schedule[0]).toEqual({
      month: "2025-04",
      asOf: "2025-04-30",
      period: { from: "2025-04-01", to: "2025-04-30" },
      source: "reconstructed",
    });
    expect(schedule.find((s) => s.month === "2026-02")?.asOf).toBe("2026-02-28");
    expect(schedule.at(-1)).toEqual({
      month: "2026-03",
      asOf: "2026-03-15",
      period: { from: "2026-03-01", to: "2026-03-15" },
      source: "live",
    });
  });

  it("is idempotent: a second run writes only the month under way, never a stored month", () => {
    const first = snapshotSchedule("2026-03-15", [], "2024-06-02");
    const second = snapshotSchedule(
      "2026-03-20",
      first.map((s) => s.month),
      "2024-06-02",
    );
    expect(second).toEqual([
      { month: "2026-03", asOf: "2026-03-20", period: { from: "2026-03-01", to: "2026-03-20" }, source: "live" },
    ]);
  });

  it("keeps a month stored live at the time and back-fills only the gaps", () => {
    const schedule = snapshotSchedule("2026-03-15", ["2026-01", "2025-11"], "2024-01-01");
    const months = schedule.map((s) => s.month);
    expect(months).not.toContain("2026-01");
    expect(months).not.toContain("2025-11");
    expect(months).toContain("2025-12");
    expect(months).toHaveLength(10);
  });

  it("back-fills nothing before the organisation's first record, and nothing at all without one", () => {
    expect(snapshotSchedule("2026-03-15", [], "2026-01-31").map((s) => s.month)).toEqual([
      "2026-01",
      "2026-02",
      "2026-03",
    ]);
    expect(snapshotSchedule("2026-03-15", [], null).map((s) => s.source)).toEqual(["live"]);
  });
});

describe("snapshotFigures", () => {
  const computed = Object.fromEntries(SNAPSHOT_FIGURE_IDS.map((id, i) => [id, i + 1])) as Record<
    (typeof SNAPSHOT_FIGURE_IDS)[number],
    number
  >;

  it("keeps every figure of a live month", () => {
    expect(snapshotFigures(computed, "live")).toEqual(computed);
  });

  it("stores a back-filled month's undated figures as not recorded, never the value computed from today's state", () => {
    const stored = snapshotFigures(computed, "reconstructed");
    expect(stored["gas-median"]).toBeNull();
    expect(stored["distance-median"]).toBeNull();
    expect(stored.women).toBe(computed.women);
    expect(stored["reviews-on-time-percent"]).toBe(computed["reviews-on-time-percent"]);
  });

  it("keeps a figure with no value as null", () => {
    expect(
      snapshotFigures({ ...computed, "first-service-median-days": null as unknown as number }, "live"),
    ).toMatchObject({ "first-service-median-days": null });
  });

  it("gives the scorecard only to live months (plan checks read undated state)", () => {
    expect(snapshotHasScorecard("live")).toBe(true);
    expect(snapshotHasScorecard("reconstructed")).toBe(false);
  });
});
