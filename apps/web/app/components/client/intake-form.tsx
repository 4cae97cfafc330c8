import { useState } from "react";
import { Form, useNavigation } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField, SelectField } from "./fields.tsx";
import { ErrorSummary, FieldError, type FormErrors } from "./form-errors.tsx";
import { IntakeConsentFields } from "./intake-consent-fields.tsx";
import { IntakeFactsFields, type IntakeOptions } from "./intake-facts-fields.tsx";

type Props = {
  suggestion: string;
  today: string;
  options: IntakeOptions;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
  isMinor: boolean;
};

/** The intake form: pseudonym, adult confirmation, first contact, her facts, consents. */
export function IntakeForm({ suggestion, today, options, errors, values, isMinor }: Props) {
  const { t } = useTranslation();
  const isSubmitting = useNavigation().state === "submitting";
  const [adult, setAdult] = useState(values?.isAdult ?? "");
  const showMinor = isMinor || adult === "no";
  const v = (name: string, fallback = "") => values?.[name] ?? fallback;
  return (
    <Form method="post" noValidate className="intake">
      <ErrorSummary errors={errors} />
      <div className="panel box">
        <InputField
          name="pseudonym"
          label={t("client.intake.pseudonym")}
          hint={t("client.intake.pseudonymHint")}
          errors={errors}
          defaultValue={v("pseudonym", suggestion)}
          maxLength={40}
          autoComplete="off"
          required
        />
      </div>
      <fieldset
        className="panel"
        id="isAdult"
        aria-describedby={errors?.isAdult ? "isAdult-error isAdult-hint" : "isAdult-hint"}
      >
        <legend>{t("client.intake.isAdult")}</legend>
        <p className="hint" id="isAdult-hint">
          {t("client.intake.isAdultHint")}
        </p>
        <FieldError errors={errors} name="isAdult" />
        {(["yes", "no"] as const).map((answer) => (
          <div className="check" key={answer}>
            <input
              type="radio"
              id={`isAdult-${answer}`}
              name="isAdult"
              value={answer}
              defaultChecked={v("isAdult") === answer}
              onChange={() => setAdult(answer)}
            />
            <label htmlFor={`isAdult-${answer}`}>{t(`client.intake.isAdult.${answer}`)}</label>
          </div>
        ))}
        {showMinor ? (
          <div className="notice warning" role="alert">
            <p>
              <strong>{t("plan.error.minorIsReferral")}</strong>
            </p>
            <p>{t("client.intake.minorExplained")}</p>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="panel">
        <legend>{t("client.intake.firstContact")}</legend>
        <div className="inline-grid">
          <SelectField
            name="firstContactChannel"
            label={t("client.intake.channel")}
            options={options.channels}
            labelPrefix="clients.channel."
            emptyLabel={t("client.notRecorded")}
            errors={errors}
            defaultValue={v("firstContactChannel")}
          />
          <InputField
            name="firstContactDate"
            type="date"
            label={t("client.intake.firstContactDate")}
            errors={errors}
            defaultValue={v("firstContactDate", today)}
            max={today}
            required
          />
        </div>
      </fieldset>
      <IntakeFactsFields options={options} errors={errors} values={values} />
      <IntakeConsentFields options={options} errors={errors} values={values} today={today} />
      <div className="form-actions">
        <button type="submit" disabled={isSubmitting}>
          {t("client.intake.submit")}
        </button>
      </div>
    </Form>
  );
}
