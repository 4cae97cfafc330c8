/**
 * Date formatting in the reader's language, in UTC so server and browser agree. Formatters are
 * made once per locale: building an Intl.DateTimeFormat per table cell was a measurable share of
 * the caseload page's server time (BENCHMARKS.md).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function cached(
  map: Map<string, Intl.DateTimeFormat>,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${options.timeZone ?? ""}`;
  let format = map.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    map.set(key, format);
  }
  return format;
}

/** An ISO date (YYYY-MM-DD) in the reader's language, e.g. "12 Nov 2026". */
export function formatDate(isoDate: string, locale: string): string {
  return cached(dateFormats, locale, { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${isoDate.slice(0, 10)}T00:00:00Z`),
  );
}

/** A timestamp (ISO string or Date) with date and time, on the clock of `timeZone` (her organisation's; UTC if not given). */
export function formatDateTime(value: string | Date, locale: string, timeZone = "UTC"): string {
  return cached(dateTimeFormats, locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(value));
}
