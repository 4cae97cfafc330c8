import type { createCaller } from "@gesim/api";
import { TRPCError } from "@trpc/server";
import QRCode from "qrcode";

type Caller = ReturnType<typeof createCaller>;

/** Verify mode, or setup mode with the QR code (as a data URL) and the key to type in. */
export async function loadSecondFactor(caller: Caller) {
  const status = await caller.auth.totp.status();
  if (status.totpEnabled) return { mode: "verify" as const };
  const { secret, uri } = await caller.auth.totp.begin();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1 });
  return {
    mode: "setup" as const,
    secret,
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

export async function completeSecondFactor(
  request: Request,
  caller: Caller,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const form = await request.formData();
  const code = String(form.get("code") ?? "")
    .trim()
    .slice(0, 12);
  try {
    if (form.get("intent") === "enable") {
      await caller.auth.totp.enable({ code });
      return { ok: true };
    }
    const result = await caller.auth.totp.verify({ code });
    return result.verified ? { ok: true } : { ok: false, error: result.messageKey ?? "auth.totpInvalid" };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST")
      return { ok: false, error: error.message.startsWith("auth.") ? error.message : "auth.totpFormat" };
    throw error;
  }
}
