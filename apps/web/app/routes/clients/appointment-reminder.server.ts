import type { createCaller } from "@gesim/api";
import { APPOINTMENT_PLACE_MAX_LENGTH, ReminderChoiceSchema } from "@gesim/core";
import { data } from "react-router";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, type FieldErrors, isUuid, text, zodFieldErrors } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** Her safe-contact rules and the channels she allowed, for one of her appointments (no message yet). */
export async function loadReminder(caller: Caller, clientId: string, appointmentId: string | undefined) {
  if (!isUuid(appointmentId)) throw data(null, { status: 404 });
  const opened = await caller.appointments.draftReminder({ clientId, appointmentId }).catch(rethrowAsResponse);
  return { ...opened, appointmentId, placeMaxLength: APPOINTMENT_PLACE_MAX_LENGTH };
}

export type ReminderResult =
  | { ok: true; draft: { locale: string; isFallback: boolean; channel: string; text: string }; values: Values }
  | { ok: false; errors: FieldErrors; values: Values };

type Values = { channel: string; place: string };

/**
 * The message by the channel chosen. A channel she did not allow is refused by the API (the form
 * offers only hers); the error is shown beside the channels and what was typed stays.
 */
export async function draftAction(
  caller: Caller,
  clientId: string,
  appointmentId: string | undefined,
  form: FormData,
): Promise<ReminderResult> {
  if (!isUuid(appointmentId)) throw data(null, { status: 404 });
  const values = { channel: text(form, "channel") ?? "", place: (text(form, "place") ?? "").slice(0, 1000) };
  const parsed = ReminderChoiceSchema.safeParse({ channel: values.channel, place: values.place || undefined });
  if (!parsed.success) return { ok: false, errors: zodFieldErrors(parsed.error), values };
  try {
    const { draft } = await caller.appointments.draftReminder({ clientId, appointmentId, ...parsed.data });
    if (!draft) return { ok: false, errors: { channel: "reminder.error.channel" }, values };
    return {
      ok: true,
      draft: { locale: draft.locale, isFallback: draft.isFallback, channel: draft.channel, text: draft.text },
      values,
    };
  } catch (error) {
    const { code, key } = apiErrorKey(error);
    if (code === "NOT_FOUND" || code === "FORBIDDEN" || code === "UNAUTHORIZED") rethrowAsResponse(error);
    return { ok: false, errors: key === "reminder.error.channelNotAllowed" ? { channel: key } : { form: key }, values };
  }
}
