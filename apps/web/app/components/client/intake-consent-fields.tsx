import { useTranslation } from "../../i18n/use-translation.tsx";
import { CheckField, InputField, SelectField } from "./fields.tsx";
import type { FormErrors } from "./form-errors.tsx";
import type { IntakeOptions } from "./intake-facts-fields.tsx";

type Props = {
  options: IntakeOptions;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
  today: string;
};

/** The consents she gives at intake, each for one purpose (and a named recipient where needed). */
export function IntakeConsentFields({ options, errors, values, today }: Props) {
  const { t } = useTranslation();
  const v = (name: string, fallback = "") => values?.[name] ?? fallback;
  return (
    <fieldset className="panel">
      <legend>{t("client.intake.consents")}</legend>
      <p className="hint">{t("client.intake.consentsHint")}</p>
      {options.purposes.map((purpose) => (
        <div className="consent-choice" key={purpose}>
          <CheckField
            name={`consent-${purpose}`}
            label={t(`consent.purpose.${purpose}`)}
            defaultChecked={values?.[`consent-${purpose}`] === "on"}
          />
          {options.purposesWithRecipient.includes(purpose) ? (
            <InputField
              name={`recipient-${purpose}`}
              label={t("client.consents.recipientFor", { purpose: t(`consent.purpose.${purpose}`) })}
              errors={errors}
              defaultValue={v(`recipient-${purpose}`)}
              maxLength={200}
              autoComplete="off"
            />
          ) : null}
        </div>
      ))}
      <div className="inline-grid">
        <InputField
          name="consentGivenOn"
          type="date"
          label={t("client.consents.given")}
          errors={errors}
          defaultValue={v("consentGivenOn", today)}
        />
        <SelectField
          name="recordedHow"
          label={t("client.consents.recordedHow")}
          options={options.recordingMethods}
          labelPrefix="consent.recordedHow."
          errors={errors}
          defaultValue={v("recordedHow", options.recordingMethods[0])}
        />
      </div>
    </fieldset>
  );
}
