import {
  AGE_BANDS,
  activeIn,
  type CaseRecord,
  CITIZENSHIP_GROUPS,
  type CsvValue,
  closedIn,
  HTCDS_EXPORT_COLUMNS,
  HTCDS_SOURCE,
  type HtcdsExportColumn,
  INDICATORS,
  type Locale,
  type ProtectedCount,
  type ProtectedTable1d,
  type ProtectedTable2d,
  protectTable,
  quarterRange,
  SUPPRESSED,
  toCsv,
  translate,
} from "@gesim/core";
import type { FunderRelease } from "./funder-release.ts";
import type { CountNoise, FunderIndicator, FunderReport } from "./funder-report.ts";
import { funderPolicy } from "./funder-report.ts";

/**
 * Funder downloads (issue 6): CSV and JSON of a protected report, and an aggregate export in
 * the shape of the Human Trafficking Case Data Standard (HTCDS 2.0, IOM): counts of women per
 * `org_ShippingCountry`, `cas_Status`, citizenship group, age band and year of first contact,
 * with `prs_Gender` = Female (columns: core `HTCDS_EXPORT_COLUMNS`). Aggregates only: HTCDS is
 * a case-level standard, and no case-level row ever leaves the organisation. Every count is
 * the protected one (suppressed cells say "suppressed"); the methodology sheet states k, the
 * resolution, ε and the noise scale, the period and the definitions.
 */
export const EXPORT_FORMATS = ["csv", "json", "htcds"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Statistics in the HTCDS export: five tables (organisation country, status, citizenship group, age band, year of first contact). */
export const HTCDS_STATISTICS = 5;

const SUPPRESSED_MARK = "suppressed";
const shown = (c: ProtectedCount): CsvValue => (c.kind === "value" ? c.value : SUPPRESSED_MARK);

function tableRows(prefix: string, table: ProtectedTable1d | ProtectedTable2d): CsvValue[][] {
  if ("labels" in table)
    return [
      ...table.labels.map((l, i) => [prefix, l, "", shown(table.cells[i] ?? { kind: "suppressed" })]),
      [prefix, "total", "", shown(table.total)],
    ];
  return [
    ...table.rows.flatMap((r, i) =>
      table.columns.map((c, j) => [prefix, r, c, shown(table.cells[i]?.[j] ?? { kind: "suppressed" })]),
    ),
    [prefix, "total", "", shown(table.grandTotal)],
  ];
}

function indicatorRows(ind: FunderIndicator): CsvValue[][] {
  switch (ind.kind) {
    case "ratio":
      return [
        [ind.id, "numerator", "", shown(ind.numerator)],
        [ind.id, "denominator", "", shown(ind.denominator)],
        [ind.id, "percent", "", shown(ind.percent)],
      ];
    case "distribution":
      return [
        [ind.id, "n", "", shown(ind.n)],
        [ind.id, "median", "", shown(ind.median)],
      ];
    case "count":
      return [
        [ind.id, "value", "", shown(ind.value)],
        [ind.id, "women", "", shown(ind.women)],
      ];
    case "breakdown":
      return tableRows(ind.id, ind.table);
    case "byDomain":
      return ind.labels.flatMap((domain, i) => {
        const cell = ind.cells[i];
        return cell
          ? [
              [ind.id, domain, "n", shown(cell.n)],
              [ind.id, domain, "median", shown(cell.median)],
            ]
          : [];
      });
  }
}

/** Indicator ids with their titles in the reader's language (issue 18: a CSV must say what each row is). */
function titles(locale: Locale): Map<string, string> {
  return new Map(INDICATORS.map((def) => [def.id, translate(locale, def.titleKey)]));
}

/** The report as CSV: one row per released value, its indicator's id and title in `locale`. */
export function reportCsv(report: FunderReport, locale: Locale): string {
  const title = titles(locale);
  const withTitle = (row: CsvValue[]): CsvValue[] => [row[0] ?? "", title.get(String(row[0])) ?? "", ...row.slice(1)];
  const rows = [
    ["statistic", "title", "category", "subcategory", "value"],
    ...[["women", "all", "", shown(report.women)], ...report.indicators.flatMap(indicatorRows)].map(withTitle),
  ];
  if (report.disaggregation)
    rows.push(
      ...tableRows(`by:${report.disaggregation.dimensions.join("+")}`, report.disaggregation.table).map(withTitle),
    );
  return toCsv(rows);
}

/** The HTCDS-shaped aggregate: women of the consenting population by organisation country, status, citizenship group, age band and year of first contact. */
export type HtcdsAggregate = ReturnType<typeof htcdsAggregate>;
type HtcdsRecord = Record<HtcdsExportColumn, string | ProtectedCount | null>;

/** Years of first contact shown one by one before "earlier": the period's year and the four before. */
const YEARS_SHOWN = 5;

/**
 * One table per column (HTCDS_STATISTICS), each a breakdown of the women active in the
 * period, protected by the same small-cell control as the report (and, under ε, the same
 * noise). A record names its cell in its column and leaves the other breakdown columns null.
 * `org_ShippingCountry` is the organisation's country from its settings ("ZZ", ISO 3166's code
 * for unknown, where none is set); when all covered organisations share one country, every
 * record carries it. Tables by one column, not crossed with country: crossed, a small
 * organisation's cells would withhold every other organisation's too.
 */
export function htcdsAggregate(
  report: FunderReport,
  records: readonly CaseRecord[],
  countries: readonly string[],
  noise: CountNoise | undefined,
) {
  const period = quarterRange(report.period);
  const consenting = records.filter((r) => r.reportingConsent);
  const closed = new Set(closedIn(consenting, period).map((r) => r.caseId));
  const active = activeIn(consenting, period);
  const noisy = noise?.noisy ?? ((n: number) => n);
  const policy = funderPolicy(report.methodology.k, report.methodology.resolution);
  const year = Number(report.period.slice(0, 4));
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => String(year - YEARS_SHOWN + 1 + i));
  const yearOf = (r: CaseRecord) => {
    const first = r.firstContactDate.slice(0, 4);
    return years.includes(first) ? first : "earlier";
  };
  const breakdowns: [HtcdsExportColumn, readonly string[], (r: CaseRecord) => string][] = [
    ["org_ShippingCountry", countries, (r) => r.country],
    ["cas_Status", ["Active", "Closed"], (r) => (closed.has(r.caseId) ? "Closed" : "Active")],
    ["agg_CitizenshipGroup", CITIZENSHIP_GROUPS, (r) => r.citizenshipGroup],
    ["agg_AgeBand", AGE_BANDS, (r) => r.ageBand],
    ["agg_YearOfFirstContact", [...years, "earlier"], yearOf],
  ];
  const base = {
    ...(Object.fromEntries(HTCDS_EXPORT_COLUMNS.map((c) => [c, null])) as HtcdsRecord),
    prs_Gender: "Female",
    org_ShippingCountry: countries.length === 1 ? (countries[0] ?? null) : null,
  };
  const out: HtcdsRecord[] = [];
  for (const [column, categories, categoryOf] of breakdowns) {
    const counts = categories.map((category) => noisy(active.filter((r) => categoryOf(r) === category).length));
    const table = protectTable({ labels: [...categories], counts }, policy);
    categories.forEach((category, i) => {
      out.push({ ...base, [column]: category, count: table.cells[i] ?? SUPPRESSED });
    });
  }
  return {
    standard: "HTCDS",
    version: "2.0",
    level: "aggregate",
    source: HTCDS_SOURCE,
    columns: [...HTCDS_EXPORT_COLUMNS],
    period: report.period,
    methodology: report.methodology,
    records: out,
  };
}

