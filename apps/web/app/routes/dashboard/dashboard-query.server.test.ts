import { describe, expect, it } from "vitest";
import { parseDashboardQuery, periodOptions, queryString } from "./dashboard-query.server.ts";

const TODAY = "2026-11-23";
const parse = (query: string) => parseDashboardQuery(new URL(`http://app/dashboard?${query}`), TODAY);

describe("dashboard query", () => {
  it("defaults to the latest complete quarter with no filters", () => {
    const q = parse("");
    expect(q.period).toEqual({ granularity: "quarter", period: "2026-Q3" });
    expect(q.filters).toEqual({});
    expect(q.rangeError).toBeNull();
  });

  it("offers 12 months, 8 quarters and 3 years, the running ones first", () => {
    const options = periodOptions(TODAY);
    expect(options.months).toHaveLength(12);
    expect(options.months.slice(0, 3)).toEqual(["2026-11", "2026-10", "2026-09"]);
    expect(options.months.at(-1)).toBe("2025-12");
    expect(options.quarters.slice(0, 2)).toEqual(["2026-Q4", "2026-Q3"]);
    expect(options.quarters).toHaveLength(8);
    expect(options.years).toEqual(["2026", "2025", "2024"]);
  });

  it.each([
    ["period=2026-10", { granularity: "month", period: "2026-10" }],
    ["period=2025", { granularity: "year", period: "2025" }],
    ["period=2026-Q2", { granularity: "quarter", period: "2026-Q2" }],
    ["period=1999-Q1", { granularity: "quarter", period: "2026-Q3" }],
    ["period=DROP", { granularity: "quarter", period: "2026-Q3" }],
    ["from=2026-02-01&to=2026-03-15", { from: "2026-02-01", to: "2026-03-15" }],
  ])("reads %s as a period", (query, period) => {
    expect(parse(query).period).toEqual(period);
  });

  it.each([
    "from=2026-05-01&to=2026-01-01",
    "from=2026-05-01",
    "from=2026-02-30&to=2026-03-01",
    "from=yesterday&to=today",
  ])("keeps a wrong custom range (%s) in the form, with a message, and shows the calendar period", (query) => {
    const q = parse(`period=2026-10&${query}`);
    expect(q.rangeError).toBe("dashboard.error.customRange");
    expect(q.period).toEqual({ granularity: "month", period: "2026-10" });
    expect(q.form.from).toBe(new URLSearchParams(query).get("from") ?? "");
  });

  it("reads the filters and ignores values it does not know", () => {
    const id = "6a7d0c2e-5b1f-4e8a-9c3d-2f1e0b9a8c71";
    expect(parse(`caseworker=${id}&pathway=eem&domain=language&citizenship=third-country&children=no`).filters).toEqual(
      {
        caseworkerId: id,
        pathway: "eem",
        domain: "language",
        citizenshipGroup: "third-country",
        hasChildren: false,
      },
    );
    expect(parse("caseworker=1&pathway=x&domain=y&citizenship=mars&children=maybe").filters).toEqual({});
  });

  it("writes the form back as a query string without empty values", () => {
    expect(queryString(parse("period=2026-10&children=yes&pathway=").form)).toBe("period=2026-10&children=yes");
  });
});
