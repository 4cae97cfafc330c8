import type { createCaller } from "@gesim/api";
import { ChangePasswordSchema } from "@gesim/core";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

type Caller = ReturnType<typeof createCaller>;

export type AccountResult =
  | { intent: "password"; ok: true }
  | { intent: "password"; ok: false; errors: Record<string, string> }
  | { intent: "totp"; ok: true; codes: string[] }
  | { intent: "totp"; ok: false; error: string }
  | { intent: "codes"; codes: string[] }
  | { intent: "sessions"; ended: number }
  | { intent: "invitation"; accepted: boolean; answered: boolean }
  | { intent: "switch"; sessionToken: string; next: string }
  | { intent: "digest"; enabled: boolean }
  | { intent: "feed"; url: string | null };

/** The account page's forms: one intent each, parsed with core's schemas, run through the API. */
export async function handleAccountAction(request: Request, caller: Caller): Promise<AccountResult> {
  const form = await request.formData();
  const field = (name: string) => String(form.get(name) ?? "").slice(0, 1024);
  switch (form.get("intent")) {
    case "password": {
      const parsed = ChangePasswordSchema.safeParse({
        currentPassword: field("currentPassword"),
        newPassword: field("newPassword"),
        confirmPassword: field("confirmPassword"),
      });
      if (!parsed.success) {
        const errors: Record<string, string> = {};
        for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
        return { intent: "password", ok: false, errors };
      }
      const result = await caller.account.changePassword(parsed.data);
      return result.changed
        ? { intent: "password", ok: true }
        : { intent: "password", ok: false, errors: { currentPassword: result.messageKey } };
    }
    case "totp": {
      try {
        const { codes } = await caller.auth.totp.enable({ code: field("code").trim().slice(0, 12) });
        return { intent: "totp", ok: true, codes };
      } catch (error) {
        if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "PRECONDITION_FAILED"))
          return {
            intent: "totp",
            ok: false,
            error: error.message.startsWith("auth.") ? error.message : "auth.totpFormat",
          };
        throw error;
      }
    }
    case "codes":
      return { intent: "codes", codes: (await caller.account.createRecoveryCodes()).codes };
    case "endSession": {
      const sessionId = field("sessionId").slice(0, 16);
      try {
        return { intent: "sessions", ended: (await caller.account.endSession({ sessionId })).ended };
      } catch (error) {
        if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
          return { intent: "sessions", ended: 0 };
        throw error;
      }
    }
    case "accept":
    case "decline": {
      const invitationId = z.uuid().safeParse(field("invitationId")).data;
      const accept = form.get("intent") === "accept";
      if (!invitationId) return { intent: "invitation", accepted: accept, answered: false };
      const code = accept ? field("code").slice(0, 40) : undefined;
      const { answered } = await caller.account.invitations.answer({ invitationId, accept, code });
      return { intent: "invitation", accepted: accept, answered };
    }
    case "switch": {
      const organisationId = z.uuid().safeParse(field("organisationId")).data;
      if (!organisationId) throw new Response("Bad request", { status: 400 });
      try {
        const moved = await caller.account.organisations.switchTo({ organisationId });
        const next = moved.secondFactor === "none" ? "/" : "/login/second-factor";
        return { intent: "switch", sessionToken: moved.sessionToken, next };
      } catch (error) {
        if (error instanceof TRPCError && error.code === "NOT_FOUND") throw new Response("Not found", { status: 404 });
        throw error;
      }
    }
    case "digest": {
      const enabled = form.get("enabled");
      if (enabled !== "on" && enabled !== "off") throw new Response("Bad request", { status: 400 });
      return { intent: "digest", ...(await caller.account.setDigestEmails({ enabled: enabled === "on" })) };
    }
    case "feedCreate": {
      // The token is shown this once; only its hash is stored (ADR 018).
      const { token } = await caller.calendarFeed.create();
      return { intent: "feed", url: `${new URL(request.url).origin}/calendar/${token}.ics` };
    }
    case "feedRevoke":
      await caller.calendarFeed.revoke();
      return { intent: "feed", url: null };
    case "endOthers":
      return { intent: "sessions", ended: (await caller.account.endOtherSessions()).ended };
    default:
      throw new Response("Bad request", { status: 400 });
  }
}
