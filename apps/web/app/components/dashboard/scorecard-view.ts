import type { FillName } from "../charts/chart-patterns.tsx";

/** Coverage statuses in the order the scorecard shows them, with their words and chart fill. */
export const SCORECARD_STATUSES = [
  { status: "met", labelKey: "planCheck.coverage.met", fill: "solid" },
  { status: "partly", labelKey: "planCheck.coverage.partly", fill: "lines" },
  { status: "not-met", labelKey: "client.coverage.gap", fill: "dots" },
  { status: "not-applicable", labelKey: "planCheck.coverage.not-applicable", fill: "plain" },
] as const satisfies readonly { status: string; labelKey: string; fill: FillName }[];

export type ScorecardView = {
  asOf: string;
  clients: number;
  principles: {
    principle: string;
    number: number;
    titleKey: string;
    counts: Record<string, number>;
    /** Percent (0–100), null when no client is counted. */
    share: Record<string, number | null>;
    /** Change of the gap share in percentage points since the first month of the trend. */
    gapChange: number | null;
    trendSince: string | null;
  }[];
  /** Organisation-wide shares over all principles per month (0–1), oldest first; the last twelve months. */
  trend: {
    month: string;
    label: string;
    /** How the month was recorded: live (as of today, or the last run in that month), rebuilt from the record, or not at all. */
    source: "live" | "reconstructed" | null;
    asOf: string | null;
    /** null when the month's scorecard is not recorded. */
    shares: Record<string, number | null>;
    /** Each headline figure (core SNAPSHOT_FIGURE_IDS), null when not recorded. */
    figures: Record<string, number | null>;
  }[];
  /** The headline figures' ids, in the order the trend shows them. */
  figureIds: readonly string[];
};
