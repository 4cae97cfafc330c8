import { ADMIN_ACTIVITY_AREA_IDS, adminActivityPrefixes } from "@gesim/core";
import { and, auditEvents, desc, eq, or, sql } from "@gesim/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { CursorInputSchema, decodeCursor, pageOf } from "../../queries/cursor.ts";
import { organisationProcedure } from "../../trpc.ts";

const IdCursorSchema = z.tuple([z.number().int().positive()]);

/** A person's display name from an audited id (null when she is gone or not visible here). */
function nameOf(userIdText: ReturnType<typeof sql>) {
  return sql<string | null>`(select u.display_name from users u where u.id::text = ${userIdText})`;
}

/**
 * The administration's activity log (issue 17): every change to staff, invitations, two-step
 * sign-in, settings, providers and funding, newest first: who, what, to whom, when. Never any
 * client data (an administrator sees none).
 */
export const activityRouter = {
  list: organisationProcedure("admin", "manager")
    .input(
      z
        .object({
          area: z.enum(ADMIN_ACTIVITY_AREA_IDS as [string, ...string[]]).optional(),
          actorUserId: z.uuid().optional(),
          limit: z.number().int().min(1).max(100).default(25),
          cursor: CursorInputSchema,
        })
        .default({ limit: 25 }),
    )
    .query(async ({ ctx, input }) => {
      const before = input.cursor ? decodeCursor(input.cursor, IdCursorSchema)[0] : null;
      const prefixes = adminActivityPrefixes(input.area as Parameters<typeof adminActivityPrefixes>[0]);
      const rows = await ctx.db
        .select({
          id: auditEvents.id,
          action: auditEvents.action,
          outcome: auditEvents.outcome,
          createdAt: auditEvents.createdAt,
          entityType: auditEvents.entityType,
          actorName: nameOf(sql`${auditEvents.actorUserId}::text`),
          subjectName: sql<
            string | null
          >`case when ${auditEvents.entityType} = 'user' then ${nameOf(sql`${auditEvents.entityId}`)} end`,
        })
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.organisationId, ctx.session.organisationId),
            or(...prefixes.map((prefix) => sql`${auditEvents.action} like ${`${prefix}%`}`)),
            input.actorUserId ? eq(auditEvents.actorUserId, input.actorUserId) : undefined,
            before === null ? undefined : sql`${auditEvents.id} < ${before}`,
          ),
        )
        .orderBy(desc(auditEvents.id))
        .limit(input.limit + 1);
      return pageOf(rows, input.limit, (row) => [row.id]);
    }),
} satisfies TRPCRouterRecord;
