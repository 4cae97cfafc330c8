import {
  HTCDS_AGGREGATE_COLUMNS,
  HTCDS_EXPORT_COLUMNS,
  HTCDS_FIELDS,
  HTCDS_PICKLISTS,
  type ProtectedCount,
} from "@gesim/core";
import type { TestDb } from "@gesim/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, createSeededDb } from "../../testing/test-support.ts";

/**
 * The HTCDS aggregate export (issue 18, "exports that say something"): every column is an
 * HTCDS field (HTCDS 2.0 field reference, core `HTCDS_FIELDS`) or a declared aggregate column,
 * values follow HTCDS picklists, the organisation's country comes from its settings, and every
 * count went through the same small-cell control as the report (never an exact small number).
 */
let handle: TestDb;
beforeAll(async () => {
  handle = await createSeededDb();
});
afterAll(() => handle.close());

type HtcdsFile = {
  standard: string;
  version: string;
  columns: string[];
  methodology: { k: number; resolution: number };
  records: Record<string, string | ProtectedCount | null>[];
};

/** A released count is withheld, or at least k and a multiple of the resolution (never an exact small number). */
function expectProtected(cell: unknown, k: number, resolution: number) {
  const count = cell as ProtectedCount;
  if (count.kind === "suppressed") return;
  expect(count.value === 0 || count.value >= k).toBe(true);
  expect(count.value % resolution).toBe(0);
}

describe("the HTCDS aggregate export", () => {
  it("uses only HTCDS columns and declared aggregate ones, with HTCDS values and the organisation's country", async () => {
    const admin = await callerFor(handle, "admin@demo.test");
    const settings = await admin.admin.organisation.get();
    // The demo organisations are seeded with a country (issue 18: the export said "ZZ").
    expect(settings.country).toBe("IT");
    await admin.admin.organisation.update({
      name: settings.name,
      disclosureThreshold: settings.disclosureThreshold,
      country: "DE",
      version: settings.version,
    });
    const f = await callerFor(handle, "funder@demo.test");
    const file = JSON.parse((await f.indicators.funderExport({ format: "htcds" })).content) as HtcdsFile;
    expect(file).toMatchObject({ standard: "HTCDS", version: "2.0" });
    expect(file.columns).toEqual([...HTCDS_EXPORT_COLUMNS]);
    const known = new Set<string>([...HTCDS_FIELDS, ...HTCDS_AGGREGATE_COLUMNS]);
    for (const column of file.columns) expect(known.has(column), column).toBe(true);
    expect(file.records.length).toBeGreaterThan(0);
    const { k, resolution } = file.methodology;
    for (const record of file.records) {
      expect(Object.keys(record)).toEqual(file.columns);
      expect(HTCDS_PICKLISTS.prs_Gender).toContain(record.prs_Gender);
      if (record.cas_Status !== null) expect(HTCDS_PICKLISTS.cas_Status).toContain(record.cas_Status);
      expect(record.org_ShippingCountry === null || /^[A-Z]{2}$/.test(String(record.org_ShippingCountry))).toBe(true);
      // At most one breakdown per record besides the country: status, citizenship group, age band or year.
      const broken = ["cas_Status", "agg_CitizenshipGroup", "agg_AgeBand", "agg_YearOfFirstContact"];
      expect(broken.filter((c) => record[c] !== null).length).toBeLessThanOrEqual(1);
      expectProtected(record.count, k, resolution);
    }
    // The demo organisation's country from its settings; the second one keeps its seeded one.
    const byCountry = file.records.filter((r) => r.cas_Status === null && r.agg_AgeBand === null);
    const countryRows = byCountry.filter((r) => r.agg_CitizenshipGroup === null && r.agg_YearOfFirstContact === null);
    expect(countryRows.map((r) => r.org_ShippingCountry).sort()).toEqual(["DE", "IT"]);
    // Closures in one quarter are few, so the status table is mostly withheld (a released
    // "Active" would give "Closed" as the report's total minus it); the other breakdowns say something.
    for (const column of ["org_ShippingCountry", "agg_CitizenshipGroup", "agg_AgeBand", "agg_YearOfFirstContact"])
      expect(
        file.records.some((r) => r[column] !== null && (r.count as ProtectedCount).kind === "value"),
        column,
      ).toBe(true);
  });

  it("releases X1–X3 (and every other count) only as protected numbers", async () => {
    const f = await callerFor(handle, "funder@demo.test");
    const report = await f.indicators.funder();
    const { k, resolution } = report.methodology;
    for (const id of ["ind-x1", "ind-x2", "ind-x3"]) {
      const indicator = report.indicators.find((i) => i.id === id);
      if (!indicator) throw new Error(`${id} missing`);
      if (indicator.kind === "ratio")
        for (const c of [indicator.numerator, indicator.denominator]) expectProtected(c, k, resolution);
      else if (indicator.kind === "distribution") expectProtected(indicator.n, k, resolution);
      else if (indicator.kind === "count")
        for (const c of [indicator.value, indicator.women]) expectProtected(c, k, resolution);
      else throw new Error(`${id}: unexpected kind ${indicator.kind}`);
    }
  });
});
