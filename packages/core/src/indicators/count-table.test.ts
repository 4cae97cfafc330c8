import { describe, expect, it } from "vitest";
import { protectTable } from "../disclosure/table.ts";
import { countTable1d, countTable2d } from "./count-table.ts";
import { makeRecord as r } from "./test-records.ts";

const records = [
  ...Array.from({ length: 12 }, () => r({ ageBand: "25-34", citizenshipGroup: "third-country" })),
  ...Array.from({ length: 3 }, () => r({ ageBand: "18-24", citizenshipGroup: "eu", country: "IT" })),
  r({ country: "FR" }),
];

describe("count tables", () => {
  it("lists every category, zeros included, in a fixed order", () => {
    expect(countTable1d(records, "ageBand")).toEqual({
      labels: ["18-24", "25-34", "35-44", "45+", "unknown"],
      counts: [3, 13, 0, 0, 0],
    });
    expect(countTable1d(records, "country", ["ES", "IT"])).toEqual({
      labels: ["ES", "IT", "other"],
      counts: [12, 3, 1],
    });
  });

  it("cross-tabulates two dimensions and feeds protectTable", () => {
    const table = countTable2d(records, "citizenshipGroup", "hasChildren");
    expect(table).toEqual({
      rows: ["eu", "third-country"],
      columns: ["yes", "no"],
      cells: [
        [0, 3],
        [0, 13],
      ],
    });
    const protectedTable = protectTable(table);
    expect(protectedTable.grandTotal).toEqual({ kind: "value", value: 15 });
    expect(protectedTable.cells.flat().every((c) => c.kind === "suppressed")).toBe(true);
    expect(() => countTable2d(records, "country", "country")).toThrow("indicators.error.duplicateDimension");
  });
});
