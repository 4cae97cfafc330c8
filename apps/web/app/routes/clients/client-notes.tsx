import { data } from "react-router";
import { NoteForm } from "../../components/client/note-form.tsx";
import { NotesAccessLog } from "../../components/client/notes-access-log.tsx";
import { NotesList } from "../../components/client/notes-list.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-notes";
import { addNote, loadNotes } from "./client-notes.server.ts";

export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  return data(await loadNotes(caller, params.clientId, session.role === "manager"), {
    headers: { "cache-control": "no-store" },
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await addNote(caller, params.clientId, await request.formData());
  return data(result, { status: result.ok ? 200 : 400 });
}

export default function ClientNotes({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <div className="notes">
      <NoteForm
        errors={actionData?.ok ? undefined : actionData?.errors}
        body={actionData?.body}
        saved={actionData?.ok ?? false}
        maxLength={loaderData.maxLength}
      />
      <NotesList notes={loaderData.notes} hasMore={loaderData.hasMoreNotes} />
      {loaderData.accessLog ? <NotesAccessLog events={loaderData.accessLog} /> : null}
    </div>
  );
}
