import type { createCaller, SessionUser } from "@gesim/api";
import { ERASURE_REASONS } from "@gesim/core";
import { data } from "react-router";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, type FieldErrors, integer, text } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

export type EraseResult = { ok: true } | { ok: false; errors: FieldErrors; values: { reason: string } };

/** Only managers see the erasure page (the API enforces the same). */
export function requireManager(session: SessionUser) {
  if (session.role !== "manager") throw data(null, { status: 403 });
}

export function eraseOptions() {
  return { reasons: ERASURE_REASONS };
}

/**
 * Erases her record after the manager typed her pseudonym exactly (a typed confirmation, not
 * a click), with a reason category. A mismatch or a refusal erases nothing.
 */
export async function eraseAction(caller: Caller, clientId: string, form: FormData): Promise<EraseResult> {
  const values = { reason: text(form, "reason") ?? "" };
  const errors: FieldErrors = {};
  const reason = ERASURE_REASONS.find((r) => r === values.reason);
  if (!reason) errors.reason = "erase.reasonRequired";
  const client = await caller.clients.get({ clientId }).catch(rethrowAsResponse);
  if (text(form, "confirmation") !== client.pseudonym) errors.confirmation = "erase.confirmMismatch";
  if (!reason || Object.keys(errors).length > 0) return { ok: false, errors, values };
  try {
    await caller.clients.erase({ clientId, version: integer(form, "version") ?? Number.NaN, reason });
    return { ok: true };
  } catch (error) {
    const { code, key } = apiErrorKey(error);
    return { ok: false, errors: { form: code === "CONFLICT" ? "erase.conflict" : key }, values };
  }
}
