import type { createCaller } from "@gesim/api";
import { COVERAGE_STATUSES, getPrinciple, SNAPSHOT_FIGURE_IDS } from "@gesim/core";
import type { ScorecardView } from "../../components/dashboard/scorecard-view.ts";

type Scorecard = Awaited<ReturnType<ReturnType<typeof createCaller>["dashboard"]["scorecard"]>>;

function monthLabel(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** The API's scorecard as the page shows it: principle numbers and titles, gap trend, monthly shares. */
export function toScorecardView(scorecard: Scorecard, locale: string): ScorecardView {
  // The gap's change is measured from the earliest month whose scorecard is recorded (a
  // back-filled month has none: plan checks cannot be rebuilt for the past).
  const recorded = scorecard.trend.filter((m) => m.principles.length > 0);
  const first = recorded[0];
  const trendSince = first && recorded.length > 1 ? monthLabel(first.month, locale) : null;
  return {
    asOf: scorecard.asOf,
    clients: scorecard.clients,
    principles: scorecard.principles.map((row) => {
      const principle = getPrinciple(row.principle);
      const before = first?.principles.find((p) => p.principle === row.principle)?.share["not-met"];
      const now = row.share["not-met"];
      return {
        principle: row.principle,
        number: principle?.number ?? 0,
        titleKey: principle?.titleKey ?? row.principle,
        counts: row.counts,
        share: row.share,
        gapChange: trendSince && before != null && now != null ? Math.round((now - before) * 10) / 10 : null,
        trendSince,
      };
    }),
    trend: scorecard.trend.map((month) => {
      const totals = Object.fromEntries(
        COVERAGE_STATUSES.map((s) => [s, month.principles.reduce((sum, p) => sum + (p.counts[s] ?? 0), 0)]),
      );
      const all = Object.values(totals).reduce((a, b) => a + b, 0);
      return {
        month: month.month,
        label: monthLabel(month.month, locale),
        source: month.source,
        asOf: month.asOf,
        shares: Object.fromEntries(COVERAGE_STATUSES.map((s) => [s, all === 0 ? null : (totals[s] ?? 0) / all])),
        figures: month.figures,
      };
    }),
    figureIds: SNAPSHOT_FIGURE_IDS,
  };
}
