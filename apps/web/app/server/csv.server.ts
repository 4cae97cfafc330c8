import { type CsvValue, toCsv } from "@gesim/core";

/** The dashboard's downloads are written by core's one CSV writer (formula text defused). */
export { type CsvValue, toCsv };

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
