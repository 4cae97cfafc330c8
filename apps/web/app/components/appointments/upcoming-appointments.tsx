import { Link } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { type AppointmentRowView, AppointmentTable } from "./appointment-table.tsx";

/** Her next appointments on the overview, and the way to all of them and to booking one. */
export function UpcomingAppointments({
  clientId,
  appointments,
}: {
  clientId: string;
  appointments: readonly AppointmentRowView[];
}) {
  const { t } = useTranslation();
  return (
    <section className="card wide" aria-labelledby="upcoming-appointments-heading">
      <h2 id="upcoming-appointments-heading">{t("clientAppointments.overviewTitle")}</h2>
      {appointments.length === 0 ? (
        <p>{t("clientAppointments.none")}</p>
      ) : (
        <AppointmentTable
          appointments={appointments}
          canCancel={false}
          reminderBase={`/clients/${clientId}/appointments`}
          caption={t("clientAppointments.overviewTitle")}
        />
      )}
      <p>
        <Link to={`/clients/${clientId}/appointments`}>{t("clientAppointments.overviewLink")}</Link>
      </p>
    </section>
  );
}
