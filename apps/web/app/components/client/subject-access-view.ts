/**
 * Her subject-access document in words (issue 16): assessments as rows of labels instead of
 * JSON, and the access history grouped ("her caseworker looked at her record, 14 times in
 * March 2026") instead of raw event codes. Pure; the JSON download stays complete.
 */

export type AssessmentRow = { labelKey: string; valueKey: string | null; value: string | null; note: string | null };

type Entry = { answer?: unknown; level?: unknown; note?: unknown };

function entries(value: unknown): [string, Entry][] {
  return value && typeof value === "object" ? (Object.entries(value) as [string, Entry][]) : [];
}

const note = (entry: Entry) => (typeof entry.note === "string" && entry.note ? entry.note : null);

/** One assessment's content as rows: needs per domain, risk answers per item, ladder readings. */
export function assessmentRows(kind: string, content: unknown): AssessmentRow[] {
  const body = (content ?? {}) as { needs?: unknown; answers?: unknown; readings?: unknown };
  if (kind === "needs")
    return entries(body.needs).map(([domain, need]) => ({
      labelKey: `domain.${domain}.title`,
      valueKey: `need.${String(need.level)}`,
      value: null,
      note: note(need),
    }));
  if (kind === "risk")
    return entries(body.answers).map(([item, answer]) => ({
      labelKey: `risk.item.${item}`,
      valueKey: `risk.answer.${String(answer.answer)}`,
      value: null,
      note: note(answer),
    }));
  if (kind === "ladder" && Array.isArray(body.readings))
    return (body.readings as { domain?: unknown; value?: unknown }[]).map((reading) => ({
      labelKey: `domain.${String(reading.domain)}.title`,
      valueKey: null,
      value: String(reading.value),
      note: null,
    }));
  return [];
}

export const ACCESS_KINDS = ["viewed", "notes", "identity", "changed", "export", "refused", "other"] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** What an audit event means for her, in one of a few words. */
export function accessKind(action: string, outcome: string): AccessKind {
  if (outcome !== "ok") return "refused";
  if (action === "client.subjectAccessExport") return "export";
  if (action.startsWith("identity.")) return "identity";
  if (action.startsWith("note.") || action.startsWith("notes.")) return "notes";
  if (/\.(read|list|get)$/.test(action) || action.endsWith("accessLog")) return "viewed";
  if (
    /^(client|clients|plan|plans|consent|consents|referral|referrals|assessment|assessments|review|reviews)\./.test(
      action,
    )
  )
    return "changed";
  return "other";
}

export type AccessGroup = { who: string | null; kind: AccessKind; month: string; count: number };

/** The access history grouped by person, kind of access and month, in the order first seen. */
export function groupAccessLog(
  log: readonly { at: string | Date; actor: string | null; action: string; outcome: string }[],
): AccessGroup[] {
  const groups = new Map<string, AccessGroup>();
  for (const event of log) {
    const at = typeof event.at === "string" ? event.at : event.at.toISOString();
    const kind = accessKind(event.action, event.outcome);
    const month = at.slice(0, 7);
    const key = `${event.actor ?? ""}|${kind}|${month}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { who: event.actor, kind, month, count: 1 });
  }
  return [...groups.values()];
}

/** "March 2026" in the reader's language. */
export function monthName(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
