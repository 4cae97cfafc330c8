import { data, redirect, useSearchParams } from "react-router";
import { AppointmentTable } from "../../components/appointments/appointment-table.tsx";
import { BookingForm } from "../../components/appointments/booking-form.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-appointments";
import {
  APPOINTMENT_FORM_OPTIONS,
  appointmentAction,
  loadBookingChoices,
  loadClientAppointments,
} from "./client-appointments.server.ts";
import { useClientRecord } from "./client-context.ts";
import { todayIso } from "./form-data.server.ts";

export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller, session } = requireApi(context);
  const [appointments, choices] = await Promise.all([
    loadClientAppointments(caller, params.clientId),
    loadBookingChoices(caller, params.clientId),
  ]);
  return data(
    { appointments, options: { ...APPOINTMENT_FORM_OPTIONS, ...choices }, today: todayIso(session) },
    { headers: { "cache-control": "no-store" } },
  );
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await appointmentAction(caller, params.clientId, await request.formData());
  if (result.ok) throw redirect(`/clients/${params.clientId}/appointments?done=${result.intent}`);
  return data(result, { status: result.errors?.form === "error.conflict" ? 409 : 400 });
}

export function headers() {
  return { "cache-control": "no-store" };
}

/** Her appointments, and the form to book one (issue 19). */
export default function ClientAppointments({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { client } = useClientRecord();
  const [search] = useSearchParams();
  const done = actionData ? null : search.get("done");
  const erased = client.erasedAt !== null;
  const bookResult = actionData?.intent === "book" && !actionData.ok ? actionData : null;
  const cancelError = actionData?.intent === "cancel" && !actionData.ok ? actionData.errors?.form : undefined;
  return (
    <div className="appointments">
      <title>{`${t("clientAppointments.title")} · ${client.pseudonym} · ${t("app.name")}`}</title>
      {done === "book" ? (
        <p className="notice" role="status">
          {t("clientAppointments.booked")}
        </p>
      ) : null}
      {done === "cancel" ? (
        <p className="notice" role="status">
          {t("clientAppointments.cancelDone")}
        </p>
      ) : null}
      {cancelError ? (
        <p className="error-summary" role="alert">
          {t(cancelError)}
        </p>
      ) : null}
      <section className="card wide" aria-labelledby="appointments-heading">
        <h2 id="appointments-heading">{t("clientAppointments.title")}</h2>
        <p className="muted">{t("clientAppointments.intro")}</p>
        {loaderData.appointments.length === 0 ? (
          <p>{t("clientAppointments.none")}</p>
        ) : (
          <AppointmentTable
            appointments={loaderData.appointments}
            canCancel={!erased}
            reminderBase={erased ? undefined : `/clients/${client.id}/appointments`}
            caption={t("clientAppointments.title")}
          />
        )}
      </section>
      {erased ? null : (
        <BookingForm
          options={loaderData.options}
          errors={bookResult?.errors}
          values={bookResult?.values}
          today={loaderData.today}
        />
      )}
    </div>
  );
}
