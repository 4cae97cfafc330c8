import { Form, Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { formatDate } from "../client/format-date.ts";

export type AppointmentRowView = {
  id: string;
  kind: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  mode: string;
  place: string | null;
  interpreter: { language: string; booked: boolean } | null;
  childcareNeeded: boolean;
  status: string;
  version: number;
};

/** The language's name in the reader's language ("ro" → "Romanian"). */
export function languageName(tag: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language", fallback: "code" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Her appointments: when, what, where, interpreter and childcare, with a cancel button where allowed. */
export function AppointmentTable({
  appointments,
  canCancel,
  caption,
  reminderBase,
}: {
  appointments: readonly AppointmentRowView[];
  canCancel: boolean;
  caption: string;
  /** Her appointments' path (`/clients/:id/appointments`): a scheduled one links to "Draft a reminder". */
  reminderBase?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("clientAppointments.col.when")}</th>
            <th scope="col">{t("clientAppointments.col.what")}</th>
            <th scope="col">{t("clientAppointments.col.where")}</th>
            <th scope="col">{t("clientAppointments.col.support")}</th>
            <th scope="col">{t("clientAppointments.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {appointments.map((a) => (
            <tr key={a.id}>
              <td>
                {formatDate(a.date, i18n.language)}
                <br />
                {t("appointments.time", { start: a.startTime, minutes: String(a.durationMinutes) })}
              </td>
              <td>{t(`appointment.kind.${a.kind}`)}</td>
              <td>
                {t(`appointment.mode.${a.mode}`)}
                {a.place ? (
                  <>
                    <br />
                    {a.place}
                  </>
                ) : null}
              </td>
              <td>
                {a.interpreter ? (
                  <>
                    {t("appointments.interpreterNeeded", {
                      language: languageName(a.interpreter.language, i18n.language),
                    })}
                    {": "}
                    <strong>
                      {t(a.interpreter.booked ? "appointments.interpreterBooked" : "appointments.interpreterNotBooked")}
                    </strong>
                  </>
                ) : null}
                {a.childcareNeeded ? (
                  <>
                    {a.interpreter ? <br /> : null}
                    {t("appointments.childcare")}
                  </>
                ) : null}
              </td>
              <td>
                {t(`appointment.status.${a.status}`)}
                {reminderBase && a.status === "scheduled" ? (
                  <>
                    <br />
                    <Link
                      to={`${reminderBase}/${a.id}/reminder`}
                      aria-label={t("reminderDraft.linkLabel", { date: formatDate(a.date, i18n.language) })}
                    >
                      {t("reminderDraft.link")}
                    </Link>
                  </>
                ) : null}
                {canCancel && a.status === "scheduled" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="cancel" />
                    <input type="hidden" name="appointmentId" value={a.id} />
                    <input type="hidden" name="version" value={a.version} />
                    <button type="submit" className="secondary">
                      {t("clientAppointments.cancel")}
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
