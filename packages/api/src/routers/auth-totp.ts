import { isTwoStepRequired, mayEnrolAuthenticator } from "@gesim/core";
import { and, eq, isNull, lt, memberships, or, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { createRecoveryCodes, hashHandedCode } from "../auth/handed-codes.ts";
import { beginAttempt, failAttempt, succeedAttempt } from "../auth/lockout.ts";
import { loadTwoStepPolicy } from "../auth/second-factor.ts";
import { deleteSession, failSecondFactor, markSessionVerified } from "../auth/sessions.ts";
import { createTotpSecret, totpStep, totpUri } from "../auth/totp.ts";
import type { Context } from "../context.ts";
import { secondFactorProcedure, sessionProcedure } from "../trpc.ts";

const CodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "auth.totpFormat" }),
});

type SignedIn = Context & { session: NonNullable<Context["session"]> };

async function loadUser(ctx: SignedIn) {
  const [user] = await ctx.db
    .select({
      id: users.id,
      email: users.email,
      totpSecret: users.totpSecret,
      totpEnabled: users.totpEnabled,
    })
    .from(users)
    .where(eq(users.id, ctx.session.userId));
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "error.unauthorised" });
  return user;
}

/** Audits an account event of the signed-in user (two-step sign-in, her account page). */
export function auditOwnAccount(ctx: SignedIn, action: string, outcome: "ok" | "failed" | "denied" = "ok") {
  return recordAudit(
    ctx.db,
    {
      organisationId: ctx.session.organisationId,
      actorUserId: ctx.session.userId,
      action,
      entityType: "user",
      entityId: ctx.session.userId,
      outcome,
    },
    ctx.now,
  );
}

/**
 * Accepts her code once: true when it is valid now and newer than the last code accepted
 * (one atomic update), so a code seen over her shoulder or replayed is refused.
 */
async function acceptCode(
  ctx: SignedIn,
  user: { id: string; totpSecret: string | null },
  code: string,
): Promise<boolean> {
  if (!user.totpSecret) return false;
  const step = totpStep(ctx.cipher.decrypt(user.totpSecret), code, ctx.now);
  if (step === null) return false;
  const claimed = await ctx.db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return claimed.length > 0;
}

/**
 * Where her role requires two-step sign-in, her password alone never enrols an authenticator:
 * an administrator's approval must be open (issue 17). Whoever stole a manager's password
 * would otherwise enrol their own phone and hold her account.
 */
async function refuseUnapprovedEnrolment(ctx: SignedIn): Promise<void> {
  const { requiredRoles, approvedUntil } = await loadTwoStepPolicy(
    ctx.db,
    ctx.session.organisationId,
    ctx.session.userId,
  );
  if (!mayEnrolAuthenticator(requiredRoles, ctx.session.role, approvedUntil, ctx.now))
    throw new TRPCError({ code: "PRECONDITION_FAILED", message: "auth.enrolmentNeedsApproval" });
}

