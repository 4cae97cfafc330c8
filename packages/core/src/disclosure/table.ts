import {
  DEFAULT_SMALL_CELL_POLICY,
  isReleasable,
  type ProtectedCount,
  roundDown,
  type SmallCellPolicy,
  SUPPRESSED,
} from "./small-cell.ts";

/**
 * Small-cell protection of a 1- or 2-dimensional table of counts with totals.
 *
 * The table is handled as its "augmented grid": the R×C cells, a column of row totals, a row
 * of column totals and the grand total in the corner. Every row and every column of that grid
 * is a "line": its entries add up to its last entry (the line total). Totals are computed from
 * TRUE values, then protected like any cell.
 *
 * 1. Primary suppression: every entry below k (zero included) is suppressed (small-cell.ts).
 * 2. Complementary suppression, repeated until nothing changes:
 *    a. No line may have exactly one suppressed entry (cell or total): it could be recovered
 *       as total − sum of the others. The next smallest released cell of the line is
 *       suppressed (the total, when every cell is already suppressed).
 *    b. When a line's total is released, the suppressed cells of that line must add up to at
 *       least k (true values), so total − released cells does not show that they are together
 *       a small number. Again the next smallest released cell is suppressed.
 * 3. Released entries are rounded down to the resolution. Because every released value is a
 *    floor, released cells of a line never add up to more than its released total.
 *
 * This is the usual line-by-line heuristic, not a full linear-programming audit; it cannot be
 * beaten by one subtraction in one line and, with rounding, not exactly in several.
 */
export type CountTable2d = {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  /** cells[row][column], non-negative integers. */
  readonly cells: readonly (readonly number[])[];
};
export type ProtectedTable2d = {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly cells: readonly (readonly ProtectedCount[])[];
  readonly rowTotals: readonly ProtectedCount[];
  readonly columnTotals: readonly ProtectedCount[];
  readonly grandTotal: ProtectedCount;
};
export type CountTable1d = { readonly labels: readonly string[]; readonly counts: readonly number[] };
export type ProtectedTable1d = {
  readonly labels: readonly string[];
  readonly cells: readonly ProtectedCount[];
  readonly total: ProtectedCount;
};

type Line = { readonly entries: readonly (readonly [number, number])[]; readonly total: readonly [number, number] };

function validate(table: CountTable2d): void {
  if (table.cells.length !== table.rows.length) throw new RangeError("disclosure.error.tableShape");
  for (const row of table.cells) {
    if (row.length !== table.columns.length) throw new RangeError("disclosure.error.tableShape");
    for (const n of row) if (!Number.isInteger(n) || n < 0) throw new RangeError("disclosure.error.countNotNatural");
  }
}

/** True values of the augmented grid: cells, row totals (last column), column totals (last row). */
function augment(table: CountTable2d): number[][] {
  const r = table.rows.length;
  const c = table.columns.length;
  const grid = Array.from({ length: r + 1 }, (_, i) =>
    Array.from({ length: c + 1 }, (_, j) => (i < r && j < c ? (table.cells[i]?.[j] ?? 0) : 0)),
  );
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const n = grid[i]?.[j] ?? 0;
      add(grid, i, c, n);
      add(grid, r, j, n);
      add(grid, r, c, n);
    }
  }
  return grid;
}

function add(grid: number[][], i: number, j: number, n: number): void {
  const row = grid[i];
  if (row) row[j] = (row[j] ?? 0) + n;
}

function linesOf(r: number, c: number): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i <= r; i++) {
    lines.push({ entries: Array.from({ length: c }, (_, j) => [i, j] as const), total: [i, c] });
  }
  for (let j = 0; j <= c; j++) {
    lines.push({ entries: Array.from({ length: r }, (_, i) => [i, j] as const), total: [r, j] });
  }
  return lines;
}

/** The entry of the line to suppress next, or undefined when the line is fine. */
function nextSuppression(
  line: Line,
  values: number[][],
  suppressed: boolean[][],
  k: number,
): readonly [number, number] | undefined {
  const value = ([i, j]: readonly [number, number]) => values[i]?.[j] ?? 0;
  const isSuppressed = ([i, j]: readonly [number, number]) => suppressed[i]?.[j] ?? false;
  const hidden = line.entries.filter(isSuppressed);
  const totalHidden = isSuppressed(line.total);
  const count = hidden.length + (totalHidden ? 1 : 0);
  const sumHidden = hidden.reduce((sum, at) => sum + value(at), 0);
  const violates = count === 1 || (!totalHidden && hidden.length > 0 && sumHidden < k);
  if (!violates) return undefined;
  const candidates = line.entries
    .filter((at) => !isSuppressed(at))
    .sort((a, b) => value(a) - value(b) || a[0] - b[0] || a[1] - b[1]);
  return candidates[0] ?? (totalHidden ? undefined : line.total);
}

/** Protects a two-dimensional table (see the module comment for the rules). */
function protectTable2d(table: CountTable2d, policy: SmallCellPolicy): ProtectedTable2d {
  validate(table);
  const r = table.rows.length;
  const c = table.columns.length;
  const values = augment(table);
  const suppressed = values.map((row) => row.map((n) => !isReleasable(n, policy)));
  const lines = linesOf(r, c);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const at = nextSuppression(line, values, suppressed, policy.k);
      const row = at ? suppressed[at[0]] : undefined;
      if (at && row) {
        row[at[1]] = true;
        changed = true;
      }
    }
  }
  const out = (i: number, j: number): ProtectedCount =>
    (suppressed[i]?.[j] ?? true) ? SUPPRESSED : { kind: "value", value: roundDown(values[i]?.[j] ?? 0, policy) };
  return {
    rows: table.rows,
    columns: table.columns,
    cells: Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => out(i, j))),
    rowTotals: Array.from({ length: r }, (_, i) => out(i, c)),
    columnTotals: Array.from({ length: c }, (_, j) => out(r, j)),
    grandTotal: out(r, c),
  };
}

/**
 * Protects a table of counts: one-dimensional (`labels`/`counts`, one line and its total) or
 * two-dimensional (`rows`/`columns`/`cells`, with row, column and grand totals).
 * Throws a RangeError (message key) for a ragged table or a count that is not a natural number.
 */
export function protectTable(table: CountTable1d, policy?: SmallCellPolicy): ProtectedTable1d;
export function protectTable(table: CountTable2d, policy?: SmallCellPolicy): ProtectedTable2d;
export function protectTable(
  table: CountTable1d | CountTable2d,
  policy: SmallCellPolicy = DEFAULT_SMALL_CELL_POLICY,
): ProtectedTable1d | ProtectedTable2d {
  if ("labels" in table) {
    if (table.labels.length !== table.counts.length) throw new RangeError("disclosure.error.tableShape");
    const result = protectTable2d({ rows: ["all"], columns: table.labels, cells: [table.counts] }, policy);
    return { labels: table.labels, cells: result.cells[0] ?? [], total: result.grandTotal };
  }
  return protectTable2d(table, policy);
}
