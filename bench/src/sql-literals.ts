// Multi-row INSERT statements built from literals. The bench generates every value itself
// (ids, enums, dates, numbers, JSON), so literals are safe here and let one statement carry
// hundreds of rows on both drivers (PGlite and the `postgres` driver) without parameter limits.

export type Literal = string | number | boolean | null | readonly string[] | { json: unknown };

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** One SQL literal: arrays become '{…}' (cast by the column), `{ json }` a JSON string. */
export function literal(value: Literal): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return quote(value);
  if (Array.isArray(value))
    return quote(`{${value.map((v) => `"${v.replace(/["\\]/g, (c: string) => `\\${c}`)}"`).join(",")}}`);
  return quote(JSON.stringify((value as { json: unknown }).json));
}

/** `insert into table (columns) values (…), (…)`; rows are value lists in column order. */
export function insertStatement(
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Literal[])[],
): string {
  const values = rows.map((row) => {
    if (row.length !== columns.length)
      throw new Error(`${table}: a row has ${row.length} values for ${columns.length} columns`);
    return `(${row.map(literal).join(",")})`;
  });
  return `insert into ${table} (${columns.join(",")}) values ${values.join(",")}`;
}
