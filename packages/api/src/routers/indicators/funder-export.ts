import {
  activeIn,
  type CaseRecord,
  type CsvValue,
  closedIn,
  INDICATORS,
  type Locale,
  type ProtectedCount,
  type ProtectedTable1d,
  type ProtectedTable2d,
  protectTable,
  quarterRange,
  toCsv,
  translate,
} from "@gesim/core";
import type { FunderRelease } from "./funder-release.ts";
import type { CountNoise, FunderIndicator, FunderReport } from "./funder-report.ts";
import { funderPolicy } from "./funder-report.ts";

/**
 * Funder downloads (issue 6): CSV and JSON of a protected report, and an aggregate export in
 * the shape of the Human Trafficking Case Data Standard (HTCDS 2.0, IOM): counts of women per
 * `cas_Status` × `org_ShippingCountry`, with `prs_Gender` = Female. Aggregates only: HTCDS is
 * a case-level standard, and no case-level row ever leaves the organisation. Every count is
 * the protected one (suppressed cells say "suppressed"); the methodology sheet states k, the
 * resolution, ε and the noise scale, the period and the definitions.
 */
export const EXPORT_FORMATS = ["csv", "json", "htcds"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One statistic in the HTCDS export: a [Active, Closed] × country table. */
export const HTCDS_STATISTICS = 1;

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

export function reportCsv(report: FunderReport): string {
  const rows = [
    ["statistic", "category", "subcategory", "value"],
    ["women", "all", "", shown(report.women)],
    ...report.indicators.flatMap(indicatorRows),
  ];
  if (report.disaggregation)
    rows.push(...tableRows(`by:${report.disaggregation.dimensions.join("+")}`, report.disaggregation.table));
  return toCsv(rows);
}

/** The HTCDS-shaped aggregate: women of the consenting population by case status and country (made with the report, same noise). */
export type HtcdsAggregate = ReturnType<typeof htcdsAggregate>;
export function htcdsAggregate(
  report: FunderReport,
  records: readonly CaseRecord[],
  countries: readonly string[],
  noise: CountNoise | undefined,
) {
  const period = quarterRange(report.period);
  const closed = new Set(
    closedIn(
      records.filter((r) => r.reportingConsent),
      period,
    ).map((r) => r.caseId),
  );
  const active = activeIn(
    records.filter((r) => r.reportingConsent),
    period,
  );
  const noisy = noise?.noisy ?? ((n: number) => n);
  const statuses = ["Active", "Closed"] as const;
  const cells = statuses.map((s) =>
    countries.map((c) =>
      noisy(active.filter((r) => r.country === c && closed.has(r.caseId) === (s === "Closed")).length),
    ),
  );
  const table = protectTable({ rows: [...statuses], columns: countries, cells }, funderPolicy(report.methodology.k));
  return {
    standard: "HTCDS",
    version: "2.0",
    level: "aggregate",
    period: report.period,
    methodology: report.methodology,
    records: statuses.flatMap((status, i) =>
      countries.map((country, j) => ({
        prs_Gender: "Female",
        cas_Status: status,
        org_ShippingCountry: country,
        count: table.cells[i]?.[j] ?? { kind: "suppressed" as const },
      })),
    ),
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
    return { filename: `${base}.csv`, mediaType: "text/csv", content: reportCsv(report), methodology };
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
