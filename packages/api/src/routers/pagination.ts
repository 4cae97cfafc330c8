import { SafeTextSchema } from "@gesim/core";
import { z } from "zod";
import { openCursor, sealCursor } from "../queries/sealed-cursor.ts";

/**
 * Opaque keyset cursors: the sort key and the id of the last row of a page, sealed
 * (queries/sealed-cursor.ts): no pseudonym in a URL. A cursor that does not open and parse is
 * bad input, never a 500.
 */
const CursorSchema = z.object({ k: SafeTextSchema.max(200), i: z.uuid() });
export type Cursor = z.infer<typeof CursorSchema>;

export const CursorInputSchema = z.string().max(600);

export function encodeCursor(key: string, id: string): string {
  return sealCursor({ k: key, i: id });
}

export function decodeCursor(cursor: string): Cursor {
  return openCursor(cursor, CursorSchema);
}

/** Splits the `limit + 1` rows of a query into the page and the next page's cursor. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last), last.id) : null };
}
