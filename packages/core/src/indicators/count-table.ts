import type { CountTable1d, CountTable2d } from "../disclosure/table.ts";
import { CITIZENSHIP_GROUPS, LEGAL_STATUSES } from "../plan/client-profile.ts";
import { AGE_BANDS, type CaseRecord } from "./case-record.ts";
import type { DisaggregationDimension } from "./disaggregate.ts";

/**
 * Counts women per category, ready for `protectTable`. Every category of a fixed list is a
 * row or column even when nobody is in it (a missing row would itself say "zero"), and the
 * order is the list's, never "largest first". Countries have no fixed list: the caller passes
 * the programme's countries; records from other countries are counted under "other".
 */
function categoriesOf(dimension: DisaggregationDimension, countries: readonly string[]): readonly string[] {
  switch (dimension) {
    case "ageBand":
      return AGE_BANDS;
    case "citizenshipGroup":
      return CITIZENSHIP_GROUPS;
    case "hasChildren":
      return ["yes", "no"];
    case "legalStatus":
      return LEGAL_STATUSES;
    case "country":
      return [...countries, "other"];
  }
}

function categoryOf(record: CaseRecord, dimension: DisaggregationDimension, categories: readonly string[]): string {
  const value = dimension === "hasChildren" ? (record.hasChildren ? "yes" : "no") : record[dimension];
  return categories.includes(value) ? value : "other";
}

export function countTable1d(
  records: readonly CaseRecord[],
  dimension: DisaggregationDimension,
  countries: readonly string[] = [],
): CountTable1d {
  const labels = categoriesOf(dimension, countries);
  const counts = labels.map(() => 0);
  for (const record of records) {
    const index = labels.indexOf(categoryOf(record, dimension, labels));
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return { labels, counts };
}

export function countTable2d(
  records: readonly CaseRecord[],
  rowDimension: DisaggregationDimension,
  columnDimension: DisaggregationDimension,
  countries: readonly string[] = [],
): CountTable2d {
  if (rowDimension === columnDimension) throw new RangeError("indicators.error.duplicateDimension");
  const rows = categoriesOf(rowDimension, countries);
  const columns = categoriesOf(columnDimension, countries);
  const cells = rows.map(() => columns.map(() => 0));
  for (const record of records) {
    const i = rows.indexOf(categoryOf(record, rowDimension, rows));
    const j = columns.indexOf(categoryOf(record, columnDimension, columns));
    const row = cells[i];
    if (row && j >= 0) row[j] = (row[j] ?? 0) + 1;
  }
  return { rows, columns, cells };
}
