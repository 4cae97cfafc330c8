import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { END_MARK, type Results, renderMarkdown, START_MARK, updateBenchmarksMd, writeResults } from "./report.ts";
import { ratios, summarise } from "./stats.ts";

const app = { ...summarise([5, 6, 7], 1, { "200": 2, "409": 1 }, 0), rssMaxMb: 300 };
const baseline = summarise([1, 2, 3], 1, { "200": 3 }, 0);
const results: Results = {
  date: "2026-11-23T13:00:00.000Z",
  command: "npm run bench -- --quick",
  machine: {
    nproc: 2,
    memTotalGb: 24,
    memFreeGb: 10,
    cpu: "test cpu",
    node: "v20.20.2",
    database: "PostgreSQL 15",
    loadAverage: [3, 2, 1],
    note: "Shared machine.",
  },
  settings: { duration: 10, warmup: 3, connections: [1, 16] },
  runs: [
    {
      clients: 5000,
      seedSeconds: 12,
      rows: { clients: 5000 },
      serverIdleRssMb: 150,
      endpoints: [
        {
          id: "dashboard",
          label: "Manager dashboard",
          kind: "json",
          measured: "indicators.programme",
          standInFor: "dashboard.indicators",
          connections: 16,
          app,
          baseline,
          ratios: ratios(app, baseline),
        },
      ],
    },
  ],
  javascript: [{ page: "plan", routeId: "routes/clients/plan/plan", files: 12, bytes: 600_000, gzipBytes: 200_000 }],
  targets: [
    {
      endpoint: "plan-page",
      target: "≤ 120 KB gzip",
      connections: null,
      value: 200_000,
      limit: 122_880,
      unit: "bytes",
      met: false,
      margin: "missed by 1.6×",
    },
  ],
};

describe("report", () => {
  it("names the stand-in, the 409s, the machine and the missed target", () => {
    const md = renderMarkdown(results);
    expect(md).toContain("`indicators.programme` standing in for `dashboard.indicators`");
    expect(md).toContain("409: 1");
    expect(md).toContain("Shared machine.");
    expect(md).toContain("**missed**: missed by 1.6×");
  });

  it("replaces only the generated section of BENCHMARKS.md", () => {
    const first = updateBenchmarksMd("# Benchmarks\n\nHow to read this.\n", "old table");
    expect(first).toContain(`${START_MARK}\nold table\n${END_MARK}`);
    const second = updateBenchmarksMd(`${first}\n## Notes kept\n`, "new table");
    expect(second).toContain("How to read this.");
    expect(second).toContain("## Notes kept");
    expect(second).toContain("new table");
    expect(second).not.toContain("old table");
  });

  it("writes results.json and BENCHMARKS.md", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-report-"));
    writeFileSync(join(dir, "BENCHMARKS.md"), "# Benchmarks\n\nKept.\n");
    writeResults(results, join(dir, "results.json"), join(dir, "BENCHMARKS.md"));
    expect(JSON.parse(readFileSync(join(dir, "results.json"), "utf8")).runs[0].clients).toBe(5000);
    expect(readFileSync(join(dir, "BENCHMARKS.md"), "utf8")).toMatch(/Kept\.[\s\S]*5,000 clients/);
  });
});
