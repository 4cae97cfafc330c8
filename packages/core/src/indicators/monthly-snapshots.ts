import { monthRange } from "../disclosure/coarsen-date.ts";

/**
 * Monthly snapshots of the dashboard (issue 18, "A trend that is there"; ADR 008): once a
 * month, per organisation, the principle scorecard and a few headline programme figures are
 * stored, so the dashboard can show twelve months of trend. The month under way is recorded
 * live (the latest run in a month stands for it); a past month with no snapshot is back-filled
 * from the record "as of" its last day, but only with the figures the record dates
 * (`reconstructable`). The others are stored as not recorded (null), never estimated.
 */

/** How many months the trend shows, the current one included. */
export const SNAPSHOT_MONTHS = 12;

/**
 * The headline figures kept per month. `reconstructable`: whether the figure can be computed
 * for a past month from dated facts alone (first contact, service, closure, review, completion
 * and referral dates). GAS reads each goal's current attainment and distance travelled reads
 * every ladder reading, neither dated as of a past month: back-filled months leave them out.
 */
export const SNAPSHOT_FIGURES = [
  { id: "women", reconstructable: true },
  { id: "first-service-median-days", reconstructable: true },
  { id: "closures", reconstructable: true },
  { id: "support-median-months", reconstructable: true },
  { id: "overdue-actions", reconstructable: true },
  { id: "reviews-on-time-percent", reconstructable: true },
  { id: "referrals-sent", reconstructable: true },
  { id: "gas-median", reconstructable: false },
  { id: "distance-median", reconstructable: false },
] as const;

export type SnapshotFigureId = (typeof SNAPSHOT_FIGURES)[number]["id"];
export const SNAPSHOT_FIGURE_IDS: readonly SnapshotFigureId[] = SNAPSHOT_FIGURES.map((f) => f.id);

/** "live": the month under way, computed today; "reconstructed": a past month, back-filled from dated facts. */
export type SnapshotSource = "live" | "reconstructed";

export type SnapshotMonth = {
  /** "YYYY-MM". */
  month: string;
  /** The day the figures are computed as of: today for the month under way, else the month's last day. */
  asOf: string;
  /** The period the figures count: from the month's first day to `asOf`. */
  period: { from: string; to: string };
  source: SnapshotSource;
};

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The last `count` months up to `today`'s month, oldest first. */
export function trendMonths(today: string, count: number = SNAPSHOT_MONTHS): string[] {
  const current = monthIndex(today.slice(0, 7));
  return Array.from({ length: count }, (_, i) => monthOf(current - count + 1 + i));
}

/**
 * Which months a snapshot run writes (idempotent): the month under way always (live, replacing
 * that month's earlier run), and each earlier month of the window that has no snapshot yet and
 * is not before the organisation's first record (`firstRecordedOn`, the earliest first-contact
 * date; null when it has none, so nothing is back-filled). A month already stored is never
 * rewritten, whether stored live at the time or back-filled.
 */
export function snapshotSchedule(
  today: string,
  stored: Iterable<string>,
  firstRecordedOn: string | null,
  count: number = SNAPSHOT_MONTHS,
): SnapshotMonth[] {
  const done = new Set(stored);
  const current = today.slice(0, 7);
  const first = firstRecordedOn?.slice(0, 7) ?? null;
  return trendMonths(today, count).flatMap((month): SnapshotMonth[] => {
    const range = monthRange(month);
    if (month === current) return [{ month, asOf: today, period: { from: range.from, to: today }, source: "live" }];
    if (done.has(month) || first === null || month < first) return [];
    return [{ month, asOf: range.to, period: range, source: "reconstructed" }];
  });
}

/**
 * The figures a snapshot stores: every figure for a live month; for a back-filled one, only
 * those the record dates, the others null ("not recorded").
 */
export function snapshotFigures(
  computed: Readonly<Record<SnapshotFigureId, number | null>>,
  source: SnapshotSource,
): Record<SnapshotFigureId, number | null> {
  return Object.fromEntries(
    SNAPSHOT_FIGURES.map((f) => [f.id, source === "live" || f.reconstructable ? (computed[f.id] ?? null) : null]),
  ) as Record<SnapshotFigureId, number | null>;
}

/**
 * Whether a snapshot can hold the principle scorecard. The plan checks read her plan as it is
 * now (action statuses, blocked or cancelled steps, her agreement, her rating of the housing),
 * which the record does not date: a past month's scorecard cannot be rebuilt, so a back-filled
 * month stores none and the trend says "not recorded" for it.
 */
export function snapshotHasScorecard(source: SnapshotSource): boolean {
  return source === "live";
}
