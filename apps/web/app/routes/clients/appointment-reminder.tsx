import { data, Form, Link } from "react-router";
import { languageName } from "../../components/appointments/appointment-table.tsx";
import { ReminderRules } from "../../components/appointments/reminder-rules.tsx";
import { ErrorSummary, FieldError, invalidProps } from "../../components/client/form-errors.tsx";
import { formatDate } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/appointment-reminder";
import { draftAction, loadReminder } from "./appointment-reminder.server.ts";
import { useClientRecord } from "./client-context.ts";

const NO_STORE = { "cache-control": "no-store, private" };

export const handle = { titleKey: "reminderDraft.title" };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller } = requireApi(context);
  return data(await loadReminder(caller, params.clientId, params.appointmentId), { headers: NO_STORE });
}

/** A POST, not a GET: a place she adds must never reach a URL or a log. Nothing is sent anywhere. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await draftAction(caller, params.clientId, params.appointmentId, await request.formData());
  return data(result, { status: result.ok ? 200 : 400, headers: NO_STORE });
}

export function headers() {
  return NO_STORE;
}

/**
 * "Draft a reminder" (issue 19): her safe-contact rules beside a neutral message in her language,
 * by a channel she allowed. The app never sends it: the caseworker copies it.
 */
export default function AppointmentReminder({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { client } = useClientRecord();
  const { rules, channels, language, appointment } = loaderData;
  const errors = actionData && !actionData.ok ? actionData.errors : undefined;
  const draft = actionData?.ok ? actionData.draft : null;
  const values = actionData?.values;
  const chosen = values?.channel ?? (channels.length === 1 ? channels[0] : undefined);
  const canDraft = rules !== null && channels.length > 0 && appointment.status === "scheduled";
  return (
    <div className="reminder-draft">
      <p>
        <Link to={`/clients/${client.id}/appointments`}>{t("reminderDraft.back")}</Link>
      </p>
      <h2>{t("reminderDraft.title")}</h2>
      <p className="notice">
        {t("reminderDraft.when", {
          date: formatDate(appointment.date, i18n.language),
          time: appointment.startTime,
        })}{" "}
        <strong>{t("reminderDraft.neverSent")}</strong>
      </p>
      <div className="card-grid">
        <ReminderRules rules={rules} />
        <section className="card" aria-labelledby="reminder-message-heading">
          <h3 id="reminder-message-heading">{t("reminderDraft.messageTitle")}</h3>
          {appointment.status !== "scheduled" ? <p className="notice">{t("reminder.error.cancelled")}</p> : null}
          {rules === null ? <p className="notice warning">{t("reminder.error.rulesNotRecorded")}</p> : null}
          <p>
            {language.isFallback
              ? t("reminderDraft.inEnglish", {
                  languages: client.languages.map((tag) => languageName(tag, i18n.language)).join(", ") || "—",
                })
              : t("reminderDraft.inHerLanguage", { language: languageName(language.locale, i18n.language) })}
          </p>
          {canDraft ? (
            <>
              <ErrorSummary errors={errors} />
              <Form method="post" noValidate>
                <fieldset id="channel" {...invalidProps(errors, "channel")}>
                  <legend>{t("reminderDraft.channel")}</legend>
                  <p className="hint">{t("reminderDraft.channelHint")}</p>
                  <FieldError errors={errors} name="channel" />
                  {channels.map((channel) => (
                    <div key={channel} className="check">
                      <input
                        type="radio"
                        id={`channel-${channel}`}
                        name="channel"
                        value={channel}
                        defaultChecked={chosen === channel}
                      />
                      <label htmlFor={`channel-${channel}`}>{t(`client.contactChannel.${channel}`)}</label>
                    </div>
                  ))}
                </fieldset>
                <div className="field">
                  <label htmlFor="place">{t("reminderDraft.place")}</label>
                  <p className="hint" id="place-hint">
                    {t("reminderDraft.placeHint")}
                  </p>
                  <FieldError errors={errors} name="place" />
                  <input
                    id="place"
                    name="place"
                    type="text"
                    maxLength={loaderData.placeMaxLength}
                    defaultValue={values?.place ?? ""}
                    autoComplete="off"
                    {...invalidProps(errors, "place")}
                    aria-describedby={errors?.place ? "place-error place-hint" : "place-hint"}
                  />
                </div>
                <button type="submit">{t("reminderDraft.submit")}</button>
              </Form>
            </>
          ) : null}
          {draft ? (
            <div className="field reminder-text" role="status">
              <label htmlFor="reminder-text">
                {t("reminderDraft.textLabel", { channel: t(`client.contactChannel.${draft.channel}`) })}
              </label>
              <p className="hint" id="reminder-text-hint">
                {t("reminderDraft.copyHint")}
              </p>
              <textarea
                id="reminder-text"
                readOnly
                rows={5}
                lang={draft.locale}
                value={draft.text}
                aria-describedby="reminder-text-hint"
              />
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}
