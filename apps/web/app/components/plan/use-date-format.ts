import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "../client/format-date.ts";

/** Formats an ISO date (YYYY-MM-DD) in the page's language, the same on server and client. */
export function useDateFormat(language?: string): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = language ?? i18n.language;
  return (iso: string) => formatDate(iso, locale);
}
