import { enrolmentApprovalEnd, mayRequireTwoStepFor, TwoStepRolesSchema } from "@gesim/core";
import { and, eq, memberships, organisations, sql, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { endSessionsInOrganisation, findMembership, hasMembershipElsewhere } from "../../queries/staff.ts";
import { organisationProcedure } from "../../trpc.ts";

/** Two-step sign-in per role, and administrators' approval to enrol an authenticator (issue 17). */
export const twoStepRouter = {
  /** The roles that must use two-step sign-in; admins and managers. */
  get: organisationProcedure("admin", "manager")
    .input(z.void())
    .query(async ({ ctx }) => {
      const [row] = await ctx.db
        .select({ requiredRoles: organisations.totpRequiredRoles })
        .from(organisations)
        .where(eq(organisations.id, ctx.session.organisationId));
      return { requiredRoles: row?.requiredRoles ?? [] };
    }),

  /**
   * Chooses the roles that must use two-step sign-in. Requiring it for her own role needs her
   * own authenticator first: her next sign-in would otherwise wait for an approval.
   */
  setRequiredRoles: organisationProcedure("admin")
    .input(z.object({ roles: TwoStepRolesSchema }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId, role } = ctx.session;
      const [me] = await ctx.db.select({ totpEnabled: users.totpEnabled }).from(users).where(eq(users.id, userId));
      if (!mayRequireTwoStepFor(input.roles, role, me?.totpEnabled ?? false))
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "admin.twoStep.enrolYourselfFirst" });
      await ctx.db
        .update(organisations)
        .set({ totpRequiredRoles: input.roles, version: sql`${organisations.version} + 1`, updatedAt: ctx.now })
        .where(eq(organisations.id, organisationId));
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId: userId,
          action: "admin.twoStep.setRequiredRoles",
          entityType: "organisation",
          entityId: organisationId,
        },
        ctx.now,
      );
      return { requiredRoles: input.roles };
    }),

  /**
   * Lets one member of staff enrol an authenticator during the next hours (she has none yet
   * and her role requires one). The administrator confirms beforehand that it is really her
   * asking (in person or by phone); never her own approval.
   */
  approveEnrolment: organisationProcedure("admin")
    .input(z.object({ userId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId: actorUserId } = ctx.session;
      if (actorUserId === input.userId)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "admin.notOwnMembership" });
      const membership = await findMembership(ctx.db, organisationId, input.userId);
      if (!membership?.active) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      const [user] = await ctx.db
        .select({ totpEnabled: users.totpEnabled })
        .from(users)
        .where(eq(users.id, input.userId));
      if (user?.totpEnabled) throw new TRPCError({ code: "CONFLICT", message: "admin.twoStep.alreadyEnrolled" });
      const approvedUntil = enrolmentApprovalEnd(ctx.now);
      await ctx.db
        .update(memberships)
        .set({ totpEnrolmentApprovedUntil: approvedUntil, updatedAt: ctx.now })
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, input.userId)));
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId,
          action: "admin.twoStep.approveEnrolment",
          entityType: "user",
          entityId: input.userId,
        },
        ctx.now,
      );
      return { userId: input.userId, approvedUntil };
    }),

  /**
   * Resets a member of staff's two-step enrolment when she lost her authenticator and her
   * recovery codes: her secret and recovery codes are deleted, her sessions here end, and she
   * may enrol a new authenticator during the next hours (the administrator confirmed it is
   * really her, as for approveEnrolment); if her role requires two-step sign-in she must enrol
   * at her next sign-in. Never her own (a stolen administrator session must not be able to
   * remove the administrator's own second factor), never an account another organisation also
   * uses. Administrators only; audited.
   */
  resetSecondFactor: organisationProcedure("admin")
    .input(z.object({ userId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId: actorUserId } = ctx.session;
      if (actorUserId === input.userId)
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "admin.twoStep.notOwnReset" });
      if (!(await findMembership(ctx.db, organisationId, input.userId)))
        throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      if (await hasMembershipElsewhere(ctx.db, organisationId, input.userId))
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "admin.twoStep.resetElsewhere" });
      const [reset] = await ctx.db
        .update(users)
        .set({
          totpSecret: null,
          totpEnabled: false,
          totpLastStep: null,
          totpRecoveryCodes: null,
          updatedAt: ctx.now,
        })
        .where(and(eq(users.id, input.userId), eq(users.totpEnabled, true)))
        .returning({ id: users.id });
      if (!reset) throw new TRPCError({ code: "CONFLICT", message: "admin.twoStep.notEnrolled" });
      const approvedUntil = enrolmentApprovalEnd(ctx.now);
      await ctx.db
        .update(memberships)
        .set({ totpEnrolmentApprovedUntil: approvedUntil, updatedAt: ctx.now })
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, input.userId)));
      const endedSessions = await endSessionsInOrganisation(ctx.db, organisationId, input.userId);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId,
          action: "admin.twoStep.resetSecondFactor",
          entityType: "user",
          entityId: input.userId,
        },
        ctx.now,
      );
      return { userId: input.userId, endedSessions, approvedUntil };
    }),
} satisfies TRPCRouterRecord;
