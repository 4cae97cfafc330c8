import { ChangePasswordSchema, LOCALES } from "@gesim/core";
import { and, desc, eq, gt, ne, sessions, sql, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { createRecoveryCodes, hashHandedCode } from "../auth/handed-codes.ts";
import { beginAttempt, failAttempt, succeedAttempt } from "../auth/lockout.ts";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { markSessionVerified } from "../auth/sessions.ts";
import type { Context } from "../context.ts";
import { countOrganisations } from "../operations/create-organisation.ts";
import { publicProcedure, secondFactorProcedure, sessionProcedure } from "../trpc.ts";
import { accountInvitationsRouter } from "./account-invitations.ts";
import { accountOrganisationsRouter } from "./account-organisations.ts";
import { auditOwnAccount } from "./auth-totp.ts";

type SignedIn = Context & { session: NonNullable<Context["session"]> };

/** A session's public id: a prefix of its token's hash (never the token, and not replayable). */
const SESSION_ID_LENGTH = 16;
const sessionIdOf = sql<string>`left(${sessions.tokenHash}, ${SESSION_ID_LENGTH})`;
const SessionRefSchema = z.object({ sessionId: z.string().regex(/^[0-9a-f]{16}$/) });
const RecoveryCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9a-z]{5}-?[0-9a-z]{5}$/i, { error: "account.recoveryCodeInvalid" }),
});

async function loadAccount(ctx: SignedIn) {
  const [user] = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      passwordHash: users.passwordHash,
      totpEnabled: users.totpEnabled,
      totpRecoveryCodes: users.totpRecoveryCodes,
      mustChangePassword: users.mustChangePassword,
      digestEmails: users.digestEmails,
    })
    .from(users)
    .where(eq(users.id, ctx.session.userId));
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "error.unauthorised" });
  return user;
}

