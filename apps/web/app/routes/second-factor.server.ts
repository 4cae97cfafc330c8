import type { createCaller } from "@gesim/api";
import { TRPCError } from "@trpc/server";
import QRCode from "qrcode";

type Caller = ReturnType<typeof createCaller>;

/**
 * Verify mode; setup mode with the QR code (as a data URL) and the key to type in; or, where
 * her role requires two-step sign-in and no administrator has approved her enrolment yet,
 * approval mode (her password alone enrols no authenticator, issue 17).
 */
export async function loadSecondFactor(caller: Caller) {
  const status = await caller.auth.totp.status();
  if (status.totpEnabled) return { mode: "verify" as const };
  if (!status.mayEnrol) return { mode: "approval" as const };
  const { secret, uri } = await caller.auth.totp.begin();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1 });
  return {
    mode: "setup" as const,
    secret,
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

export type SecondFactorResult =
  | { ok: true; codes: string[] | null }
  | { ok: false; error: string; field: "code" | "recoveryCode" };

function formatError(error: unknown, field: "code" | "recoveryCode"): SecondFactorResult {
  if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "PRECONDITION_FAILED")) {
    const fallback = field === "code" ? "auth.totpFormat" : "account.recoveryCodeInvalid";
    const known = error.message.startsWith("auth.") || error.message.startsWith("account.");
    return { ok: false, error: known ? error.message : fallback, field };
  }
  if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS")
    return { ok: false, error: "auth.locked", field };
  throw error;
}

export async function completeSecondFactor(request: Request, caller: Caller): Promise<SecondFactorResult> {
  const form = await request.formData();
  const value = (name: string) =>
    String(form.get(name) ?? "")
      .trim()
      .slice(0, 24);
  const intent = form.get("intent");
  if (intent === "recovery") {
    try {
      // Named like a React hook, it is none: taken by another name for the linter.
      const { useRecoveryCode: redeemRecoveryCode } = caller.account;
      const result = await redeemRecoveryCode({ code: value("recoveryCode") });
      return result.verified
        ? { ok: true, codes: null }
        : { ok: false, error: result.messageKey ?? "account.recoveryCodeInvalid", field: "recoveryCode" };
    } catch (error) {
      return formatError(error, "recoveryCode");
    }
  }
  const code = value("code").slice(0, 12);
  try {
    if (intent === "enable") return { ok: true, codes: (await caller.auth.totp.enable({ code })).codes };
    const result = await caller.auth.totp.verify({ code });
    return result.verified
      ? { ok: true, codes: null }
      : { ok: false, error: result.messageKey ?? "auth.totpInvalid", field: "code" };
  } catch (error) {
    return formatError(error, "code");
  }
}
