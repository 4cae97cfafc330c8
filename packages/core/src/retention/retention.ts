import { z } from "zod";
import type { ClientStatus } from "../clients/client-status.ts";

/**
 * Retention and erasure (issue 7; domain.md §7.2 "Data minimisation"). A closed case keeps its
 * pseudonymised statistical facts for the indicators; her narrative (notes and every free-text
 * field) and her identity vault go after the periods her organisation set.
 */

/** Longest period an organisation may set (50 years): anything longer is a typing mistake. */
export const RETENTION_MONTHS_MAX = 600;

const MonthsSchema = z
  .int({ error: "retention.error.months" })
  .min(1, { error: "retention.error.months" })
  .max(RETENTION_MONTHS_MAX, { error: "retention.error.months" });

/** The organisation's policy: months after a case closes until its notes / identity are deleted. */
export const RetentionPolicySchema = z.object({ retainNotesMonths: MonthsSchema, retainIdentityMonths: MonthsSchema });
export type RetentionPolicy = z.infer<typeof RetentionPolicySchema>;

/** Why a manager erases a record before its time; the category is audited, nothing else. */
export const ERASURE_REASONS = ["her-request", "consent-withdrawn", "recorded-in-error", "other"] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** What can be erased: the narrative (notes, free text, shares, pseudonym) and the identity vault. */
export type ErasureParts = { narrative: boolean; identity: boolean };
export const FULL_ERASURE: ErasureParts = { narrative: true, identity: true };

export type RetentionSubject = { status: ClientStatus; closedOn: string | null; erasedAt: Date | string | null };

/**
 * The calendar date `months` months after `date` (ISO YYYY-MM-DD), clamped to the end of a
 * shorter month: 2026-01-31 + 1 month = 2026-02-28.
 */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/**
 * Which parts of one client's record are due for deletion on `today`. Only closed cases with a
 * closure date count; an erased record has nothing left to delete. `complete` means both parts
 * are due, so the record can be marked erased.
 */
export function retentionDue(
  subject: RetentionSubject,
  policy: RetentionPolicy,
  today: string,
): ErasureParts & { complete: boolean } {
  if (subject.erasedAt !== null || subject.status !== "closed" || subject.closedOn === null)
    return { narrative: false, identity: false, complete: false };
  const narrative = today >= addMonths(subject.closedOn, policy.retainNotesMonths);
  const identity = today >= addMonths(subject.closedOn, policy.retainIdentityMonths);
  return { narrative, identity, complete: narrative && identity };
}

function lastDayOfMonth(isoDate: string): string {
  const day = new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), 0)).getUTCDate();
  return `${isoDate.slice(0, 8)}${String(day).padStart(2, "0")}`;
}

/**
 * The latest closure date whose case may have something due on `today` (for a database filter).
 * On the last day of a month every closure in the month `months` earlier is due (addMonths clamps
 * 31 January + 1 month to 28 February), so the bound is that month's last day, not the same day.
 */
export function latestDueClosure(policy: RetentionPolicy, today: string): string {
  const months = Math.min(policy.retainNotesMonths, policy.retainIdentityMonths);
  const sameDay = addMonths(today, -months);
  if (today !== lastDayOfMonth(today)) return sameDay;
  return lastDayOfMonth(sameDay);
}

/**
 * An assessment's content without its free-text `note` fields (needs and risk items carry
 * one); the levels and scores stay for the statistics. Returns the same object when there was
 * nothing to remove.
 */
export function withoutNotes(content: unknown): unknown {
  if (Array.isArray(content)) {
    const mapped = content.map(withoutNotes);
    return mapped.some((item, i) => item !== content[i]) ? mapped : content;
  }
  if (content === null || typeof content !== "object") return content;
  const entries = Object.entries(content);
  let changed = false;
  const kept: [string, unknown][] = [];
  for (const [key, value] of entries) {
    if (key === "note") {
      changed = true;
      continue;
    }
    const next = withoutNotes(value);
    if (next !== value) changed = true;
    kept.push([key, next]);
  }
  return changed ? Object.fromEntries(kept) : content;
}
