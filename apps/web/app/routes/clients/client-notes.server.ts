import type { createCaller } from "@gesim/api";
import { NOTE_BODY_MAX_LENGTH, NoteBodySchema } from "@gesim/core";
import { rethrowAsResponse } from "../../server/errors.server.ts";
import { apiErrorKey, type FieldErrors } from "./form-data.server.ts";

type Caller = ReturnType<typeof createCaller>;

const PAGE = 50;

/** Her notes (decrypted by the API; each read audited) and, for managers, who read them. */
export async function loadNotes(caller: Caller, clientId: string, isManager: boolean) {
  const notes = await caller.notes.list({ clientId, limit: PAGE }).catch(rethrowAsResponse);
  const log = isManager ? await caller.notes.accessLog({ clientId, limit: PAGE }).catch(rethrowAsResponse) : null;
  const noteDates = new Map(notes.items.map((note) => [note.id, note.createdAt.toISOString()]));
  return {
    maxLength: NOTE_BODY_MAX_LENGTH,
    notes: notes.items.map((note) => ({
      id: note.id,
      body: note.body,
      createdAt: note.createdAt.toISOString(),
      authorName: note.authorName,
    })),
    hasMoreNotes: notes.nextCursor !== null,
    accessLog: log
      ? log.items.map((event) => ({
          id: String(event.id),
          actorName: event.actorName,
          action: event.action,
          outcome: event.outcome,
          at: event.createdAt.toISOString(),
          noteWrittenAt: event.entityId ? (noteDates.get(event.entityId) ?? null) : null,
        }))
      : null,
  };
}

export type NoteResult = { ok: boolean; errors?: FieldErrors; body?: string };

export async function addNote(caller: Caller, clientId: string, form: FormData): Promise<NoteResult> {
  const raw = form.get("body");
  const body = typeof raw === "string" ? raw : "";
  const parsed = NoteBodySchema.safeParse(body);
  if (!parsed.success)
    return {
      ok: false,
      errors: { "note-body": body.trim() === "" ? "client.notes.bodyRequired" : "client.notes.bodyTooLong" },
      body,
    };
  try {
    await caller.notes.create({ clientId, body: parsed.data });
    return { ok: true };
  } catch (error) {
    return { ok: false, errors: { form: apiErrorKey(error).key }, body };
  }
}
