import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, FieldError, type FormErrors, invalidProps } from "./form-errors.tsx";

type Props = {
  options: {
    purposes: readonly string[];
    recordingMethods: readonly string[];
    /** The directory: a consent to share with a provider names it by choice, not by typing. */
    providers?: readonly { id: string; name: string }[];
  };
  today: string;
  errors: FormErrors | undefined;
  values: Record<string, string | string[]> | undefined;
};

/** Records a consent she gave: purpose, recipient (for referral and sharing), date, how. */
export function ConsentAddForm({ options, today, errors, values }: Props) {
  const { t } = useTranslation();
  const value = (name: string, fallback = "") => {
    const v = values?.[name];
    return typeof v === "string" ? v : fallback;
  };
  return (
    <details className="add-form" open={errors !== undefined}>
      <summary>{t("client.consents.add")}</summary>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate className="inline-grid">
        <input type="hidden" name="intent" value="add-consent" />
        <div className="field">
          <label htmlFor="consent-purpose">{t("client.consents.purpose")}</label>
          <FieldError errors={errors} name="consent-purpose" />
          <select
            id="consent-purpose"
            name="purpose"
            defaultValue={value("purpose", options.purposes[0])}
            {...invalidProps(errors, "consent-purpose")}
          >
            {options.purposes.map((purpose) => (
              <option key={purpose} value={purpose}>
                {t(`consent.purpose.${purpose}`)}
              </option>
            ))}
          </select>
        </div>
        {options.providers?.length ? (
          <div className="field">
            <label htmlFor="consent-recipientProvider">{t("journey.consent.provider")}</label>
            <select id="consent-recipientProvider" name="recipientProvider" defaultValue={value("recipientProvider")}>
              <option value="">{t("journey.consent.notAProvider")}</option>
              {options.providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="consent-recipient">{t("client.consents.recipient")}</label>
          <p className="hint" id="consent-recipient-hint">
            {t("client.consents.recipientHint")}
          </p>
          <FieldError errors={errors} name="consent-recipient" />
          <input
            id="consent-recipient"
            name="recipient"
            maxLength={200}
            defaultValue={value("recipient")}
            aria-describedby={
              errors?.["consent-recipient"]
                ? "consent-recipient-error consent-recipient-hint"
                : "consent-recipient-hint"
            }
            aria-invalid={errors?.["consent-recipient"] ? true : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="consent-givenOn">{t("client.consents.given")}</label>
          <FieldError errors={errors} name="consent-givenOn" />
          <input
            id="consent-givenOn"
            name="givenOn"
            type="date"
            defaultValue={value("givenOn", today)}
            {...invalidProps(errors, "consent-givenOn")}
          />
        </div>
        <div className="field">
          <label htmlFor="consent-expiresOn">{t("client.consents.expires")}</label>
          <FieldError errors={errors} name="consent-expiresOn" />
          <input
            id="consent-expiresOn"
            name="expiresOn"
            type="date"
            defaultValue={value("expiresOn")}
            {...invalidProps(errors, "consent-expiresOn")}
          />
        </div>
        <div className="field">
          <label htmlFor="consent-recordedHow">{t("client.consents.recordedHow")}</label>
          <FieldError errors={errors} name="consent-recordedHow" />
          <select
            id="consent-recordedHow"
            name="recordedHow"
            defaultValue={value("recordedHow", options.recordingMethods[0])}
            {...invalidProps(errors, "consent-recordedHow")}
          >
            {options.recordingMethods.map((method) => (
              <option key={method} value={method}>
                {t(`consent.recordedHow.${method}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-actions">
          <button type="submit">{t("client.consents.save")}</button>
        </div>
      </Form>
    </details>
  );
}
