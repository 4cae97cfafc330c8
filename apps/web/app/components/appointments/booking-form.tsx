import { Form, useNavigation } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, FieldError, type FormErrors, invalidProps } from "../client/form-errors.tsx";

type Values = Readonly<Record<string, string | readonly string[] | undefined>>;

export type BookingOptions = {
  kinds: readonly string[];
  modes: readonly string[];
  interpreterGenders: readonly string[];
  interpreterModes: readonly string[];
  placeMaxLength: number;
  steps: readonly { id: string; labelKey: string | null; freeText: string | null }[];
  staff: readonly { id: string; name: string }[];
};

/**
 * Books an appointment for her. A plain POST form (works without JavaScript); after an error every
 * value typed comes back, with the message beside its field.
 */
export function BookingForm({
  options,
  errors,
  values,
  today,
}: {
  options: BookingOptions;
  errors: FormErrors | undefined;
  values: Values | undefined;
  today: string;
}) {
  const { t } = useTranslation();
  const submitting = useNavigation().state === "submitting";
  const value = (name: string, fallback = "") => {
    const v = values?.[name];
    return typeof v === "string" ? v : fallback;
  };
  const isChecked = (name: string) => values?.[name] === "on";
  const attendees = Array.isArray(values?.attendeeUserIds) ? (values?.attendeeUserIds as readonly string[]) : [];
  return (
    <section className="card wide" aria-labelledby="book-appointment-heading">
      <h2 id="book-appointment-heading">{t("clientAppointments.bookTitle")}</h2>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate className="appointment-form">
        <input type="hidden" name="intent" value="book" />
        <div className="field">
          <label htmlFor="kind">{t("clientAppointments.kind")}</label>
          <FieldError errors={errors} name="kind" />
          <select id="kind" name="kind" defaultValue={value("kind", "legal")} {...invalidProps(errors, "kind")}>
            {options.kinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`appointment.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="date">{t("clientAppointments.date")}</label>
          <FieldError errors={errors} name="date" />
          <input
            id="date"
            name="date"
            type="date"
            defaultValue={value("date", today)}
            {...invalidProps(errors, "date")}
          />
        </div>
        <div className="field">
          <label htmlFor="startTime">{t("clientAppointments.startTime")}</label>
          <FieldError errors={errors} name="startTime" />
          <input
            id="startTime"
            name="startTime"
            type="time"
            defaultValue={value("startTime")}
            {...invalidProps(errors, "startTime")}
          />
        </div>
        <div className="field">
          <label htmlFor="durationMinutes">{t("clientAppointments.duration")}</label>
          <FieldError errors={errors} name="durationMinutes" />
          <input
            id="durationMinutes"
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={5}
            max={720}
            step={5}
            defaultValue={value("durationMinutes", "60")}
            {...invalidProps(errors, "durationMinutes")}
          />
        </div>
        <div className="field">
          <label htmlFor="mode">{t("clientAppointments.mode")}</label>
          <FieldError errors={errors} name="mode" />
          <select id="mode" name="mode" defaultValue={value("mode", "in-person")} {...invalidProps(errors, "mode")}>
            {options.modes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`appointment.mode.${mode}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="place">{t("clientAppointments.place")}</label>
          <p className="hint" id="place-hint">
            {t("clientAppointments.placeHint")}
          </p>
          <FieldError errors={errors} name="place" />
          <input
            id="place"
            name="place"
            type="text"
            maxLength={options.placeMaxLength}
            defaultValue={value("place")}
            aria-invalid={errors?.place ? true : undefined}
            aria-describedby={errors?.place ? "place-error place-hint" : "place-hint"}
          />
        </div>
        <div className="field">
          <label htmlFor="actionId">{t("clientAppointments.step")}</label>
          <FieldError errors={errors} name="actionId" />
          <select id="actionId" name="actionId" defaultValue={value("actionId")} {...invalidProps(errors, "actionId")}>
            <option value="">{t("clientAppointments.noStep")}</option>
            {options.steps.map((step) => (
              <option key={step.id} value={step.id}>
                {step.labelKey ? t(step.labelKey) : (step.freeText ?? "…")}
              </option>
            ))}
          </select>
        </div>
        {options.staff.length > 0 ? (
          <fieldset id="attendeeUserIds" {...invalidProps(errors, "attendeeUserIds")}>
            <legend>{t("clientAppointments.attendees")}</legend>
            <FieldError errors={errors} name="attendeeUserIds" />
            {options.staff.map((person) => (
              <div className="check" key={person.id}>
                <input
                  type="checkbox"
                  id={`attendee-${person.id}`}
                  name="attendeeUserIds"
                  value={person.id}
                  defaultChecked={attendees.includes(person.id)}
                />
                <label htmlFor={`attendee-${person.id}`}>{person.name}</label>
              </div>
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend>{t("clientAppointments.interpreterTitle")}</legend>
          <div className="check">
            <input
              type="checkbox"
              id="interpreterNeeded"
              name="interpreterNeeded"
              defaultChecked={isChecked("interpreterNeeded")}
            />
            <label htmlFor="interpreterNeeded">{t("clientAppointments.interpreterNeeded")}</label>
          </div>
          <div className="field">
            <label htmlFor="interpreterLanguage">{t("client.interpreter.language")}</label>
            <FieldError errors={errors} name="interpreterLanguage" />
            <input
              id="interpreterLanguage"
              name="interpreterLanguage"
              type="text"
              maxLength={35}
              autoComplete="off"
              defaultValue={value("interpreterLanguage")}
              {...invalidProps(errors, "interpreterLanguage")}
            />
          </div>
          <div className="field">
            <label htmlFor="interpreterGender">{t("client.interpreter.gender")}</label>
            <FieldError errors={errors} name="interpreterGender" />
            <select
              id="interpreterGender"
              name="interpreterGender"
              defaultValue={value("interpreterGender", "woman")}
              {...invalidProps(errors, "interpreterGender")}
            >
              {options.interpreterGenders.map((gender) => (
                <option key={gender} value={gender}>
                  {t(`client.interpreterGender.${gender}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="interpreterMode">{t("clientAppointments.interpreterMode")}</label>
            <FieldError errors={errors} name="interpreterMode" />
            <select
              id="interpreterMode"
              name="interpreterMode"
              defaultValue={value("interpreterMode", "in-person")}
              {...invalidProps(errors, "interpreterMode")}
            >
              {options.interpreterModes.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`appointment.interpreterMode.${mode}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="check">
            <input
              type="checkbox"
              id="interpreterBooked"
              name="interpreterBooked"
              defaultChecked={isChecked("interpreterBooked")}
            />
            <label htmlFor="interpreterBooked">{t("clientAppointments.interpreterBooked")}</label>
          </div>
        </fieldset>
        <div className="check">
          <input
            type="checkbox"
            id="childcareNeeded"
            name="childcareNeeded"
            defaultChecked={isChecked("childcareNeeded")}
          />
          <label htmlFor="childcareNeeded">{t("clientAppointments.childcareNeeded")}</label>
        </div>
        <button type="submit" disabled={submitting}>
          {t("clientAppointments.submit")}
        </button>
      </Form>
    </section>
  );
}
