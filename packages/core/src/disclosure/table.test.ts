import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSmallCellPolicy, type ProtectedCount, type SmallCellPolicy } from "./small-cell.ts";
import { type ProtectedTable2d, protectTable } from "./table.ts";

const S = { kind: "suppressed" } as const;
const v = (value: number) => ({ kind: "value", value }) as const;
const _policy = createSmallCellPolicy();

type Entry = { readonly truth: number; readonly out: ProtectedCount };
type Line = { readonly entries: readonly Entry[]; readonly total: Entry };

/** Rows and columns of the augmented grid, margins included, paired with the true values. */
function linesOf(cells: readonly (readonly number[])[], table: ProtectedTable2d): Line[] {
  const r = cells.length;
  const c = cells[0]?.length ?? 0;
  const truth = (i: number, j: number): number => {
    const rows = i < r ? [i] : [...Array(r).keys()];
    const cols = j < c ? [j] : [...Array(c).keys()];
    return rows.reduce((sum, a) => sum + cols.reduce((s, b) => s + (cells[a]?.[b] ?? 0), 0), 0);
  };
  const out = (i: number, j: number): ProtectedCount => {
    if (i < r && j < c) return table.cells[i]?.[j] ?? S;
    if (i < r) return table.rowTotals[i] ?? S;
    if (j < c) return table.columnTotals[j] ?? S;
    return table.grandTotal;
  };
  const entry = (i: number, j: number): Entry => ({ truth: truth(i, j), out: out(i, j) });
  const lines: Line[] = [];
  for (let i = 0; i <= r; i++)
    lines.push({ entries: [...Array(c).keys()].map((j) => entry(i, j)), total: entry(i, c) });
  for (let j = 0; j <= c; j++)
    lines.push({ entries: [...Array(r).keys()].map((i) => entry(i, j)), total: entry(r, j) });
  return lines;
}

function checkInvariants(cells: number[][], p: SmallCellPolicy): void {
  const table = protectTable(
    { rows: cells.map((_, i) => `r${i}`), columns: (cells[0] ?? []).map((_, j) => `c${j}`), cells },
    p,
  );
  for (const line of linesOf(cells, table)) {
    const all = [...line.entries, line.total];
    for (const e of all) {
      if (e.out.kind === "value") {
        // released: at least k, a floor of the truth to the resolution
        expect(e.out.value).toBeGreaterThanOrEqual(p.k);
        expect(e.out.value).toBe(Math.floor(e.truth / p.resolution) * p.resolution);
      }
    }
    const hidden = line.entries.filter((e) => e.out.kind === "suppressed");
    const totalHidden = line.total.out.kind === "suppressed";
    // never exactly one suppressed entry in a line (cells and total together)
    expect(hidden.length + (totalHidden ? 1 : 0)).not.toBe(1);
    if (line.total.out.kind === "value") {
      const total = line.total.out.value;
      const released = line.entries.flatMap((e) => (e.out.kind === "value" ? [e.out.value] : []));
      const sum = released.reduce((a, b) => a + b, 0);
      expect(sum).toBeLessThanOrEqual(total);
      // suppressed cells of a line with a released total hide together at least k
      if (hidden.length > 0) expect(hidden.reduce((a, e) => a + e.truth, 0)).toBeGreaterThanOrEqual(p.k);
      // with nothing suppressed: total − Σ cells is a multiple of the resolution in [0, (n−1)·resolution]
      if (hidden.length === 0) {
        expect((total - sum) % p.resolution).toBe(0);
        expect(total - sum).toBeLessThanOrEqual(Math.max(0, line.entries.length - 1) * p.resolution);
      }
    }
  }
}

describe("protectTable (1-dimensional)", () => {
  it("suppresses small cells and a complement, and keeps the total", () => {
    const result = protectTable({ labels: ["a", "b", "c", "d"], counts: [3, 40, 12, 27] });
    expect(result.cells).toEqual([S, v(40), S, v(25)]);
    expect(result.total).toEqual(v(80));
  });

  it("suppresses zeros, and a complement so their sum is not shown to be small", () => {
    const result = protectTable({ labels: ["a", "b", "c"], counts: [0, 0, 50] });
    expect(result.cells).toEqual([S, S, S]);
    expect(result.total).toEqual(v(50));
  });

  it("suppresses everything when the total is below k", () => {
    const result = protectTable({ labels: ["a", "b"], counts: [4, 5] });
    expect(result.cells).toEqual([S, S]);
    expect(result.total).toEqual(S);
  });

  it("releases everything big enough, rounded down", () => {
    const result = protectTable({ labels: ["a", "b"], counts: [14, 19] });
    expect(result.cells).toEqual([v(10), v(15)]);
    expect(result.total).toEqual(v(30));
  });

  it("refuses a ragged or non-natural table", () => {
    expect(() => protectTable({ labels: ["a"], counts: [1, 2] })).toThrow("disclosure.error.tableShape");
    expect(() => protectTable({ labels: ["a"], counts: [-1] })).toThrow("disclosure.error.countNotNatural");
    expect(() => protectTable({ rows: ["x"], columns: ["a", "b"], cells: [[1]] })).toThrow(
      "disclosure.error.tableShape",
    );
  });
});

describe("protectTable (2-dimensional)", () => {
  it("protects a hand-checked table", () => {
    const result = protectTable({
      rows: ["eu", "third-country"],
      columns: ["18-24", "25-34", "35+"],
      cells: [
        [12, 3, 20],
        [30, 25, 15],
      ],
    });
    // 3 is primary; row "eu" then hides 12 (smallest), column "25-34" hides 25, column
    // "18-24" hides 30: the classic 2×2 pattern, every total stays released.
    expect(result.cells).toEqual([
      [S, S, v(20)],
      [S, S, v(15)],
    ]);
    expect(result.columnTotals).toEqual([v(40), v(25), v(35)]);
    expect(result.cells[0]?.[1]).toEqual(S);
    expect(result.grandTotal).toEqual(v(105));
    expect(result.rowTotals).toEqual([v(35), v(70)]);
  });

  it("hides a row total that would otherwise be derivable from the grand total", () => {
    const result = protectTable({ rows: ["a", "b", "c"], columns: ["x"], cells: [[2], [50], [60]] });
    expect(result.rowTotals[0]).toEqual(S);
    expect(result.rowTotals.filter((t) => t.kind === "suppressed").length).toBeGreaterThanOrEqual(2);
  });

  it("keeps every invariant on random tables (property)", () => {
    const policies = fc.constantFrom(
      createSmallCellPolicy(),
      createSmallCellPolicy({ k: 5, resolution: 1 }),
      createSmallCellPolicy({ k: 6, resolution: 3 }),
    );
    const tables = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([r, c]) =>
      fc.array(fc.array(fc.oneof(fc.nat({ max: 12 }), fc.nat({ max: 80 })), { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      }),
    );
    fc.assert(
      fc.property(tables, policies, (cells, p) => {
        checkInvariants(cells, p);
      }),
      { numRuns: 400 },
    );
  });
});
