import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDateTime } from "./format-date.ts";
import { useTimeZone } from "./use-time-zone.ts";

type Note = { id: string; body: string; createdAt: string; authorName: string | null };

/** Her case notes, newest first. */
export function NotesList({ notes, hasMore }: { notes: Note[]; hasMore: boolean }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <section className="card wide" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("client.notes.title")}</h2>
      <p className="muted">{t("client.notes.audited")}</p>
      {notes.length === 0 ? (
        <p>{t("client.notes.none")}</p>
      ) : (
        <ol className="notes-list">
          {notes.map((note) => (
            <li key={note.id}>
              <article
                aria-label={t("client.notes.noteBy", {
                  name: note.authorName ?? "—",
                  date: formatDateTime(note.createdAt, i18n.language, timeZone),
                })}
              >
                <p className="note-meta">
                  <strong>{note.authorName ?? t("client.notes.formerStaff")}</strong> ·{" "}
                  <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, i18n.language, timeZone)}</time>
                </p>
                <p className="note-body">{note.body}</p>
              </article>
            </li>
          ))}
        </ol>
      )}
      {hasMore ? <p className="muted">{t("client.notes.more")}</p> : null}
    </section>
  );
}
