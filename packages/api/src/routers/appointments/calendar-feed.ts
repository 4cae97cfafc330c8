import { addDays, instantIn } from "@gesim/core";
import {
  and,
  appointments,
  calendarFeeds,
  clients,
  eq,
  gte,
  inArray,
  isNull,
  memberships,
  or,
  organisations,
  sql,
  withTenant,
} from "@gesim/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { createBearerToken, hashBearerToken } from "../../auth/handed-codes.ts";
import { organisationToday } from "../../organisation-today.ts";
import { organisationProcedure, publicProcedure } from "../../trpc.ts";

/** 32 random bytes, base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** What the feed covers: a month back (recent changes), half a year ahead. */
const FEED_DAYS_BACK = 31;
const FEED_DAYS_AHEAD = 183;
const MAX_EVENTS = 2000;

/**
 * A caseworker's calendar feed (issue 19, ADR 018): a secret URL her phone's calendar subscribes
 * to. It carries only times: no pseudonym, no place, no kind. Only the token's SHA-256 is stored; the
 * token itself is shown once, when she creates the feed. Creating a new one revokes the old one.
 */
export const calendarFeedRouter = {
  status: organisationProcedure("caseworker", "manager").query(async ({ ctx }) => {
    const { organisationId, userId } = ctx.session;
    const [feed] = await ctx.db
      .select({ createdAt: calendarFeeds.createdAt, lastReadAt: calendarFeeds.lastReadAt })
      .from(calendarFeeds)
      .where(and(eq(calendarFeeds.organisationId, organisationId), eq(calendarFeeds.userId, userId)));
    return feed ? { active: true as const, ...feed } : { active: false as const };
  }),

  /** A new secret (the old feed URL stops working); the token is returned this once. */
  create: organisationProcedure("caseworker", "manager").mutation(async ({ ctx }) => {
    const { organisationId, userId } = ctx.session;
    const token = createBearerToken();
    await ctx.db
      .delete(calendarFeeds)
      .where(and(eq(calendarFeeds.organisationId, organisationId), eq(calendarFeeds.userId, userId)));
    await ctx.db
      .insert(calendarFeeds)
      .values({ organisationId, userId, tokenHash: hashBearerToken(token), createdAt: ctx.now });
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "calendarFeed.create", entityType: "user", entityId: userId },
      ctx.now,
    );
    return { token };
  }),

  revoke: organisationProcedure("caseworker", "manager").mutation(async ({ ctx }) => {
    const { organisationId, userId } = ctx.session;
    const removed = await ctx.db
      .delete(calendarFeeds)
      .where(and(eq(calendarFeeds.organisationId, organisationId), eq(calendarFeeds.userId, userId)))
      .returning({ id: calendarFeeds.id });
    await recordAudit(
      ctx.db,
      { organisationId, actorUserId: userId, action: "calendarFeed.revoke", entityType: "user", entityId: userId },
      ctx.now,
    );
    return { revoked: removed.length > 0 };
  }),

  /**
   * The feed's events, for the `.ics` route: anyone holding the token (a calendar app has no
   * session). A revoked or unknown token, or a person no longer active staff, gives null. Only
   * ids and times leave; the read is noted on the feed (`lastReadAt`), not in the audit log,
   * since it discloses nothing of any woman's record (ADR 018).
   */
  events: publicProcedure
    .input(z.object({ token: z.string().regex(TOKEN_PATTERN) }).strict())
    .query(async ({ ctx, input }) => {
      const [feed] = await ctx.db
        .select({
          id: calendarFeeds.id,
          userId: calendarFeeds.userId,
          organisationId: calendarFeeds.organisationId,
          role: memberships.role,
          timeZone: organisations.timeZone,
        })
        .from(calendarFeeds)
        .innerJoin(
          memberships,
          and(
            eq(memberships.userId, calendarFeeds.userId),
            eq(memberships.organisationId, calendarFeeds.organisationId),
            eq(memberships.active, true),
            inArray(memberships.role, ["caseworker", "manager"]),
          ),
        )
        .innerJoin(organisations, eq(organisations.id, calendarFeeds.organisationId))
        .where(eq(calendarFeeds.tokenHash, hashBearerToken(input.token)));
      if (!feed) return null;
      const { userId, organisationId, timeZone } = feed;
      const today = organisationToday({ now: ctx.now, session: { timeZone } });
      const rows = await withTenant(ctx.db, organisationId, async (tx) => {
        await tx.update(calendarFeeds).set({ lastReadAt: ctx.now }).where(eq(calendarFeeds.id, feed.id));
        return tx
          .select({
            id: appointments.id,
            date: appointments.date,
            startTime: appointments.startTime,
            durationMinutes: appointments.durationMinutes,
            status: appointments.status,
          })
          .from(appointments)
          .innerJoin(clients, eq(clients.id, appointments.clientId))
          .where(
            and(
              eq(appointments.organisationId, organisationId),
              gte(appointments.date, addDays(today, -FEED_DAYS_BACK)),
              sql`${appointments.date} <= ${addDays(today, FEED_DAYS_AHEAD)}`,
              isNull(clients.erasedAt),
              or(eq(clients.caseworkerId, userId), sql`${userId}::uuid = any(${appointments.attendeeUserIds})`),
            ),
          )
          .limit(MAX_EVENTS);
      });
      return rows.map((row) => {
        const start = instantIn(row.date, row.startTime, timeZone);
        return {
          id: row.id,
          start,
          end: new Date(start.getTime() + row.durationMinutes * 60_000),
          cancelled: row.status === "cancelled",
        };
      });
    }),
} satisfies TRPCRouterRecord;