/** The methodology sheet, translated: period, population, k and resolution, noise, definitions. */
export function methodologySheet(report: FunderReport, locale: Locale) {
  const { k, resolution, privacy } = report.methodology;
  const notes = [
    translate(locale, "funding.export.period", { period: report.period }),
    translate(locale, "funding.export.population"),
    translate(locale, "funding.export.smallCells", { k, resolution }),
    privacy
      ? translate(locale, "funding.export.noise", { epsilon: privacy.epsilon, scale: privacy.noiseScale })
      : translate(locale, "funding.export.noNoise"),
  ];
  const definitions = INDICATORS.map((def) => ({
    id: def.id,
    title: translate(locale, def.titleKey),
    numerator: translate(locale, def.numeratorKey),
    denominator: translate(locale, def.denominatorKey),
    unit: def.unit,
  }));
  const csv = toCsv([
    [translate(locale, "funding.export.methodology")],
    ...notes.map((n) => [n]),
    [],
    [translate(locale, "funding.export.definitions")],
    ["id", "title", "numerator", "denominator", "unit"],
    ...definitions.map((d) => [d.id, d.title, d.numerator, d.denominator, d.unit]),
  ]);
  return {
    period: report.period,
    k,
    resolution,
    epsilon: privacy?.epsilon ?? null,
    noiseScale: privacy?.noiseScale ?? null,
    notes,
    definitions,
    csv,
  };
}

export function exportFile(release: FunderRelease, format: ExportFormat, locale: Locale) {
  const { report } = release;
  const base = `funder-report-${report.period}`;
  const methodology = methodologySheet(report, locale);
  if (format === "csv")
    return { filename: `${base}.csv`, mediaType: "text/csv", content: reportCsv(report, locale), methodology };
  if (format === "json")
    return {
      filename: `${base}.json`,
      mediaType: "application/json",
      content: JSON.stringify({ report, methodology: { ...methodology, csv: undefined } }, null, 2),
      methodology,
    };
  return {
    filename: `${base}-htcds.json`,
    mediaType: "application/json",
    content: JSON.stringify(release.htcds, null, 2),
    methodology,
  };
}
