import type { createCaller } from "@gesim/api";
import { IdentityDetailsSchema, JUSTIFICATION_MIN_LENGTH, REVEAL_REASONS, RevealRequestSchema } from "@gesim/core";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, type FieldErrors, integer, text, zodFieldErrors } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

const FIELDS = ["legalName", "dateOfBirth", "contact", "address"] as const;

/** Which identity details exist (never their values). */
export async function loadIdentityStatus(caller: Caller, clientId: string) {
  const status = await caller.identity.status({ clientId }).catch(rethrowAsResponse);
  return { ...status, reasons: REVEAL_REASONS, justificationMinLength: JUSTIFICATION_MIN_LENGTH };
}

type Revealed = Record<(typeof FIELDS)[number], string | null>;

export type IdentityResult =
  | { intent: "set"; ok: true }
  | { intent: "set"; ok: false; errors: FieldErrors; values: Record<string, string> }
  | { intent: "reveal"; ok: true; revealed: Revealed }
  | { intent: "reveal"; ok: false; errors: FieldErrors; values: Record<string, string> };

async function setDetails(caller: Caller, clientId: string, form: FormData): Promise<IdentityResult> {
  const values = Object.fromEntries(FIELDS.map((field) => [field, text(form, field) ?? ""]));
  const parsed = IdentityDetailsSchema.safeParse(Object.fromEntries(FIELDS.map((field) => [field, text(form, field)])));
  if (!parsed.success) return { intent: "set", ok: false, errors: zodFieldErrors(parsed.error), values };
  if (FIELDS.every((field) => parsed.data[field] === undefined))
    return { intent: "set", ok: false, errors: { form: "client.identity.nothingToSave" }, values };
  try {
    await caller.identity.set({ clientId, version: integer(form, "version"), ...parsed.data });
    return { intent: "set", ok: true };
  } catch (error) {
    const { code, key } = apiErrorKey(error);
    return {
      intent: "set",
      ok: false,
      errors: { form: code === "CONFLICT" ? "client.identity.conflict" : key },
      values,
    };
  }
}

async function reveal(caller: Caller, clientId: string, form: FormData): Promise<IdentityResult> {
  const values = { reason: text(form, "reason") ?? "", justification: text(form, "justification") ?? "" };
  const parsed = RevealRequestSchema.safeParse(values);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error, (path) => `reveal-${path}`);
    if (values.reason === "") errors["reveal-reason"] = "client.identity.reasonRequired";
    return { intent: "reveal", ok: false, errors, values };
  }
  try {
    return { intent: "reveal", ok: true, revealed: await caller.identity.reveal({ clientId, ...parsed.data }) };
  } catch (error) {
    return { intent: "reveal", ok: false, errors: { form: apiErrorKey(error).key }, values };
  }
}

/** Writes identity details, or (break-glass) reveals them once with a reason and a justification. */
export function identityAction(caller: Caller, clientId: string, form: FormData): Promise<IdentityResult> {
  return text(form, "intent") === "reveal" ? reveal(caller, clientId, form) : setDetails(caller, clientId, form);
}
