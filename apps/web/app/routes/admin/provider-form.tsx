import { Form } from "react-router";
import { ErrorSummary, FieldError, type FormErrors, invalidProps } from "../../components/client/form-errors.tsx";
import { useTranslation } from "../../i18n/use-translation.tsx";
import type { ProviderFormValues } from "./provider-values.ts";

/** Add or edit a provider (no JavaScript needed): what was typed comes back with the errors. */
export function ProviderForm({
  values,
  errors,
  domains,
}: {
  values: ProviderFormValues;
  errors: FormErrors | undefined;
  domains: readonly string[];
}) {
  const { t } = useTranslation();
  const editing = values.providerId !== "";
  const prefix = editing ? "edit-" : "new-";
  return (
    <Form method="post" noValidate className="provider-form">
      <ErrorSummary errors={errors} prefix={prefix} />
      <input type="hidden" name="intent" value={editing ? "update" : "create"} />
      {editing ? (
        <>
          <input type="hidden" name="providerId" value={values.providerId} />
          <input type="hidden" name="version" value={values.version} />
        </>
      ) : null}
      <div className="field">
        <label htmlFor={`${prefix}name`}>{t("adminProviders.name")}</label>
        <FieldError errors={errors} name="name" id={`${prefix}name`} />
        <input
          id={`${prefix}name`}
          name="name"
          defaultValue={values.name}
          required
          maxLength={200}
          {...invalidProps(errors, "name", `${prefix}name`)}
        />
      </div>
      <fieldset id={`${prefix}domains`} {...invalidProps(errors, "domains", `${prefix}domains`)}>
        <legend>{t("adminProviders.domains")}</legend>
        <FieldError errors={errors} name="domains" id={`${prefix}domains`} />
        {domains.map((domain) => (
          <div className="checkbox" key={domain}>
            <input
              type="checkbox"
              id={`${prefix}domain-${domain}`}
              name="domains"
              value={domain}
              defaultChecked={values.domains.includes(domain)}
            />
            <label htmlFor={`${prefix}domain-${domain}`}>{t(`domain.${domain}.title`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${prefix}languages`}>{t("adminProviders.languages")}</label>
        <p className="hint" id={`${prefix}languages-hint`}>
          {t("adminProviders.languagesHint")}
        </p>
        <FieldError errors={errors} name="languages" id={`${prefix}languages`} />
        <input
          id={`${prefix}languages`}
          name="languages"
          defaultValue={values.languages}
          maxLength={400}
          aria-describedby={`${prefix}languages-hint`}
          {...invalidProps(errors, "languages", `${prefix}languages`)}
        />
      </div>
      <div className="checkbox">
        <input type="checkbox" id={`${prefix}isWomenOnly`} name="isWomenOnly" defaultChecked={values.isWomenOnly} />
        <label htmlFor={`${prefix}isWomenOnly`}>{t("adminProviders.womenOnly")}</label>
      </div>
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${prefix}acceptsMothersWithChildren`}
          name="acceptsMothersWithChildren"
          defaultChecked={values.acceptsMothersWithChildren}
        />
        <label htmlFor={`${prefix}acceptsMothersWithChildren`}>{t("adminProviders.mothers")}</label>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}contact`}>{t("adminProviders.contact")}</label>
        <FieldError errors={errors} name="contact" id={`${prefix}contact`} />
        <textarea
          id={`${prefix}contact`}
          name="contact"
          defaultValue={values.contact}
          maxLength={1000}
          rows={3}
          {...invalidProps(errors, "contact", `${prefix}contact`)}
        />
      </div>
      <button type="submit">{t(editing ? "adminProviders.save" : "adminProviders.add")}</button>
    </Form>
  );
}
