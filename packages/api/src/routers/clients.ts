import { CLIENT_STATUSES } from "@gesim/core";
import { and, asc, clients, eq, ilike, sql, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { organisationProcedure } from "../trpc.ts";

const CursorSchema = z.object({ p: z.string().max(100), i: z.uuid() });

function encodeCursor(pseudonym: string, id: string): string {
  return Buffer.from(JSON.stringify({ p: pseudonym, i: id })).toString("base64url");
}

function decodeCursor(cursor: string) {
  try {
    return CursorSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "error.invalidInput" });
  }
}

/** `%` and `_` typed in the search box are matched literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const ListClientsInputSchema = z
  .object({
    search: z.string().trim().max(60).optional(),
    status: z.enum(CLIENT_STATUSES).optional(),
    limit: z.number().int().min(1).max(100).default(50),
    cursor: z.string().max(400).optional(),
  })
  .default({ limit: 50 });

export const clientsRouter = {
  /**
   * The caseload, in pseudonym order, a page at a time. Authorisation: a caseworker sees the
   * clients she is responsible for; a manager sees every client of her organisation; funders
   * and admins never see clients. Always scoped to the session's organisation.
   */
  list: organisationProcedure("caseworker", "manager")
    .input(ListClientsInputSchema)
    .query(async ({ ctx, input }) => {
      const { organisationId, userId, role } = ctx.session;
      const after = input.cursor ? decodeCursor(input.cursor) : null;
      const rows = await ctx.db
        .select({
          id: clients.id,
          pseudonym: clients.pseudonym,
          status: clients.status,
          nextReviewDate: clients.nextReviewDate,
          caseworkerName: users.displayName,
        })
        .from(clients)
        .leftJoin(users, eq(users.id, clients.caseworkerId))
        .where(
          and(
            eq(clients.organisationId, organisationId),
            role === "caseworker" ? eq(clients.caseworkerId, userId) : undefined,
            input.status ? eq(clients.status, input.status) : undefined,
            input.search ? ilike(clients.pseudonym, `%${escapeLike(input.search)}%`) : undefined,
            after ? sql`(${clients.pseudonym}, ${clients.id}) > (${after.p}, ${after.i})` : undefined,
          ),
        )
        .orderBy(asc(clients.pseudonym), asc(clients.id))
        .limit(input.limit + 1);
      await recordAudit(ctx.db, { organisationId, actorUserId: userId, action: "clients.list" }, ctx.now);
      const items = rows.slice(0, input.limit);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last.pseudonym, last.id) : null };
    }),
} satisfies TRPCRouterRecord;
