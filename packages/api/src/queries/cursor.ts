import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * Keyset-pagination cursors: the sort key of the last row of a page, opaque to the client.
 * A cursor that does not parse is bad input (BAD_REQUEST), never a server error.
 */
export const CursorInputSchema = z.string().max(400).optional();

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): z.infer<T> {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
  }
}

/** A page of `limit` rows from a query that asked for `limit + 1`. */
export function pageOf<Row>(rows: Row[], limit: number, keyOf: (row: Row) => readonly (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
