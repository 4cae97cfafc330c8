import { CLIENT_STATUSES } from "@gesim/core";
import { and, asc, clientShares, clients, eq, ilike, inArray, or, sql, users } from "@gesim/db";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { organisationToday } from "../../organisation-today.ts";
import { organisationProcedure } from "../../trpc.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "../pagination.ts";
import { loadCaseloadSignals } from "./caseload-signals.ts";

/** `%` and `_` typed in the search box are matched literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const ListClientsInputSchema = z
  .object({
    search: z.string().trim().max(60).optional(),
    status: z.enum(CLIENT_STATUSES).optional(),
    /** A manager's filter by caseworker; a caseworker only ever sees her own and shared clients. */
    caseworkerId: z.uuid().optional(),
    limit: z.number().int().min(1).max(100).default(50),
    cursor: CursorInputSchema.optional(),
  })
  .default({ limit: 50 });

/**
 * The caseload, in pseudonym order, a page at a time. Authorisation: a caseworker sees the
 * clients she is responsible for and those shared with her; a manager sees every client of her
 * organisation (optionally one caseworker's); funders and admins never see clients.
 */
export const listClients = organisationProcedure("caseworker", "manager")
  .input(ListClientsInputSchema)
  .query(async ({ ctx, input }) => {
    const { organisationId, userId, role } = ctx.session;
    const after = input.cursor ? decodeCursor(input.cursor) : null;
    const sharedWithHer = inArray(
      clients.id,
      ctx.db
        .select({ id: clientShares.clientId })
        .from(clientShares)
        .where(and(eq(clientShares.organisationId, organisationId), eq(clientShares.userId, userId))),
    );
    const rows = await ctx.db
      .select({
        id: clients.id,
        pseudonym: clients.pseudonym,
        status: clients.status,
        nextReviewDate: clients.nextReviewDate,
        caseworkerId: clients.caseworkerId,
        caseworkerName: users.displayName,
      })
      .from(clients)
      .leftJoin(users, eq(users.id, clients.caseworkerId))
      .where(
        and(
          eq(clients.organisationId, organisationId),
          role === "caseworker" ? or(eq(clients.caseworkerId, userId), sharedWithHer) : undefined,
          input.caseworkerId ? eq(clients.caseworkerId, input.caseworkerId) : undefined,
          input.status ? eq(clients.status, input.status) : undefined,
          input.search ? ilike(clients.pseudonym, `%${escapeLike(input.search)}%`) : undefined,
          after ? sql`(${clients.pseudonym}, ${clients.id}) > (${after.k}, ${after.i})` : undefined,
        ),
      )
      .orderBy(asc(clients.pseudonym), asc(clients.id))
      .limit(input.limit + 1);
    await recordAudit(ctx.db, { organisationId, actorUserId: userId, action: "clients.list" }, ctx.now);
    const page = pageOf(rows, input.limit, (row) => row.pseudonym);
    const signals = await loadCaseloadSignals(
      ctx.db,
      organisationId,
      page.items.map((item) => item.id),
      organisationToday(ctx),
    );
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        ...(signals.get(item.id) ?? { riskLevel: null, overdueActions: 0 }),
      })),
    };
  });
