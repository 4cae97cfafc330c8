import { describe, expect, it } from "vitest";
import { evaluateJsSize, evaluateScaling, evaluateTargets, percentile, ratios, summarise } from "./stats.ts";

describe("percentile and summarise", () => {
  it("takes the nearest rank", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it("summarises unsorted latencies over the run's seconds", () => {
    const m = summarise([30, 10, 20, 40], 2, { "200": 3, "409": 1 }, 0);
    expect(m).toMatchObject({ requests: 4, rps: 2, p50: 20, p95: 40, max: 40, statuses: { "200": 3, "409": 1 } });
  });

  it("reports a run without any response as not measured, never as meeting a latency target", () => {
    const none = summarise([], 10, {}, 16);
    expect(none.p95).toBeNaN();
    const [p95] = evaluateTargets(
      "dashboard",
      [{ kind: "p95Ms", max: 200, connections: 16, note: "p95" }],
      16,
      none,
      ratios(none, none),
    );
    expect(p95).toMatchObject({ met: false, margin: "not measured" });
  });
});

describe("targets", () => {
  const base = summarise([1, 2, 3, 4], 1, {}, 0);
  const slow = summarise([4, 8, 12, 16], 2, {}, 0);

  it("computes latency and throughput ratios to the baseline", () => {
    expect(ratios(slow, base)).toEqual({ p50: 4, p95: 4, p99: 4, throughput: 0.5 });
  });

  it("says by how much a target is met or missed", () => {
    const r = ratios(slow, base);
    const [throughput, p95] = evaluateTargets(
      "plans.get",
      [
        { kind: "throughputRatio", min: 0.4, note: "t" },
        { kind: "p95Ratio", max: 2.5, note: "p" },
      ],
      1,
      slow,
      r,
    );
    expect(throughput).toMatchObject({ met: true, margin: "met with 25% to spare" });
    expect(p95).toMatchObject({ met: false, margin: "missed by 1.6×" });
  });

  it("checks absolute p95 only at its concurrency", () => {
    const target = [{ kind: "p95Ms", max: 200, connections: 16, note: "p95" }] as const;
    expect(evaluateTargets("dashboard", target, 1, slow, ratios(slow, base))).toEqual([]);
    expect(evaluateTargets("dashboard", target, 16, slow, ratios(slow, base))[0]).toMatchObject({
      met: true,
      value: 16,
    });
  });

  it("evaluates scaling growth and the plan page's JavaScript", () => {
    expect(evaluateScaling("plans.get", 16, base, slow)).toMatchObject({
      value: 4,
      met: false,
      margin: "missed by 2.7×",
    });
    const near = { ...base, p95: base.p95 * 1.55 };
    expect(evaluateScaling("plans.get", 16, base, near)).toMatchObject({ met: false, margin: "missed by 1.03×" });
    expect(evaluateJsSize(200 * 1024)).toMatchObject({ met: false, unit: "bytes" });
    expect(evaluateJsSize(60 * 1024)).toMatchObject({ met: true, margin: "met with 50% to spare" });
  });
});
