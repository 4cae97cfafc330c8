import { useEffect, useRef } from "react";
import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { InputField } from "./fields.tsx";
import { ErrorSummary, FieldError, type FormErrors } from "./form-errors.tsx";

type Props = {
  has: { legalName: boolean; dateOfBirth: boolean; contact: boolean; address: boolean };
  version: number | null;
  errors: FormErrors | undefined;
  values: Record<string, string> | undefined;
  /** True right after a save: the fields are emptied so what was typed does not stay on screen. */
  saved: boolean;
};

const FIELDS = ["legalName", "dateOfBirth", "contact", "address"] as const;

/** Sets or replaces identity details. Current values are never shown here: a blank field is left as it is. */
export function IdentityDetailsForm({ has, version, errors, values, saved }: Props) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (saved) form.current?.reset();
  }, [saved]);
  return (
    <section className="card" aria-labelledby="identity-set-heading">
      <h2 id="identity-set-heading">{t("client.identity.setTitle")}</h2>
      <ul className="identity-status">
        {FIELDS.map((field) => (
          <li key={field}>
            {t(`client.identity.field.${field}`)}:{" "}
            <strong>{t(has[field] ? "client.identity.recorded" : "client.identity.notRecorded")}</strong>
          </li>
        ))}
      </ul>
      <p className="hint">{t("client.identity.setHint")}</p>
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate autoComplete="off" ref={form}>
        <input type="hidden" name="intent" value="set" />
        {version !== null ? <input type="hidden" name="version" value={version} /> : null}
        <InputField
          name="legalName"
          label={t("client.identity.field.legalName")}
          errors={errors}
          defaultValue={values?.legalName ?? ""}
          maxLength={200}
          autoComplete="off"
        />
        <InputField
          name="dateOfBirth"
          type="date"
          label={t("client.identity.field.dateOfBirth")}
          errors={errors}
          defaultValue={values?.dateOfBirth ?? ""}
          autoComplete="off"
        />
        <InputField
          name="contact"
          label={t("client.identity.field.contact")}
          errors={errors}
          defaultValue={values?.contact ?? ""}
          maxLength={300}
          autoComplete="off"
        />
        <div className="field">
          <label htmlFor="address">{t("client.identity.field.address")}</label>
          <FieldError errors={errors} name="address" />
          <textarea
            id="address"
            name="address"
            rows={3}
            maxLength={500}
            defaultValue={values?.address ?? ""}
            autoComplete="off"
            aria-invalid={errors?.address ? true : undefined}
            aria-describedby={errors?.address ? "address-error" : undefined}
          />
        </div>
        <button type="submit">{t("client.identity.save")}</button>
      </Form>
    </section>
  );
}
