/**
 * CSV (RFC 4180) for the dashboard's downloads: quoted where needed, CRLF line ends, and text
 * that a spreadsheet would run as a formula (=, +, -, @ at the start) defused with a leading
 * apostrophe (OWASP "CSV injection"). Numbers stay plain ("12.5") whatever the page language.
 */
export type CsvValue = string | number | null;

function field(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `${rows.map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}

/**
 * A download that is never cached and names no person: callers pass a file name made of
 * fixed words, table ids and dates only.
 */
export function downloadResponse(fileName: string, body: string, contentType: string): Response {
  if (!/^[a-z0-9._-]+$/.test(fileName)) throw new RangeError("unsafe download file name");
  return new Response(body, {
    headers: {
      "content-type": contentType,
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

export function csvResponse(fileName: string, rows: readonly (readonly CsvValue[])[]): Response {
  return downloadResponse(fileName, toCsv(rows), "text/csv; charset=utf-8");
}
