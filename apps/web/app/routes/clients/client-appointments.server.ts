import type { createCaller } from "@gesim/api";
import {
  APPOINTMENT_INTERPRETER_MODES,
  APPOINTMENT_KINDS,
  APPOINTMENT_MODES,
  APPOINTMENT_PLACE_MAX_LENGTH,
  AppointmentFieldsSchema,
  getAction,
  INTERPRETER_GENDERS,
  VersionSchema,
} from "@gesim/core";
import { z } from "zod";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { all, apiErrorKey, checked, type FieldErrors, integer, text, zodFieldErrors } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

/** The options the booking form offers. */
export const APPOINTMENT_FORM_OPTIONS = {
  kinds: APPOINTMENT_KINDS,
  modes: APPOINTMENT_MODES,
  interpreterGenders: INTERPRETER_GENDERS,
  interpreterModes: APPOINTMENT_INTERPRETER_MODES,
  placeMaxLength: APPOINTMENT_PLACE_MAX_LENGTH,
};

/** Her appointments (the place decrypted by the API; the read audited), shaped for the page. */
export async function loadClientAppointments(caller: Caller, clientId: string) {
  const list = await caller.appointments.listForClient({ clientId }).catch(rethrowAsResponse);
  return list.map((a) => ({
    id: a.id,
    kind: a.kind,
    date: a.date,
    startTime: a.startTime,
    durationMinutes: a.durationMinutes,
    mode: a.mode,
    place: a.place,
    interpreter: a.interpreter,
    childcareNeeded: a.childcareNeeded,
    status: a.status,
    version: a.version,
  }));
}

export type ClientAppointment = Awaited<ReturnType<typeof loadClientAppointments>>[number];

/** What the booking form needs besides her appointments: the steps of her plan and her colleagues. */
export async function loadBookingChoices(caller: Caller, clientId: string) {
  const [plan, colleagues] = await Promise.all([caller.plans.get({ clientId }), caller.clients.colleagues()]).catch(
    rethrowAsResponse,
  );
  return {
    steps: plan.actions
      .filter((action) => action.status !== "done" && action.status !== "cancelled")
      .map((action) => ({
        id: action.id,
        labelKey: action.actionId ? (getAction(action.actionId)?.labelKey ?? null) : null,
        freeText: action.freeText ?? null,
      })),
    staff: colleagues.map((c) => ({ id: c.userId, name: c.displayName })),
  };
}

/** The posted form as the schema reads it (also what the form shows again after an error). */
function fieldsFromForm(form: FormData) {
  const interpreterNeeded = checked(form, "interpreterNeeded");
  return {
    kind: text(form, "kind"),
    date: text(form, "date"),
    startTime: text(form, "startTime"),
    durationMinutes: integer(form, "durationMinutes"),
    mode: text(form, "mode"),
    place: text(form, "place") ?? null,
    actionId: text(form, "actionId") ?? null,
    attendeeUserIds: all(form, "attendeeUserIds"),
    interpreter: interpreterNeeded
      ? {
          language: text(form, "interpreterLanguage") ?? "",
          gender: text(form, "interpreterGender"),
          mode: text(form, "interpreterMode"),
          booked: checked(form, "interpreterBooked"),
        }
      : null,
    childcareNeeded: checked(form, "childcareNeeded"),
  };
}

/** What she typed, as strings, so nothing is lost when the form comes back with errors. */
function typedValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const name of [
    "kind",
    "date",
    "startTime",
    "durationMinutes",
    "mode",
    "place",
    "actionId",
    "interpreterLanguage",
    "interpreterGender",
    "interpreterMode",
  ]) {
    const value = form.get(name);
    if (typeof value === "string") values[name] = value.slice(0, 1000);
  }
  for (const name of ["interpreterNeeded", "interpreterBooked", "childcareNeeded"])
    if (checked(form, name)) values[name] = "on";
  values.attendeeUserIds = all(form, "attendeeUserIds").slice(0, 20);
  return values;
}

/** Field of the form for a path of the schema. */
function formField(path: string): string {
  if (path === "interpreter.language") return "interpreterLanguage";
  if (path === "interpreter.gender") return "interpreterGender";
  if (path === "interpreter.mode") return "interpreterMode";
  if (path.startsWith("attendeeUserIds")) return "attendeeUserIds";
  return path;
}

/** An API refusal about one field, shown beside it. */
const FIELD_OF_API_ERROR: Record<string, string> = {
  "appointment.error.actionNotInPlan": "actionId",
  "appointment.error.attendeeNotStaff": "attendeeUserIds",
};

export type AppointmentActionResult =
  | { intent: "book"; ok: true }
  | { intent: "book"; ok: false; errors: FieldErrors; values: Record<string, string | string[]> }
  | { intent: "cancel"; ok: boolean; errors?: FieldErrors };

export async function appointmentAction(
  caller: Caller,
  clientId: string,
  form: FormData,
): Promise<AppointmentActionResult> {
  if (form.get("intent") === "cancel") {
    const ref = z
      .object({ appointmentId: z.uuid(), version: z.coerce.number().pipe(VersionSchema) })
      .safeParse({ appointmentId: text(form, "appointmentId"), version: text(form, "version") });
    if (!ref.success) return { intent: "cancel", ok: false, errors: { form: "error.invalidInput" } };
    try {
      await caller.appointments.cancel({ clientId, ...ref.data });
      return { intent: "cancel", ok: true };
    } catch (error) {
      return { intent: "cancel", ok: false, errors: { form: apiErrorKey(error).key } };
    }
  }
  const raw = fieldsFromForm(form);
  const values = typedValues(form);
  const parsed = AppointmentFieldsSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = zodFieldErrors(parsed.error, formField);
    if (raw.interpreter && !raw.interpreter.language)
      errors.interpreterLanguage = "clientAppointments.languageRequired";
    return { intent: "book", ok: false, errors, values };
  }
  try {
    await caller.appointments.create({ clientId, appointment: parsed.data });
    return { intent: "book", ok: true };
  } catch (error) {
    const { key } = apiErrorKey(error);
    const field = FIELD_OF_API_ERROR[key];
    return { intent: "book", ok: false, errors: field ? { [field]: key } : { form: key }, values };
  }
}
