import { type AppointmentConflict, INTERPRETER_BOOKING_LEAD_DAYS } from "../appointments/conflicts.ts";
import { translate } from "../i18n/catalogue.ts";
import type { Locale } from "../i18n/locales.ts";
import {
  CONSENT_EXPIRING_DAYS,
  DUE_SOON_DAYS,
  REFLECTION_ENDING_DAYS,
  TASK_KINDS,
  type Task,
  type TaskKind,
} from "./task-inbox.ts";

/**
 * The daily e-mail digest for staff (issue 19, reminders): how many things wait for her, by
 * kind, and where to open them. Counts and a link only: an e-mail leaves the organisation's
 * control (forwarded, read on a shared phone, kept by the mail provider), so it never holds a
 * name, a pseudonym, a place or a date of hers.
 */
export const DIGEST_LINES = [
  ...TASK_KINDS,
  "appointment-overlap",
  "interpreter-not-booked",
  "approvals-waiting",
] as const;
export type DigestLine = (typeof DIGEST_LINES)[number];
export type DigestCounts = Readonly<Record<DigestLine, number>>;

/**
 * Her inbox tasks counted by kind, with her appointment conflicts (as "My work" shows them) and
 * the plans waiting for a manager's approval.
 */
export function digestCounts(
  tasks: readonly Pick<Task, "kind">[],
  approvalsWaiting: number,
  conflicts: readonly Pick<AppointmentConflict, "kind">[] = [],
): DigestCounts {
  const counts = Object.fromEntries(DIGEST_LINES.map((line) => [line, 0])) as Record<DigestLine, number>;
  for (const task of tasks) counts[task.kind satisfies TaskKind] += 1;
  for (const conflict of conflicts)
    counts[conflict.kind === "overlap" ? "appointment-overlap" : "interpreter-not-booked"] += 1;
  counts["approvals-waiting"] = approvalsWaiting;
  return counts;
}

/** The window a "due soon" line speaks of, the same as the inbox's. */
function windowOf(line: DigestLine): number {
  if (line === "reflection-ending") return REFLECTION_ENDING_DAYS;
  if (line === "interpreter-not-booked") return INTERPRETER_BOOKING_LEAD_DAYS;
  return line === "consent-expiring" ? CONSENT_EXPIRING_DAYS : DUE_SOON_DAYS;
}

export type DigestMessage = { subject: string; text: string };

/**
 * The digest's subject and plain text in her language, or null when nothing waits (no e-mail
 * that says nothing). `appUrl` is the planner's public address; the link leads to her inbox.
 */
export function composeDigest(counts: DigestCounts, locale: Locale, appUrl: string): DigestMessage | null {
  const lines = DIGEST_LINES.filter((line) => counts[line] > 0);
  if (lines.length === 0) return null;
  const base = appUrl.replace(/\/+$/, "");
  const text = [
    translate(locale, "digest.intro"),
    "",
    ...lines.map((line) => translate(locale, `digest.line.${line}`, { count: counts[line], days: windowOf(line) })),
    "",
    translate(locale, "digest.open", { url: `${base}/my-work` }),
    "",
    translate(locale, "digest.why"),
  ].join("\n");
  return { subject: translate(locale, "digest.subject"), text: `${text}\n` };
}
