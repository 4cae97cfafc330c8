import { NewStaffMemberSchema, ROLES } from "@gesim/core";
import { and, asc, eq, memberships, sql, users } from "@gesim/db";
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { createOneTimePassword } from "../../auth/handed-codes.ts";
import { forgetAttempts } from "../../auth/lockout.ts";
import { hashPassword } from "../../auth/password.ts";
import { CursorInputSchema, decodeCursor, pageOf } from "../../queries/cursor.ts";
import { inviteAccount } from "../../queries/invitations.ts";
import {
  endSessionsInOrganisation,
  findMembership,
  findOrCreateAccount,
  hasMembershipElsewhere,
} from "../../queries/staff.ts";
import { organisationProcedure } from "../../trpc.ts";

const NameCursorSchema = z.tuple([z.string().max(400), z.uuid()]);
const UserRefSchema = z.object({ userId: z.uuid() });

/** An administrator manages other people's memberships, never her own (no lock-out, no self-promotion). */
function refuseOwnMembership(sessionUserId: string, userId: string): void {
  if (sessionUserId === userId) throw new TRPCError({ code: "PRECONDITION_FAILED", message: "admin.notOwnMembership" });
}

/** Staff of the organisation: who they are and their role; never any client data. */
export const usersRouter = {
  list: organisationProcedure("admin", "manager")
    .input(
      z
        .object({ limit: z.number().int().min(1).max(100).default(50), cursor: CursorInputSchema })
        .default({ limit: 50 }),
    )
    .query(async ({ ctx, input }) => {
      const after = input.cursor ? decodeCursor(input.cursor, NameCursorSchema) : null;
      const rows = await ctx.db
        .select({
          userId: users.id,
          email: users.email,
          displayName: users.displayName,
          role: memberships.role,
          active: memberships.active,
          totpEnabled: users.totpEnabled,
          totpEnrolmentApprovedUntil: memberships.totpEnrolmentApprovedUntil,
        })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(
          and(
            eq(memberships.organisationId, ctx.session.organisationId),
            after ? sql`(${users.displayName}, ${users.id}) > (${after[0]}, ${after[1]})` : undefined,
          ),
        )
        .orderBy(asc(users.displayName), asc(users.id))
        .limit(input.limit + 1);
      return pageOf(rows, input.limit, (row) => [row.displayName, row.userId]);
    }),

  /**
   * Adds a member of staff. A new email gets an account with a one-time password (the one the
   * administrator typed, or one made here and returned once), which she must replace at her
   * first sign-in; an existing member is a CONFLICT. An email that already has an account in
   * another organisation gets an invitation she accepts after signing in, with the code
   * returned once here (issue 17; the administrator hands it to her): nothing about that
   * account (name, roles, two-step sign-in) is returned, and it is not attached.
   */
  create: organisationProcedure("admin")
    .input(NewStaffMemberSchema)
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId: actorUserId } = ctx.session;
      const oneTimePassword = input.initialPassword ?? createOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      const account = await findOrCreateAccount(
        ctx.db,
        { email: input.email, displayName: input.displayName, passwordHash },
        ctx.now,
      );
      if (await findMembership(ctx.db, organisationId, account.userId))
        throw new TRPCError({ code: "CONFLICT", message: "admin.alreadyMember" });
      if (!account.isNewAccount) {
        const { id: invitationId, code: invitationCode } = await inviteAccount(
          ctx.db,
          {
            organisationId,
            userId: account.userId,
            email: input.email,
            role: input.role,
            invitedByUserId: actorUserId,
          },
          ctx.now,
        );
        await recordAudit(
          ctx.db,
          {
            organisationId,
            actorUserId,
            action: "admin.users.invite",
            entityType: "invitation",
            entityId: invitationId,
          },
          ctx.now,
        );
        return { outcome: "invited" as const, invitationId, invitationCode };
      }
      await ctx.db
        .insert(memberships)
        .values({ organisationId, userId: account.userId, role: input.role, createdAt: ctx.now, updatedAt: ctx.now });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId, action: "admin.users.create", entityType: "user", entityId: account.userId },
        ctx.now,
      );
      return {
        outcome: "created" as const,
        userId: account.userId,
        oneTimePassword: input.initialPassword ? null : oneTimePassword,
      };
    }),

  setRole: organisationProcedure("admin")
    .input(UserRefSchema.extend({ role: z.enum(ROLES) }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId: actorUserId } = ctx.session;
      refuseOwnMembership(actorUserId, input.userId);
      const [row] = await ctx.db
        .update(memberships)
        .set({ role: input.role, updatedAt: ctx.now })
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, input.userId)))
        .returning({ userId: memberships.userId, role: memberships.role });
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId, action: "admin.users.setRole", entityType: "user", entityId: input.userId },
        ctx.now,
      );
      return row;
    }),

  /**
   * Deactivates (or reactivates) a membership. Deactivating ends her sessions in this
   * organisation at once; her account and her memberships elsewhere are untouched.
   */
  setActive: organisationProcedure("admin")
    .input(UserRefSchema.extend({ active: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId: actorUserId } = ctx.session;
      refuseOwnMembership(actorUserId, input.userId);
      const [row] = await ctx.db
        .update(memberships)
        .set({ active: input.active, updatedAt: ctx.now })
        .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, input.userId)))
        .returning({ userId: memberships.userId, active: memberships.active });
      if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      const endedSessions = input.active ? 0 : await endSessionsInOrganisation(ctx.db, organisationId, input.userId);
      const action = input.active ? "admin.users.reactivate" : "admin.users.deactivate";
      await recordAudit(
        ctx.db,
        { organisationId, actorUserId, action, entityType: "user", entityId: input.userId },
        ctx.now,
      );
      return { ...row, endedSessions };
    }),

  /**
   * Gives her a new one-time password (she forgot hers; made here and returned once when the
   * administrator gives none): she must choose her own at the next
   * sign-in, her sessions end and a lock from wrong passwords is lifted. Refused for an account another organisation also uses (an
   * administrator here never takes over a person another organisation knows).
   */
  resetPassword: organisationProcedure("admin")
    .input(UserRefSchema.extend({ oneTimePassword: NewStaffMemberSchema.shape.initialPassword }))
    .mutation(async ({ ctx, input }) => {
      const { organisationId, userId: actorUserId } = ctx.session;
      refuseOwnMembership(actorUserId, input.userId);
      if (!(await findMembership(ctx.db, organisationId, input.userId)))
        throw new TRPCError({ code: "NOT_FOUND", message: "error.notFound" });
      if (await hasMembershipElsewhere(ctx.db, organisationId, input.userId))
        throw new TRPCError({ code: "PRECONDITION_FAILED", message: "admin.passwordResetElsewhere" });
      const oneTimePassword = input.oneTimePassword ?? createOneTimePassword();
      const [account] = await ctx.db
        .update(users)
        .set({ passwordHash: await hashPassword(oneTimePassword), mustChangePassword: true, updatedAt: ctx.now })
        .where(eq(users.id, input.userId))
        .returning({ email: users.email });
      // She was often locked out by her own wrong guesses: the new password works at once.
      if (account) await forgetAttempts(ctx.db, account.email, { inTenant: true });
      const endedSessions = await endSessionsInOrganisation(ctx.db, organisationId, input.userId);
      await recordAudit(
        ctx.db,
        {
          organisationId,
          actorUserId,
          action: "admin.users.resetPassword",
          entityType: "user",
          entityId: input.userId,
        },
        ctx.now,
      );
      return {
        userId: input.userId,
        endedSessions,
        oneTimePassword: input.oneTimePassword ? null : oneTimePassword,
      };
    }),
} satisfies TRPCRouterRecord;
