import { useTranslation } from "../../i18n/use-translation.tsx";

/** "1 Jul – 30 Sep 2026" in the page's language. */
export function usePeriodRange(): (period: { from: string; to: string }) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  return ({ from, to }) => format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

/** A period code in words: "2026-Q3" → "Q3 2026" (T3 2026 in Italian), "2026-10" → "October 2026", "2026" stays. */
export function usePeriodLabel(): (code: string) => string {
  const { t, i18n } = useTranslation();
  const month = new Intl.DateTimeFormat(i18n.language, { month: "long", year: "numeric", timeZone: "UTC" });
  return (code: string) => {
    const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
    if (quarter) return t("dashboard.period.quarter", { quarter: quarter[2] ?? "", year: quarter[1] ?? "" });
    if (/^\d{4}-\d{2}$/.test(code)) return month.format(new Date(`${code}-01T00:00:00Z`));
    return code;
  };
}

/** The quarter code a period is exactly ("2026-07-01" … "2026-09-30" → "2026-Q3"), else null. */
export function quarterOf({ from, to }: { from: string; to: string }): string | null {
  const start = /^(\d{4})-(01|04|07|10)-01$/.exec(from);
  if (!start) return null;
  const year = Number(start[1]);
  const firstMonth = Number(start[2]);
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const end = `${start[1]}-${String(lastMonth).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`;
  return to === end ? `${start[1]}-Q${(firstMonth + 2) / 3}` : null;
}
