/**
 * The one CSV writer (RFC 4180) for every download, the dashboard's and the funder's: quoted where
 * needed, CRLF line ends, and text that a spreadsheet would run as a formula (=, +, -, @, tab or
 * carriage return at the start) defused with a leading apostrophe (OWASP "CSV injection").
 * Numbers stay plain ("12.5", "-3") whatever the page language: pass them as numbers, not text.
 */
export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
