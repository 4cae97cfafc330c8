import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, FieldError, type FormErrors } from "./form-errors.tsx";
import { SafeContactSummary } from "./safe-contact-summary.tsx";

type Revealed = {
  legalName: string | null;
  dateOfBirth: string | null;
  contact: string | null;
  address: string | null;
};

type Props = {
  reasons: readonly string[];
  minLength: number;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
  revealed: Revealed | null;
  /** Her safe-contact rules, shown with her contact details. */
  safeContact: { channels: string[]; times: string[]; neverLeaveMessage: boolean } | null;
};

const FIELDS = ["legalName", "dateOfBirth", "contact", "address"] as const;

/** Break-glass: who she is, shown once after a reason and a written justification; the access is logged. */
export function IdentityReveal({ reasons, minLength, errors, values, revealed, safeContact }: Props) {
  const { t } = useTranslation();
  const invalid = (name: string) => (errors?.[name] ? { "aria-invalid": true as const } : {});
  return (
    <section className="card restricted" aria-labelledby="identity-reveal-heading">
      <h2 id="identity-reveal-heading">{t("client.identity.revealTitle")}</h2>
      {revealed ? (
        <div className="revealed" role="status">
          <p className="notice warning">{t("client.identity.logged")}</p>
          <dl className="facts">
            {FIELDS.map((field) => (
              <div key={field}>
                <dt>{t(`client.identity.field.${field}`)}</dt>
                <dd>{revealed[field] ?? t("client.identity.notRecorded")}</dd>
              </div>
            ))}
            {/* Her contact details never appear without how she may safely be contacted (issue 16). */}
            <div>
              <dt>{t("client.safeContact.title")}</dt>
              <dd>
                <SafeContactSummary rules={safeContact} />
              </dd>
            </div>
          </dl>
          <p className="hint">{t("client.identity.shownOnce")}</p>
        </div>
      ) : (
        <>
          <p>{t("client.identity.revealIntro")}</p>
          <ErrorSummary errors={errors} />
          <Form method="post" noValidate autoComplete="off">
            <input type="hidden" name="intent" value="reveal" />
            <div className="field">
              <label htmlFor="reveal-reason">{t("client.identity.reason")}</label>
              <FieldError errors={errors} name="reveal-reason" />
              <select
                id="reveal-reason"
                name="reason"
                defaultValue={values?.reason ?? ""}
                aria-describedby={errors?.["reveal-reason"] ? "reveal-reason-error" : undefined}
                {...invalid("reveal-reason")}
              >
                <option value="">{t("client.identity.chooseReason")}</option>
                {reasons.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`identity.reason.${reason}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="reveal-justification">{t("client.identity.justification")}</label>
              <p className="hint" id="reveal-justification-hint">
                {t("client.identity.justificationHint", { count: minLength })}
              </p>
              <FieldError errors={errors} name="reveal-justification" />
              <textarea
                id="reveal-justification"
                name="justification"
                rows={4}
                maxLength={1000}
                defaultValue={values?.justification ?? ""}
                aria-describedby={
                  errors?.["reveal-justification"]
                    ? "reveal-justification-error reveal-justification-hint"
                    : "reveal-justification-hint"
                }
                {...invalid("reveal-justification")}
              />
            </div>
            <button type="submit">{t("client.identity.reveal")}</button>
          </Form>
        </>
      )}
    </section>
  );
}
