import { z } from "zod";
import { withoutNotes } from "../retention/retention.ts";

/**
 * The free-text `note` of needs and risk items is narrative (issue 15, item 4): it is stored
 * encrypted, apart from the levels and answers the indicators read. A split gives the content
 * without its notes and the notes with where they were; a join puts them back.
 */
export type NotePath = readonly (string | number)[];
export type AssessmentNote = readonly [path: NotePath, note: string];

/** The most notes one assessment holds (one per domain or risk item, with room to spare). */
const MAX_NOTES = 200;

export const AssessmentNotesSchema = z
  .array(z.tuple([z.array(z.union([z.string().max(100), z.int().min(0).max(1000)])).max(10), z.string()]))
  .max(MAX_NOTES);

function collect(value: unknown, path: (string | number)[], into: AssessmentNote[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collect(item, [...path, i], into);
    });
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === "note") {
      if (typeof inner === "string") into.push([path, inner]);
      continue;
    }
    collect(inner, [...path, key], into);
  }
}

/** The content without its notes (`facts`), and each note with the path of the item it belongs to. */
export function splitAssessmentNotes(content: unknown): { facts: unknown; notes: AssessmentNote[] } {
  const notes: AssessmentNote[] = [];
  collect(content, [], notes);
  return { facts: withoutNotes(content), notes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * The content with its notes put back. A note whose item is no longer there is dropped (the
 * facts decide what exists); the facts are not changed in place.
 */
export function joinAssessmentNotes(facts: unknown, notes: readonly AssessmentNote[]): unknown {
  if (notes.length === 0) return facts;
  const copy: unknown = JSON.parse(JSON.stringify(facts ?? null));
  for (const [path, note] of notes) {
    let item: unknown = copy;
    for (const step of path)
      item = isRecord(item) || Array.isArray(item) ? (item as Record<string, unknown>)[step] : undefined;
    if (isRecord(item)) item.note = note;
  }
  return copy;
}
