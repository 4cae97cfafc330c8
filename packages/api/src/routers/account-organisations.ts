import { type Role, secondFactorNeeded } from "@gesim/core";
import { and, asc, eq, memberships, organisations, sessions, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { createSession } from "../auth/sessions.ts";
import { asSystemRole } from "../queries/staff.ts";
import { sessionProcedure } from "../trpc.ts";
import { auditOwnAccount } from "./auth-totp.ts";

/**
 * The organisations she works for (issue 17: an accepted invitation adds one), and moving her
 * session to another of them. Memberships of other organisations are read as the system role
 * (row-level security shows each organisation only its own), and only hers.
 */
export const accountOrganisationsRouter = {
  list: sessionProcedure.query(async ({ ctx }) => {
    const rows = await asSystemRole(ctx.db, () =>
      ctx.db
        .select({ organisationId: organisations.id, organisationName: organisations.name, role: memberships.role })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .where(and(eq(memberships.userId, ctx.session.userId), eq(memberships.active, true)))
        .orderBy(asc(organisations.name))
        .limit(50),
    );
    return rows.map((row) => ({ ...row, isCurrent: row.organisationId === ctx.session.organisationId }));
  }),

  /**
   * A new session in another organisation she is an active member of; this one ends. Her
   * two-step sign-in, given for this session, carries over; where the other organisation
   * requires it of her role and she has none, the new session waits for its set-up (and for
   * that organisation's administrator's approval). The new session keeps this one's start,
   * so it ends when this one would have.
   */
  switchTo: sessionProcedure.input(z.object({ organisationId: z.uuid() })).mutation(async ({ ctx, input }) => {
    const { userId } = ctx.session;
    const started = await asSystemRole(ctx.db, async () => {
      const [target] = await ctx.db
        .select({
          role: memberships.role,
          requiredRoles: organisations.totpRequiredRoles,
          totpEnabled: users.totpEnabled,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.userId, userId),
            eq(memberships.organisationId, input.organisationId),
            eq(memberships.active, true),
          ),
        );
      if (!target) return null;
      const secondFactor = secondFactorNeeded(target.totpEnabled, target.requiredRoles as Role[], target.role);
      // The new session ends when this one would have: moving between organisations never
      // stretches a sign-in past its 12 hours (attack review).
      const [current] = await ctx.db
        .select({ createdAt: sessions.createdAt })
        .from(sessions)
        .where(eq(sessions.tokenHash, ctx.session.tokenHash));
      const session = await createSession(
        ctx.db,
        userId,
        input.organisationId,
        ctx.now,
        secondFactor !== "setup",
        current?.createdAt ?? ctx.now,
      );
      return { ...session, secondFactor };
    });
    if (!started) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
    await auditOwnAccount(ctx, "account.switch_organisation");
    await ctx.db.delete(sessions).where(eq(sessions.tokenHash, ctx.session.tokenHash));
    return {
      sessionToken: started.token,
      expiresAt: started.expiresAt.toISOString(),
      secondFactor: started.secondFactor,
    };
  }),
} satisfies TRPCRouterRecord;
