import { z } from "zod";
import { INTERPRETER_GENDERS } from "../clients/interpreter.ts";
import { LanguageTagSchema } from "../plan/client-profile.ts";
import { IsoDateSchema } from "../plan/iso-date.ts";

/**
 * An appointment of hers (issue 19): a court hearing, a therapy session, a job-centre meeting, a
 * childcare visit. Date and start time are wall-clock values in the organisation's time zone
 * (ADR 016); the place is her narrative (where she goes) and is stored only encrypted.
 */
export const APPOINTMENT_KINDS = ["legal", "health", "therapy", "job-centre", "childcare", "other"] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/** Where it happens: at a place, by phone or by video. */
export const APPOINTMENT_MODES = ["in-person", "phone", "video"] as const;
export type AppointmentMode = (typeof APPOINTMENT_MODES)[number];

export const APPOINTMENT_STATUSES = ["scheduled", "cancelled"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** How the interpreter joins this appointment (she may accept either for her need; a booking is one). */
export const APPOINTMENT_INTERPRETER_MODES = ["in-person", "remote"] as const;

export const APPOINTMENT_PLACE_MAX_LENGTH = 300;
export const APPOINTMENT_MAX_ATTENDEES = 10;
export const APPOINTMENT_MIN_MINUTES = 5;
export const APPOINTMENT_MAX_MINUTES = 720;

/** "HH:MM", 24-hour clock. */
export const StartTimeSchema = z
  .string()
  .trim()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: "appointment.error.startTime" });

export const AppointmentInterpreterSchema = z.object({
  language: LanguageTagSchema,
  gender: z.enum(INTERPRETER_GENDERS),
  mode: z.enum(APPOINTMENT_INTERPRETER_MODES),
  booked: z.boolean(),
});
export type AppointmentInterpreter = z.infer<typeof AppointmentInterpreterSchema>;

/** What a caseworker enters for an appointment (create and update). */
export const AppointmentFieldsSchema = z
  .object({
    kind: z.enum(APPOINTMENT_KINDS),
    date: IsoDateSchema,
    startTime: StartTimeSchema,
    durationMinutes: z
      .number({ error: "appointment.error.duration" })
      .int({ error: "appointment.error.duration" })
      .min(APPOINTMENT_MIN_MINUTES, { error: "appointment.error.duration" })
      .max(APPOINTMENT_MAX_MINUTES, { error: "appointment.error.duration" }),
    mode: z.enum(APPOINTMENT_MODES),
    /** Her place of the appointment (an address, a court room): encrypted at rest; only for "in-person". */
    place: z.string().trim().max(APPOINTMENT_PLACE_MAX_LENGTH, { error: "appointment.error.place" }).nullish(),
    /** The step of her plan it serves, if any. */
    actionId: z.uuid().nullish(),
    /** Staff who attend with her. */
    attendeeUserIds: z.array(z.uuid()).max(APPOINTMENT_MAX_ATTENDEES).default([]),
    /** An interpreter is needed: absent when not. */
    interpreter: AppointmentInterpreterSchema.nullish(),
    /** She needs childcare to be able to attend (P3). */
    childcareNeeded: z.boolean().default(false),
  })
  .refine((a) => a.mode === "in-person" || !a.place, {
    error: "appointment.error.placeOnlyInPerson",
    path: ["place"],
  });
export type AppointmentFields = z.infer<typeof AppointmentFieldsSchema>;
