import type { createCaller } from "@gesim/api";
import { NewStaffMemberSchema, ROLES, type Role } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

type Caller = ReturnType<typeof createCaller>;

/** What the staff page shows: members, open invitations and the two-step policy. */
export async function loadStaff(caller: Caller, cursor: string | null) {
  const [page, invitations, twoStep] = await Promise.all([
    caller.admin.users.list({ limit: 100, ...(cursor ? { cursor } : {}) }),
    caller.admin.invitations.list(),
    caller.admin.twoStep.get(),
  ]);
  return {
    staff: page.items.map((member) => ({
      ...member,
      totpEnrolmentApprovedUntil: member.totpEnrolmentApprovedUntil?.toISOString() ?? null,
    })),
    nextCursor: page.nextCursor,
    invitations: invitations
      .filter((invitation) => invitation.status === "pending")
      .map((invitation) => ({
        ...invitation,
        createdAt: invitation.createdAt.toISOString(),
        expiresAt: invitation.expiresAt.toISOString(),
      })),
    requiredRoles: twoStep.requiredRoles,
  };
}

export type NewMemberValues = { displayName: string; email: string; role: string };

export type StaffResult =
  | { intent: "add"; ok: true; outcome: "created"; name: string; oneTimePassword: string | null }
  | { intent: "add"; ok: true; outcome: "invited"; invitationCode: string }
  | { intent: "add"; ok: false; values: NewMemberValues; errors: Record<string, string> }
  | { intent: "reset"; ok: true; name: string; oneTimePassword: string | null }
  | { intent: "change"; ok: true; messageKey: string }
  | { intent: "change"; ok: false; messageKey: string }
  | { intent: "confirm-reset-two-step"; ok: true; userId: string; name: string };

const UserIdSchema = z.uuid();

/** An API refusal the administrator can act on, as her message; anything else is rethrown. */
function refusal(error: unknown): string {
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR" && error.code !== "UNAUTHORIZED")
    return error.code === "NOT_FOUND"
      ? "staff.notFound"
      : error.code === "BAD_REQUEST"
        ? "staff.badInput"
        : error.message;
  throw error;
}

async function addMember(caller: Caller, values: NewMemberValues): Promise<StaffResult> {
  const parsed = NewStaffMemberSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0] ?? "form")] ??= `staff.invalid.${String(issue.path[0])}`;
    return { intent: "add", ok: false, values, errors };
  }
  try {
    const result = await caller.admin.users.create(parsed.data);
    return result.outcome === "invited"
      ? { intent: "add", ok: true, outcome: "invited", invitationCode: result.invitationCode }
      : {
          intent: "add",
          ok: true,
          outcome: "created",
          name: parsed.data.displayName,
          oneTimePassword: result.oneTimePassword,
        };
  } catch (error) {
    return { intent: "add", ok: false, values, errors: { email: refusal(error) } };
  }
}

/** The staff page's forms: one intent each, run through the API. */
export async function handleStaffAction(request: Request, caller: Caller): Promise<StaffResult> {
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "").slice(0, 400);
  const intent = field("intent");
  if (intent === "add")
    return addMember(caller, { displayName: field("displayName"), email: field("email"), role: field("role") });
  const userId = UserIdSchema.safeParse(field("userId")).data ?? "";
  try {
    switch (intent) {
      case "role": {
        const role = z.enum(ROLES).safeParse(field("role"));
        if (!role.success) return { intent: "change", ok: false, messageKey: "staff.badInput" };
        await caller.admin.users.setRole({ userId, role: role.data });
        return { intent: "change", ok: true, messageKey: "staff.roleChanged" };
      }
      case "deactivate":
      case "reactivate":
        await caller.admin.users.setActive({ userId, active: intent === "reactivate" });
        return {
          intent: "change",
          ok: true,
          messageKey: intent === "reactivate" ? "staff.reactivated" : "staff.deactivated",
        };
      case "reset": {
        const result = await caller.admin.users.resetPassword({ userId });
        return {
          intent: "reset",
          ok: true,
          name: field("name").slice(0, 120),
          oneTimePassword: result.oneTimePassword,
        };
      }
      case "reset-two-step": {
        // A second step before anything changes (works without JavaScript): the page asks to confirm.
        if (field("confirmed") !== "yes")
          return { intent: "confirm-reset-two-step", ok: true, userId, name: field("name").slice(0, 120) };
        await caller.admin.twoStep.resetSecondFactor({ userId });
        return { intent: "change", ok: true, messageKey: "staff.twoStepReset" };
      }
      case "approve":
        await caller.admin.twoStep.approveEnrolment({ userId });
        return { intent: "change", ok: true, messageKey: "staff.enrolmentApproved" };
      case "withdraw":
        await caller.admin.invitations.withdraw({
          invitationId: UserIdSchema.safeParse(field("invitationId")).data ?? "",
        });
        return { intent: "change", ok: true, messageKey: "staff.invitationWithdrawn" };
      case "twoStep": {
        const roles = form
          .getAll("requiredRoles")
          .map(String)
          .filter((role): role is Role => (ROLES as readonly string[]).includes(role));
        await caller.admin.twoStep.setRequiredRoles({ roles });
        return { intent: "change", ok: true, messageKey: "staff.twoStepSaved" };
      }
      default:
        throw new Response("Bad request", { status: 400 });
    }
  } catch (error) {
    if (error instanceof Response) throw error;
    return { intent: "change", ok: false, messageKey: refusal(error) };
  }
}
