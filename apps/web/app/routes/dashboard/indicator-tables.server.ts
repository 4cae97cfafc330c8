import type { createCaller } from "@gesim/api";
import { type Cell, raw, type TableModel, type Text, text } from "../../components/dashboard/table-model.ts";

type SqlIndicators = Awaited<ReturnType<ReturnType<typeof createCaller>["dashboard"]["indicators"]>>;
type Dist = { n: number; median: number | null; p90: number | null };

const distColumns = [
  { label: text("dashboard.col.women"), format: "number" },
  { label: text("dashboard.col.median"), format: "number" },
  { label: text("dashboard.col.p90"), format: "number" },
] as const;

const distCells = (d: Dist): Cell[] => [d.n, d.median, d.p90];

function countTable(
  id: string,
  titleKey: string,
  label: Text,
  rows: { key: string; head: Text; value: number }[],
  chart = true,
): TableModel {
  return {
    id,
    titleKey,
    columns: [{ label, format: "number" }],
    rows: rows.map((r) => ({ key: r.key, head: r.head, cells: [r.value] })),
    ...(chart ? { chart: { column: 0, max: null } } : {}),
  };
}

const GAS_BAND_LABELS: Record<string, string> = { "below-30": "< 30", "70-plus": "≥ 70" };

/** Every table of the dashboard's indicator section, in page order (the CSV export's `:file` is the id). */
export function indicatorTables(ind: SqlIndicators): TableModel[] {
  const percentOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);
  const summary: TableModel = {
    id: "summary",
    titleKey: "dashboard.table.summary",
    columns: [{ label: text("dashboard.col.value"), format: "number" }],
    rows: [
      { key: "women", head: text("dashboard.row.women"), cells: [ind.women] },
      {
        key: "first-service-median",
        head: text("dashboard.row.firstServiceMedian"),
        cells: [ind.timeToFirstService.overall.median],
      },
      {
        key: "first-service-p90",
        head: text("dashboard.row.firstServiceP90"),
        cells: [ind.timeToFirstService.overall.p90],
      },
      { key: "duration-median", head: text("dashboard.row.durationMedian"), cells: [ind.durationOfSupport.median] },
      { key: "duration-12", head: text("dashboard.row.duration12"), cells: [ind.durationOfSupport.atLeast12Months] },
      { key: "gas-median", head: text("dashboard.row.gasMedian"), cells: [ind.gas.median] },
      { key: "distance-median", head: text("dashboard.row.distanceMedian"), cells: [ind.distance.perWoman.median] },
      {
        key: "overdue-actions",
        head: text("dashboard.row.overdueActions", { date: ind.overdueActions.asOf }),
        cells: [ind.overdueActions.actions],
      },
      { key: "overdue-women", head: text("dashboard.row.overdueWomen"), cells: [ind.overdueActions.women] },
      { key: "reviews-due", head: text("dashboard.row.reviewsDue"), cells: [ind.reviewsOnTime.due] },
      {
        key: "reviews-on-time",
        head: text("dashboard.row.reviewsOnTime"),
        cells: [ind.reviewsOnTime.percent ?? percentOf(ind.reviewsOnTime.onTime, ind.reviewsOnTime.due)],
        format: "percent",
      },
    ],
  };
  const firstService: TableModel = {
    id: "first-service",
    titleKey: "dashboard.table.firstService",
    columns: [...distColumns],
    rows: ind.timeToFirstService.byDomain.map((d) => ({
      key: d.domain,
      head: text(`domain.${d.domain}.title`),
      cells: distCells(d),
    })),
    chart: { column: 1, max: null },
  };
  const distance: TableModel = {
    id: "distance",
    titleKey: "dashboard.table.distance",
    columns: [...distColumns],
    rows: [
      ...ind.distance.byPathway.map((p) => ({
        key: p.pathway,
        head: text(`pathway.${p.pathway}.title`),
        cells: distCells(p),
      })),
      ...ind.distance.byDomain.map((d) => ({
        key: d.domain,
        head: text(`domain.${d.domain}.title`),
        cells: distCells(d),
      })),
    ],
    chart: { column: 1, max: null },
  };
  const gas = countTable(
    "goal-attainment",
    "dashboard.table.gas",
    text("dashboard.col.women"),
    ind.gas.bands.map((b) => ({
      key: b.band,
      head: raw(GAS_BAND_LABELS[b.band] ?? b.band.replace("-", "–")),
      value: b.count,
    })),
  );
  const closures = countTable(
    "closure-reasons",
    "dashboard.table.closures",
    text("dashboard.col.cases"),
    ind.closureReasons.counts.map((c) => ({
      key: c.reason,
      head: c.reason === "unrecorded" ? text("funder.category.unrecorded") : text(`plan.closure.${c.reason}`),
      value: c.count,
    })),
  );
  const referrals = countTable(
    "referral-outcomes",
    "dashboard.table.referrals",
    text("dashboard.col.referrals"),
    ind.referralOutcomes.counts.map((c) => ({
      key: c.status,
      head: text(`referral.status.${c.status}`),
      value: c.count,
    })),
  );
  return [summary, firstService, distance, gas, closures, referrals, caseloadTable(ind)];
}

export function caseloadTable(ind: SqlIndicators): TableModel {
  return countTable(
    "caseload",
    "dashboard.table.caseload",
    text("dashboard.col.women"),
    ind.caseload.map((row) => ({
      key: row.caseworkerId ?? "none",
      head: row.name ? raw(row.name) : text("dashboard.noCaseworker"),
      value: row.women,
    })),
  );
}
