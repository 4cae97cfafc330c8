import { useTranslation } from "react-i18next";

/** Formats an ISO date (YYYY-MM-DD) in the page's language, the same on server and client. */
export function useDateFormat(language?: string): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(language ?? i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  return (iso: string) => format.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
