import { z } from "zod";
import { daysBetween, IsoDateSchema } from "../plan/iso-date.ts";

/**
 * A complaint about the service (P10 survivor voice, domain.md §1.7 P10 evidence "complaints";
 * issue 21 "Survivor feedback"): made by her or by someone for her, recorded by the organisation,
 * answered, and she is told the outcome. What it is about is a small closed list (countable);
 * her words (details, outcome) may hold personal detail and are stored only encrypted, like notes.
 * Never shown to a funder: at most a count through the disclosure control.
 */
export const COMPLAINT_CHANNELS = ["in-person", "phone", "email", "letter", "feedback-form", "other"] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** Who made it: she herself, or someone on her behalf (a friend, a lawyer, another service). */
export const COMPLAINT_MADE_BY = ["her", "someone-for-her"] as const;
export type ComplaintMadeBy = (typeof COMPLAINT_MADE_BY)[number];

export const COMPLAINT_SUBJECTS = [
  "staff-conduct",
  "quality-of-support",
  "privacy",
  "language-or-interpreting",
  "waiting-or-access",
  "safety",
  "accommodation",
  "other",
] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

export const COMPLAINT_STATUSES = ["received", "acknowledged", "resolved", "withdrawn"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_TEXT_MAX_LENGTH = 2000;

const ComplaintTextSchema = z
  .string()
  .trim()
  .max(COMPLAINT_TEXT_MAX_LENGTH, { error: "complaint.error.tooLong" })
  .transform((text) => (text === "" ? null : text))
  .nullish();

/** What is recorded when a complaint comes in. */
export const ComplaintFieldsSchema = z
  .object({
    receivedOn: IsoDateSchema,
    channel: z.enum(COMPLAINT_CHANNELS),
    madeBy: z.enum(COMPLAINT_MADE_BY),
    subject: z.enum(COMPLAINT_SUBJECTS),
    /** Her words: encrypted at rest. */
    details: ComplaintTextSchema,
    /** The staff member who handles it. */
    handlerUserId: z.uuid().nullish(),
  })
  .strict();
export type ComplaintFields = z.infer<typeof ComplaintFieldsSchema>;

/** How it is being answered: status, outcome (encrypted), date closed, whether she was told. */
export const ComplaintProgressSchema = z
  .object({
    status: z.enum(COMPLAINT_STATUSES),
    outcome: ComplaintTextSchema,
    closedOn: IsoDateSchema.nullish(),
    toldOutcome: z.boolean().default(false),
    handlerUserId: z.uuid().nullish(),
  })
  .strict();
export type ComplaintProgress = z.infer<typeof ComplaintProgressSchema>;

export function isComplaintOpen(status: ComplaintStatus): boolean {
  return status === "received" || status === "acknowledged";
}

/** Where a status may move: forward only; a closed complaint stays closed (its outcome may still be edited). */
const NEXT: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  received: ["received", "acknowledged", "resolved", "withdrawn"],
  acknowledged: ["acknowledged", "resolved", "withdrawn"],
  resolved: ["resolved"],
  withdrawn: ["withdrawn"],
};

export type ComplaintProblem = { key: string; field: "status" | "outcome" | "closedOn" | "toldOutcome" | "receivedOn" };

/** Why a received complaint cannot be recorded as it is (a date in the future), or null. */
export function complaintFieldsProblem(
  fields: Pick<ComplaintFields, "receivedOn">,
  today: string,
): ComplaintProblem | null {
  return fields.receivedOn > today ? { key: "complaint.error.receivedInFuture", field: "receivedOn" } : null;
}

/**
 * Why this progress cannot be recorded on a complaint received on `receivedOn` and now at
 * `current`, or null: a resolved complaint needs its outcome; a closed one its date (not before
 * it was received, not in the future); an open one has neither date nor "told the outcome".
 */
export function complaintProgressProblem(
  current: { status: ComplaintStatus; receivedOn: string },
  next: ComplaintProgress,
  today: string,
): ComplaintProblem | null {
  if (!NEXT[current.status].includes(next.status)) return { key: "complaint.error.transition", field: "status" };
  if (isComplaintOpen(next.status)) {
    if (next.closedOn) return { key: "complaint.error.closedOnWhileOpen", field: "closedOn" };
    if (next.toldOutcome) return { key: "complaint.error.toldWhileOpen", field: "toldOutcome" };
    return null;
  }
  if (next.status === "resolved" && !next.outcome) return { key: "complaint.error.outcomeRequired", field: "outcome" };
  if (!next.closedOn) return { key: "complaint.error.closedOnRequired", field: "closedOn" };
  if (next.closedOn < current.receivedOn) return { key: "complaint.error.closedBeforeReceived", field: "closedOn" };
  if (next.closedOn > today) return { key: "complaint.error.closedInFuture", field: "closedOn" };
  return null;
}

/** Days since it was received: until today while open, until it was closed once closed. */
export function complaintAgeDays(complaint: { receivedOn: string; closedOn: string | null }, today: string): number {
  return Math.max(0, daysBetween(complaint.receivedOn, complaint.closedOn ?? today));
}

/** The complaints log's order: open ones first, oldest first (the longest wait on top); then closed, latest first. */
export function compareComplaintsForLog(
  a: { status: ComplaintStatus; receivedOn: string; closedOn: string | null; id: string },
  b: { status: ComplaintStatus; receivedOn: string; closedOn: string | null; id: string },
): number {
  const openA = isComplaintOpen(a.status);
  const openB = isComplaintOpen(b.status);
  if (openA !== openB) return openA ? -1 : 1;
  if (openA) return a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id);
  return (b.closedOn ?? "").localeCompare(a.closedOn ?? "") || a.id.localeCompare(b.id);
}
