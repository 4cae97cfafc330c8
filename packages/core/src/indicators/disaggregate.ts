import type { MessageParams } from "../i18n/catalogue.ts";
import type { CaseRecord } from "./case-record.ts";

/**
 * Splits case records into groups by at most two dimensions (domain.md §5.5: "avoid
 * cross-tabulating rare traits"). Three or more dimensions are refused, not truncated.
 * Group values are category codes, so they pass the funder-output guard; the groups' counts
 * must still go through disclosure/table.ts before they leave the organisation.
 */
export const DISAGGREGATION_DIMENSIONS = [
  "ageBand",
  "citizenshipGroup",
  "hasChildren",
  "legalStatus",
  "country",
] as const;
export type DisaggregationDimension = (typeof DISAGGREGATION_DIMENSIONS)[number];
export const MAX_DISAGGREGATION_DIMENSIONS = 2;

export type DisaggregationGroup = {
  /** Dimension → value code; `hasChildren` becomes "yes"/"no". */
  readonly key: Readonly<Partial<Record<DisaggregationDimension, string>>>;
  readonly records: readonly CaseRecord[];
};

export type DisaggregationResult =
  | { readonly ok: true; readonly groups: readonly DisaggregationGroup[] }
  | {
      readonly ok: false;
      readonly reason: "indicators.error.tooManyDimensions" | "indicators.error.duplicateDimension";
      readonly params: MessageParams;
    };

function dimensionValue(record: CaseRecord, dimension: DisaggregationDimension): string {
  if (dimension === "hasChildren") return record.hasChildren ? "yes" : "no";
  return record[dimension];
}

/** Groups in a stable order (sorted by their values); empty groups are not listed. */
export function disaggregate(
  records: readonly CaseRecord[],
  dimensions: readonly DisaggregationDimension[],
): DisaggregationResult {
  if (dimensions.length > MAX_DISAGGREGATION_DIMENSIONS) {
    return { ok: false, reason: "indicators.error.tooManyDimensions", params: { max: MAX_DISAGGREGATION_DIMENSIONS } };
  }
  if (new Set(dimensions).size !== dimensions.length)
    return { ok: false, reason: "indicators.error.duplicateDimension", params: {} };
  const groups = new Map<string, { key: Partial<Record<DisaggregationDimension, string>>; records: CaseRecord[] }>();
  for (const record of records) {
    const values = dimensions.map((d) => dimensionValue(record, d));
    const id = JSON.stringify(values);
    const key: Partial<Record<DisaggregationDimension, string>> = Object.fromEntries(
      dimensions.map((d, i) => [d, values[i] ?? ""]),
    );
    const group = groups.get(id) ?? { key, records: [] as CaseRecord[] };
    group.records.push(record);
    groups.set(id, group);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
  return { ok: true, groups: sorted };
}
