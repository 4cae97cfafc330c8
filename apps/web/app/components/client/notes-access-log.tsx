import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDateTime } from "./format-date.ts";
import { useTimeZone } from "./use-time-zone.ts";

type Event = {
  id: string;
  actorName: string | null;
  action: string;
  outcome: string;
  at: string;
  noteWrittenAt: string | null;
};

const KNOWN_ACTIONS = new Set(["note.read", "note.create"]);

/** Managers: who read or wrote her notes, and when (names and times, never content). */
export function NotesAccessLog({ events }: { events: Event[] }) {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  return (
    <section className="card wide" aria-labelledby="access-log-heading">
      <h2 id="access-log-heading">{t("client.notes.accessLog")}</h2>
      <p className="muted">{t("client.notes.accessLogIntro")}</p>
      {events.length === 0 ? (
        <p>{t("client.notes.noAccess")}</p>
      ) : (
        <table className="access-log">
          <caption className="visually-hidden">{t("client.notes.accessLog")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("client.notes.who")}</th>
              <th scope="col">{t("client.notes.what")}</th>
              <th scope="col">{t("client.notes.which")}</th>
              <th scope="col">{t("client.notes.when")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <th scope="row">{event.actorName ?? t("client.notes.formerStaff")}</th>
                <td>
                  {KNOWN_ACTIONS.has(event.action) ? t(`client.notes.action.${event.action}`) : event.action}
                  {event.outcome !== "ok" ? <span className="badge warning">{event.outcome}</span> : null}
                </td>
                <td>
                  {event.noteWrittenAt
                    ? t("client.notes.noteOf", { date: formatDateTime(event.noteWrittenAt, i18n.language, timeZone) })
                    : "—"}
                </td>
                <td>
                  <time dateTime={event.at}>{formatDateTime(event.at, i18n.language, timeZone)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
