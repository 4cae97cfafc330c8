import type { createCaller } from "@gesim/api";
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_MADE_BY,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  COMPLAINT_TEXT_MAX_LENGTH,
  ComplaintFieldsSchema,
  ComplaintProgressSchema,
} from "@gesim/core";
import { z } from "zod";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, checked, type FieldErrors, text, zodFieldErrors } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** Her complaints (details and outcome decrypted by the API; the read audited) and who may handle them. */
export async function loadComplaints(caller: Caller, clientId: string) {
  const [complaints, colleagues] = await Promise.all([
    caller.complaints.listForClient({ clientId }).catch(rethrowAsResponse),
    caller.clients.colleagues({}).catch(rethrowAsResponse),
  ]);
  return {
    complaints,
    colleagues: colleagues.map((c) => ({ userId: c.userId, displayName: c.displayName })),
    channels: COMPLAINT_CHANNELS,
    madeBy: COMPLAINT_MADE_BY,
    subjects: COMPLAINT_SUBJECTS,
    statuses: COMPLAINT_STATUSES,
    maxLength: COMPLAINT_TEXT_MAX_LENGTH,
  };
}

/** What was typed, given back after an error so nothing is lost. */
export type ComplaintValues = Readonly<Record<string, string | boolean>>;
export type ComplaintResult =
  | { ok: true; intent: string }
  | { ok: false; intent: string; complaintId?: string; errors: FieldErrors; values: ComplaintValues; status: number };

/** A posted API refusal on a field: the form shows the message by the field it names. */
const FIELD_OF_KEY: Record<string, string> = {
  "complaint.error.receivedInFuture": "receivedOn",
  "complaint.error.outcomeRequired": "outcome",
  "complaint.error.closedOnRequired": "closedOn",
  "complaint.error.closedBeforeReceived": "closedOn",
  "complaint.error.closedInFuture": "closedOn",
  "complaint.error.closedOnWhileOpen": "closedOn",
  "complaint.error.toldWhileOpen": "toldOutcome",
  "complaint.error.transition": "status",
  "complaint.error.handlerNotStaff": "handlerUserId",
  "complaint.error.tooLong": "form",
};

function refusal(intent: string, error: unknown, values: ComplaintValues, complaintId?: string): ComplaintResult {
  const { code, key } = apiErrorKey(error);
  return {
    ok: false,
    intent,
    complaintId,
    errors: { [FIELD_OF_KEY[key] ?? "form"]: key },
    values,
    status: code === "CONFLICT" ? 409 : 400,
  };
}

function valuesOf(form: FormData): ComplaintValues {
  const values: Record<string, string | boolean> = {};
  for (const name of [
    "receivedOn",
    "channel",
    "madeBy",
    "subject",
    "details",
    "handlerUserId",
    "status",
    "outcome",
    "closedOn",
  ]) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value;
  }
  values.toldOutcome = checked(form, "toldOutcome");
  return values;
}

/** Records a complaint (intent "create") or its progress (intent "update"). */
export async function saveComplaint(caller: Caller, clientId: string, form: FormData): Promise<ComplaintResult> {
  const intent = form.get("intent") === "update" ? "update" : "create";
  const values = valuesOf(form);
  if (intent === "create") {
    const parsed = ComplaintFieldsSchema.safeParse({
      receivedOn: text(form, "receivedOn"),
      channel: text(form, "channel"),
      madeBy: text(form, "madeBy"),
      subject: text(form, "subject"),
      details: text(form, "details") ?? null,
      handlerUserId: text(form, "handlerUserId") ?? null,
    });
    if (!parsed.success) return { ok: false, intent, errors: zodFieldErrors(parsed.error), values, status: 400 };
    try {
      await caller.complaints.create({ clientId, complaint: parsed.data });
      return { ok: true, intent };
    } catch (error) {
      return refusal(intent, error, values);
    }
  }
  const ref = z
    .object({ complaintId: z.uuid(), version: z.coerce.number().int().min(1) })
    .safeParse({ complaintId: form.get("complaintId"), version: form.get("version") });
  if (!ref.success) return { ok: false, intent, errors: { form: "error.invalidInput" }, values, status: 400 };
  const parsed = ComplaintProgressSchema.safeParse({
    status: text(form, "status"),
    outcome: text(form, "outcome") ?? null,
    closedOn: text(form, "closedOn") ?? null,
    toldOutcome: checked(form, "toldOutcome"),
    handlerUserId: text(form, "handlerUserId") ?? null,
  });
  if (!parsed.success)
    return {
      ok: false,
      intent,
      complaintId: ref.data.complaintId,
      errors: zodFieldErrors(parsed.error),
      values,
      status: 400,
    };
  try {
    await caller.complaints.update({ clientId, ...ref.data, progress: parsed.data });
    return { ok: true, intent };
  } catch (error) {
    return refusal(intent, error, values, ref.data.complaintId);
  }
}
