import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * Opaque keyset cursors: the sort key and the id of the last row of a page, base64url JSON.
 * A cursor that does not parse is bad input, never a 500.
 */
const CursorSchema = z.object({ k: z.string().max(200), i: z.uuid() });
export type Cursor = z.infer<typeof CursorSchema>;

export const CursorInputSchema = z.string().max(400);

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify({ k: key, i: id })).toString("base64url");
}

export function decodeCursor(cursor: string): Cursor {
  try {
    return CursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
  }
}

/** Splits the `limit + 1` rows of a query into the page and the next page's cursor. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last), last.id) : null };
}
