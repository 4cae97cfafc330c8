import { useTranslation } from "react-i18next";

/** "1 Jul – 30 Sep 2026" in the page's language. */
export function usePeriodRange(): (period: { from: string; to: string }) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  return ({ from, to }) => format.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}
