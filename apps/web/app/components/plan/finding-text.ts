import { useTranslation } from "../../i18n/use-translation.tsx";
import { useDateFormat } from "./use-date-format.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A finding's parameters with its ISO dates (dueDate, endDate, lastDate…) written by `formatDate`. */
export function localiseDates(
  params: Record<string, unknown>,
  formatDate: (iso: string) => string,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" && ISO_DATE.test(value) ? formatDate(value) : value,
    ]),
  );
}

/** The text of a plan-check finding (core's `checkPlan`) in the page's language, dates included. */
export function useFindingText(): (messageKey: string, params: Record<string, unknown>) => string {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  return (messageKey, params) => t(messageKey, localiseDates(params, formatDate));
}
