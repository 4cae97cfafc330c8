import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/use-translation.tsx";

/** Field name → message key. `form` is a message for the whole form. */
export type FormErrors = Readonly<Record<string, string | undefined>>;

/** aria props of an input whose error (if any) is shown by <FieldError> with the same id. */
export function invalidProps(errors: FormErrors | undefined, name: string, id = name) {
  return errors?.[name] ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
}

export function FieldError({ errors, name, id = name }: { errors: FormErrors | undefined; name: string; id?: string }) {
  const { t } = useTranslation();
  const message = errors?.[name];
  if (!message) return null;
  return (
    <p className="field-error" id={`${id}-error`}>
      {t(message)}
    </p>
  );
}

/** The error summary above a form: focused after a failed submit, links to each field. */
export function ErrorSummary({ errors, prefix = "" }: { errors: FormErrors | undefined; prefix?: string }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors) summary.current?.focus();
  }, [errors]);
  if (!errors) return null;
  const fields = Object.entries(errors).filter(([name, message]) => name !== "form" && message);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary}>
      <p className="error-summary-title">{t("clientForm.errorSummary")}</p>
      {errors.form ? <p>{t(errors.form)}</p> : null}
      {fields.length > 0 ? (
        <ul>
          {fields.map(([name, message]) => (
            <li key={name}>
              <a href={`#${prefix}${name}`}>{t(message ?? "")}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