export const totpRouter = {
  /**
   * After the password: her authenticator code completes sign-in. A wrong code is an answer,
   * not an error, so the failure is committed: it counts towards the same lockout as wrong
   * passwords (ADR 015), a locked account gets no code checked, and the pending session ends
   * after three wrong codes (and five minutes in any case).
   */
  verify: secondFactorProcedure.input(CodeSchema).mutation(async ({ ctx, input }) => {
    if (ctx.session.isVerified) return { verified: true, messageKey: null };
    const user = await loadUser(ctx);
    const attempt = await beginAttempt(ctx.db, user.email, ctx.now, { inTenant: true });
    if (attempt.kind === "locked") {
      await deleteSession(ctx.db, ctx.session.tokenHash);
      await auditOwnAccount(ctx, "auth.second_factor", "denied");
      return { verified: false, messageKey: "auth.locked" as const };
    }
    if (!user.totpEnabled || !(await acceptCode(ctx, user, input.code))) {
      const { locked } = await failAttempt(ctx.db, attempt, ctx.now, { inTenant: true });
      if (locked) await deleteSession(ctx.db, ctx.session.tokenHash);
      const ended = locked || (await failSecondFactor(ctx.db, ctx.session.tokenHash));
      await auditOwnAccount(ctx, "auth.second_factor", "failed");
      const messageKey = locked ? "auth.locked" : ended ? "auth.secondFactorExpired" : "auth.totpInvalid";
      return {
        verified: false,
        messageKey: messageKey as "auth.totpInvalid" | "auth.locked" | "auth.secondFactorExpired",
      };
    }
    if (
      (await succeedAttempt(ctx.db, attempt, ctx.now, { inTenant: true })).locked ||
      !(await markSessionVerified(ctx.db, ctx.session.tokenHash, ctx.now))
    ) {
      await deleteSession(ctx.db, ctx.session.tokenHash);
      await auditOwnAccount(ctx, "auth.second_factor", "denied");
      return { verified: false, messageKey: "auth.locked" as const };
    }
    await auditOwnAccount(ctx, "auth.second_factor");
    return { verified: true, messageKey: null };
  }),

  /** Where sign-in stands: whether the second factor is done, and whether TOTP is set up. */
  status: secondFactorProcedure.query(async ({ ctx }) => {
    const user = await loadUser(ctx);
    const { requiredRoles, approvedUntil } = await loadTwoStepPolicy(
      ctx.db,
      ctx.session.organisationId,
      ctx.session.userId,
    );
    return {
      isVerified: ctx.session.isVerified,
      totpEnabled: user.totpEnabled,
      isRequired: isTwoStepRequired(requiredRoles, ctx.session.role),
      mayEnrol: !user.totpEnabled && mayEnrolAuthenticator(requiredRoles, ctx.session.role, approvedUntil, ctx.now),
    };
  }),

  /**
   * Starts setting up TOTP: a secret for her authenticator app, not active until `enable`.
   * Asking again before enabling gives the same secret, so a reloaded page still matches
   * the app she already scanned it into.
   */
  begin: secondFactorProcedure.mutation(async ({ ctx }) => {
    const user = await loadUser(ctx);
    if (user.totpEnabled) throw new TRPCError({ code: "CONFLICT", message: "auth.totpAlreadyEnabled" });
    await refuseUnapprovedEnrolment(ctx);
    const secret = user.totpSecret ? ctx.cipher.decrypt(user.totpSecret) : createTotpSecret();
    if (!user.totpSecret)
      await ctx.db
        .update(users)
        .set({ totpSecret: ctx.cipher.encrypt(secret), updatedAt: ctx.now })
        .where(eq(users.id, user.id));
    return { secret, uri: totpUri(secret, user.email) };
  }),

  /**
   * Turns TOTP on with a first code from the app; this also completes a pending sign-in. Her
   * first recovery codes are made with it and returned once (while signing in, her session is
   * not yet verified to ask for them separately).
   */
  enable: secondFactorProcedure.input(CodeSchema).mutation(async ({ ctx, input }) => {
    const user = await loadUser(ctx);
    if (user.totpEnabled) throw new TRPCError({ code: "CONFLICT", message: "auth.totpAlreadyEnabled" });
    await refuseUnapprovedEnrolment(ctx);
    if (!(await acceptCode(ctx, user, input.code))) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "auth.totpInvalid" });
    }
    const codes = createRecoveryCodes();
    await ctx.db
      .update(users)
      .set({ totpEnabled: true, totpRecoveryCodes: codes.map(hashHandedCode), updatedAt: ctx.now })
      .where(eq(users.id, user.id));
    // The approval is spent: a later enrolment (after she turned it off) needs a new one.
    await ctx.db
      .update(memberships)
      .set({ totpEnrolmentApprovedUntil: null })
      .where(and(eq(memberships.organisationId, ctx.session.organisationId), eq(memberships.userId, user.id)));
    await markSessionVerified(ctx.db, ctx.session.tokenHash, ctx.now);
    await auditOwnAccount(ctx, "auth.totp_enabled");
    return { enabled: true as const, codes };
  }),

  /** Turns TOTP off with a current code, unless her organisation requires it for her role. */
  disable: sessionProcedure.input(CodeSchema).mutation(async ({ ctx, input }) => {
    const { requiredRoles } = await loadTwoStepPolicy(ctx.db, ctx.session.organisationId, ctx.session.userId);
    if (isTwoStepRequired(requiredRoles, ctx.session.role)) {
      throw new TRPCError({ code: "PRECONDITION_FAILED", message: "auth.totpRequiredByOrganisation" });
    }
    const user = await loadUser(ctx);
    if (!user.totpEnabled || !(await acceptCode(ctx, user, input.code))) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "auth.totpInvalid" });
    }
    await ctx.db
      .update(users)
      .set({ totpEnabled: false, totpSecret: null, totpLastStep: null, updatedAt: ctx.now })
      .where(eq(users.id, user.id));
    await auditOwnAccount(ctx, "auth.totp_disabled");
    return { enabled: false as const };
  }),
} satisfies TRPCRouterRecord;
