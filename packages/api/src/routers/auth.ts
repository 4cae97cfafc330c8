import { LoginInputSchema } from "@gesim/core";
import { asc, eq, memberships, organisations, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { recordAudit } from "../audit/record-audit.ts";
import { getDummyHash, verifyPassword } from "../auth/password.ts";
import { createSession, deleteSession } from "../auth/sessions.ts";
import { protectedProcedure, publicProcedure } from "../trpc.ts";

export const authRouter = {
  /** Anyone may try; a wrong email and a wrong password get the same answer in the same time. */
  login: publicProcedure.input(LoginInputSchema).mutation(async ({ ctx, input }) => {
    const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email));
    const isValid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
    const [membership] = user
      ? await ctx.db
          .select({ organisationId: memberships.organisationId, role: memberships.role, organisationName: organisations.name })
          .from(memberships)
          .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
          .where(eq(memberships.userId, user.id))
          .orderBy(asc(memberships.createdAt))
          .limit(1)
      : [];
    if (!user || !isValid || !membership) {
      await recordAudit(ctx.db, { organisationId: membership?.organisationId ?? null, actorUserId: user?.id ?? null, action: "auth.login_failed" }, ctx.now);
      throw new TRPCError({ code: "UNAUTHORIZED", message: "auth.invalidCredentials" });
    }
    const session = await createSession(ctx.db, user.id, membership.organisationId, ctx.now);
    await recordAudit(ctx.db, { organisationId: membership.organisationId, actorUserId: user.id, action: "auth.login" }, ctx.now);
    return {
      sessionToken: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: { displayName: user.displayName, role: membership.role, organisationName: membership.organisationName },
    };
  }),

  /** Who is signed in; any role. */
  me: protectedProcedure.query(({ ctx }) => {
    const { displayName, role, organisationName } = ctx.session;
    return { displayName, role, organisationName };
  }),

  /** Ends this session; any role. */
  logout: protectedProcedure.mutation(async ({ ctx }) => {
    await deleteSession(ctx.db, ctx.session.tokenHash);
    await recordAudit(ctx.db, { organisationId: ctx.session.organisationId, actorUserId: ctx.session.userId, action: "auth.logout" }, ctx.now);
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
