import { LoginInputSchema } from "@gesim/core";
import { and, asc, eq, memberships, organisations, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { type AuditOutcome, recordAudit } from "../audit/record-audit.ts";
import { beginAttempt, failAttempt, succeedAttempt } from "../auth/lockout.ts";
import { getDummyHash, verifyPassword } from "../auth/password.ts";
import { secondFactorNeeded } from "../auth/second-factor.ts";
import { createSession, deleteSession, deleteUserSessions } from "../auth/sessions.ts";
import { publicProcedure, sessionProcedure } from "../trpc.ts";
import { totpRouter } from "./auth-totp.ts";

export const authRouter = {
  totp: totpRouter,

  /**
   * Anyone may try. A wrong email and a wrong password get the same answer in the same time,
   * and an unknown email locks exactly like an account (ADR 015): the answer never tells
   * whether an account has this email. Every attempt is counted before the password is
   * checked, atomically, so parallel attempts cannot beat the lockout.
   */
  login: publicProcedure.input(LoginInputSchema).mutation(async ({ ctx, input }) => {
    // Per account, whatever address the attempts come from (the web server limits per address).
    if (ctx.limits && !ctx.limits.hit("login", input.email.toLowerCase(), ctx.now))
      throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "error.tooManyRequests" });
    const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email));
    const [membership] = user
      ? await ctx.db
          .select({
            organisationId: memberships.organisationId,
            role: memberships.role,
            organisationName: organisations.name,
            totpRequiredRoles: organisations.totpRequiredRoles,
          })
          .from(memberships)
          .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
          .where(and(eq(memberships.userId, user.id), eq(memberships.active, true)))
          .orderBy(asc(memberships.createdAt))
          .limit(1)
      : [];
    const audit = (action: string, outcome: AuditOutcome) =>
      recordAudit(
        ctx.db,
        { organisationId: membership?.organisationId ?? null, actorUserId: user?.id ?? null, action, outcome },
        ctx.now,
      );
    const locked = async () => {
      await audit("auth.login", "denied");
      return new TRPCError({ code: "TOO_MANY_REQUESTS", message: "auth.locked" });
    };
    const attempt = await beginAttempt(ctx.db, input.email, ctx.now);
    if (attempt.kind === "locked") throw await locked();
    const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
    if (!user || !isValid || !membership) {
      await failAttempt(ctx.db, attempt, ctx.now);
      await audit("auth.login", "failed");
      throw new TRPCError({ code: "UNAUTHORIZED", message: "auth.invalidCredentials" });
    }
    const secondFactor = secondFactorNeeded(user.totpEnabled, membership.totpRequiredRoles, membership.role);
    if ((await succeedAttempt(ctx.db, attempt, ctx.now, { complete: secondFactor === "none" })).locked)
      throw await locked();
    const session = await createSession(ctx.db, user.id, membership.organisationId, ctx.now, secondFactor === "none");
    await audit("auth.login", "ok");
    return {
      sessionToken: session.token,
      expiresAt: session.expiresAt.toISOString(),
      secondFactor,
      user: { displayName: user.displayName, role: membership.role, organisationName: membership.organisationName },
    };
  }),

  /** Who is signed in; any role. */
  me: sessionProcedure.query(({ ctx }) => {
    const { displayName, role, organisationName } = ctx.session;
    return { displayName, role, organisationName };
  }),

  /** Ends this session; any role. */
  logout: sessionProcedure.mutation(async ({ ctx }) => {
    await deleteSession(ctx.db, ctx.session.tokenHash);
    await recordAudit(
      ctx.db,
      { organisationId: ctx.session.organisationId, actorUserId: ctx.session.userId, action: "auth.logout" },
      ctx.now,
    );
    return { ok: true as const };
  }),

  /** Ends every session of this user, on every device (a lost laptop); any role. */
  logoutEverywhere: sessionProcedure.mutation(async ({ ctx }) => {
    const ended = await deleteUserSessions(ctx.db, ctx.session.userId);
    await recordAudit(
      ctx.db,
      { organisationId: ctx.session.organisationId, actorUserId: ctx.session.userId, action: "auth.logout_everywhere" },
      ctx.now,
    );
    return { ended };
  }),
} satisfies TRPCRouterRecord;