/** Her own account (issue 17): every role, only herself. */
export const accountRouter = {
  invitations: accountInvitationsRouter,
  organisations: accountOrganisationsRouter,

  /** Anyone: whether `npm run setup` has created an organisation yet (the login page says how when not). */
  installationStatus: publicProcedure.query(async ({ ctx }) => ({
    hasOrganisation: (await countOrganisations(ctx.db)) > 0,
  })),

  get: sessionProcedure.query(async ({ ctx }) => {
    const user = await loadAccount(ctx);
    const { displayName, role, organisationName } = ctx.session;
    return {
      displayName,
      email: user.email,
      role,
      organisationName,
      totpEnabled: user.totpEnabled,
      recoveryCodesLeft: user.totpRecoveryCodes?.length ?? 0,
      mustChangePassword: user.mustChangePassword,
      digestEmails: user.digestEmails,
    };
  }),

  /** Her language, remembered for what is sent to her (the daily digest): every role, only herself. */
  setLanguage: sessionProcedure
    .input(z.object({ locale: z.enum(LOCALES) }).strict())
    .mutation(async ({ ctx, input }) => {
      await ctx.db
        .update(users)
        .set({ language: input.locale, updatedAt: ctx.now })
        .where(eq(users.id, ctx.session.userId));
      return { locale: input.locale };
    }),

  /** Whether she gets the daily e-mail digest (counts and a link only). Audited: it is a choice about mail. */
  setDigestEmails: sessionProcedure
    .input(z.object({ enabled: z.boolean() }).strict())
    .mutation(async ({ ctx, input }) => {
      await ctx.db
        .update(users)
        .set({ digestEmails: input.enabled, updatedAt: ctx.now })
        .where(eq(users.id, ctx.session.userId));
      await auditOwnAccount(ctx, "account.setDigestEmails");
      return { enabled: input.enabled };
    }),

  /**
   * Changes her password; the current one is required (a session left open is not enough). A
   * wrong current password is an answer, not an error, so the failure counts towards lockout.
   * Her other sessions end: whoever knew the old password is signed out.
   */
  changePassword: sessionProcedure.input(ChangePasswordSchema).mutation(async ({ ctx, input }) => {
    const user = await loadAccount(ctx);
    // Counted like a sign-in (ADR 015): a stolen session cannot guess her password without limit.
    const attempt = await beginAttempt(ctx.db, user.email, ctx.now, { inTenant: true });
    if (attempt.kind === "locked") throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "auth.locked" });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await failAttempt(ctx.db, attempt, ctx.now, { inTenant: true });
      await auditOwnAccount(ctx, "account.password_change", "failed");
      return { changed: false as const, messageKey: "account.currentPasswordWrong" as const };
    }
    await succeedAttempt(ctx.db, attempt, ctx.now, { inTenant: true });
    await ctx.db
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: ctx.now })
      .where(eq(users.id, user.id));
    await ctx.db
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, ctx.session.tokenHash)));
    await auditOwnAccount(ctx, "account.password_change");
    return { changed: true as const, messageKey: null };
  }),

  /** Her sessions in this organisation, newest first; the one she is using is marked. */
  sessions: sessionProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        sessionId: sessionIdOf,
        tokenHash: sessions.tokenHash,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        expiresAt: sessions.expiresAt,
      })
      .from(sessions)
      .where(and(eq(sessions.userId, ctx.session.userId), gt(sessions.expiresAt, ctx.now)))
      .orderBy(desc(sessions.lastSeenAt))
      .limit(100);
    return rows.map(({ tokenHash, ...row }) => ({ ...row, isCurrent: tokenHash === ctx.session.tokenHash }));
  }),

  /** Ends one of her sessions (another device); an unknown or already ended one ends nothing. */
  endSession: sessionProcedure.input(SessionRefSchema).mutation(async ({ ctx, input }) => {
    const ended = await ctx.db
      .delete(sessions)
      .where(
        and(
          eq(sessions.userId, ctx.session.userId),
          sql`${sessionIdOf} = ${input.sessionId}`,
          ne(sessions.tokenHash, ctx.session.tokenHash),
        ),
      )
      .returning({ tokenHash: sessions.tokenHash });
    if (ended.length > 0) await auditOwnAccount(ctx, "account.session_end");
    return { ended: ended.length };
  }),

  /** Ends all her sessions here except the one she is using. */
  endOtherSessions: sessionProcedure.mutation(async ({ ctx }) => {
    const ended = await ctx.db
      .delete(sessions)
      .where(and(eq(sessions.userId, ctx.session.userId), ne(sessions.tokenHash, ctx.session.tokenHash)))
      .returning({ tokenHash: sessions.tokenHash });
    await auditOwnAccount(ctx, "account.sessions_end_others");
    return { ended: ended.length };
  }),

  /**
   * New recovery codes for two-step sign-in, shown once: the old ones stop working. Only with
   * two-step sign-in on.
   */
  createRecoveryCodes: sessionProcedure.mutation(async ({ ctx }) => {
    const user = await loadAccount(ctx);
    if (!user.totpEnabled) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "account.totpNotEnabled" });
    const codes = createRecoveryCodes();
    await ctx.db
      .update(users)
      .set({ totpRecoveryCodes: codes.map(hashHandedCode), updatedAt: ctx.now })
      .where(eq(users.id, user.id));
    await auditOwnAccount(ctx, "account.recovery_codes_created");
    return { codes };
  }),

  /**
   * Completes a pending two-step sign-in with a recovery code instead of the authenticator
   * (a lost phone). Each code works once; a wrong one counts towards lockout.
   */
  useRecoveryCode: secondFactorProcedure.input(RecoveryCodeSchema).mutation(async ({ ctx, input }) => {
    if (ctx.session.isVerified) return { verified: true, messageKey: null, codesLeft: null };
    const user = await loadAccount(ctx);
    const hashed = hashHandedCode(input.code);
    // The same count as passwords and codes (ADR 015): a locked email gets no recovery code checked.
    const attempt = await beginAttempt(ctx.db, user.email, ctx.now, { inTenant: true });
    if (attempt.kind === "locked") throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "auth.locked" });
    // Taken out of her list in one statement: of two sign-ins racing with the same code, the
    // second waits for the first's row lock and then finds it gone (attack review).
    const [consumed] = user.totpEnabled
      ? await ctx.db
          .update(users)
          .set({ totpRecoveryCodes: sql`array_remove(${users.totpRecoveryCodes}, ${hashed})`, updatedAt: ctx.now })
          .where(and(eq(users.id, user.id), sql`${hashed} = any(${users.totpRecoveryCodes})`))
          .returning({ left: users.totpRecoveryCodes })
      : [];
    if (!consumed) {
      await failAttempt(ctx.db, attempt, ctx.now, { inTenant: true });
      await auditOwnAccount(ctx, "auth.recovery_code", "failed");
      return { verified: false, messageKey: "account.recoveryCodeInvalid" as const, codesLeft: null };
    }
    if ((await succeedAttempt(ctx.db, attempt, ctx.now, { inTenant: true })).locked)
      throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "auth.locked" });
    const left = consumed.left ?? [];
    // The pending sign-in may have run out (5 minutes, 3 wrong codes): she signs in again, her code kept.
    if (!(await markSessionVerified(ctx.db, ctx.session.tokenHash, ctx.now))) {
      await ctx.db
        .update(users)
        .set({ totpRecoveryCodes: sql`array_append(${users.totpRecoveryCodes}, ${hashed})` })
        .where(eq(users.id, user.id));
      return { verified: false, messageKey: "auth.secondFactorExpired" as const, codesLeft: null };
    }
    await auditOwnAccount(ctx, "auth.recovery_code");
    return { verified: true, messageKey: null, codesLeft: left.length };
  }),
} satisfies TRPCRouterRecord;
