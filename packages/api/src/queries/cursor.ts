import { z } from "zod";
import { openCursor, sealCursor } from "./sealed-cursor.ts";

/**
 * Keyset-pagination cursors: the sort key of the last row of a page, sealed
 * (sealed-cursor.ts) so the client can neither read nor forge it. A cursor that does not open
 * and parse is bad input (BAD_REQUEST), never a server error.
 */
export const CursorInputSchema = z.string().max(600).optional();

export function encodeCursor(key: readonly (string | number)[]): string {
  return sealCursor(key);
}

export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): z.infer<T> {
  return openCursor(cursor, schema);
}

/** A page of `limit` rows from a query that asked for `limit + 1`. */
export function pageOf<Row>(rows: Row[], limit: number, keyOf: (row: Row) => readonly (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
