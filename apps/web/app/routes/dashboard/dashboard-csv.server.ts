import type { createCaller } from "@gesim/api";
import { data } from "react-router";
import type { ScorecardView } from "../../components/dashboard/scorecard-view.ts";
import { SCORECARD_STATUSES } from "../../components/dashboard/scorecard-view.ts";
import type { Cell, TableModel, Text } from "../../components/dashboard/table-model.ts";
import type { Translate } from "../../i18n/translator.ts";
import type { CsvValue } from "../../server/csv.server.ts";
import type { DashboardQuery } from "./dashboard-query.server.ts";
import { loadPrincipleGap, parseGapRequest } from "./principle-gap.server.ts";

type Caller = ReturnType<typeof createCaller>;
type T = Translate;

const word = (t: T, x: Text) => ("text" in x ? x.text : t(x.key, x.params));
const value = (t: T, c: Cell): CsvValue => (c === null || typeof c === "number" ? c : word(t, c));

/** A table model as CSV rows: a header row with the column words, then one row per line. */
export function modelRows(model: TableModel, t: T): CsvValue[][] {
  return [
    [t("dashboard.col.item"), ...model.columns.map((c) => word(t, c.label))],
    ...model.rows.map((row) => [word(t, row.head), ...row.cells.map((c) => value(t, c))]),
  ];
}

/** The scorecard as CSV: counts and shares per principle, principles by number and full title. */
export function scorecardRows(scorecard: ScorecardView, t: T): CsvValue[][] {
  const statuses = SCORECARD_STATUSES.map((s) => t(s.labelKey));
  return [
    [
      t("dashboard.scorecard.principle"),
      ...statuses.map((s) => t("dashboard.csv.count", { status: s })),
      ...statuses.map((s) => t("dashboard.csv.share", { status: s })),
    ],
    ...scorecard.principles.map((p) => [
      `P${p.number} ${t(p.titleKey)}`,
      ...SCORECARD_STATUSES.map((s) => p.counts[s.status] ?? 0),
      ...SCORECARD_STATUSES.map((s) => p.share[s.status] ?? null),
    ]),
  ];
}

/**
 * The last twelve months, oldest first: how each was recorded and as of when, shares (%) of all
 * principle checks per status, and the key figures. An empty cell is not recorded.
 */
export function trendRows(scorecard: ScorecardView, t: T): CsvValue[][] {
  const statuses = SCORECARD_STATUSES.filter((s) => s.status !== "not-applicable");
  return [
    [
      t("dashboard.trend.month"),
      t("dashboard.monthly.recorded"),
      ...statuses.map((s) => t("dashboard.csv.share", { status: t(s.labelKey) })),
      ...scorecard.figureIds.map((id) => t(`dashboard.figure.${id}`)),
    ],
    ...scorecard.trend.map((m) => [
      m.month,
      m.source === null || m.asOf === null
        ? null
        : t(m.source === "live" ? "dashboard.monthly.live" : "dashboard.monthly.rebuilt", { date: m.asOf }),
      ...statuses.map((s) => (m.shares[s.status] == null ? null : Math.round((m.shares[s.status] ?? 0) * 1000) / 10)),
      ...scorecard.figureIds.map((id) => m.figures[id] ?? null),
    ]),
  ];
}

/** Every client behind a principle's gap (all pages; the API audits each one), pseudonyms only. */
export async function principleGapRows(
  caller: Caller,
  url: URL,
  query: DashboardQuery,
  t: T,
): Promise<{ rows: CsvValue[][]; principleId: string; status: string }> {
  const request = parseGapRequest(url.searchParams.get("principle") ?? "", url);
  const rows: CsvValue[][] = [[t("caseload.pseudonym"), t("caseload.caseworker")]];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages += 1) {
    const page = await loadPrincipleGap(caller, { ...request, cursor }, query, 100);
    rows.push(...page.items.map((item) => [item.pseudonym, item.caseworkerName ?? t("dashboard.noCaseworker")]));
    if (!page.nextCursor) return { rows, principleId: request.principleId, status: request.status };
    cursor = page.nextCursor;
  }
  throw data(null, { status: 413 });
}
