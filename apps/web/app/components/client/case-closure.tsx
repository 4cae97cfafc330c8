import { Form } from "react-router";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { ErrorSummary, type FormErrors } from "./form-errors.tsx";
import { formatDate } from "./format-date.ts";

type Props = {
  status: string;
  version: number;
  closedOn: string | null;
  reasons: readonly string[];
  errors: FormErrors | undefined;
  chosen: readonly string[];
};

/** Close the case with at least one reason, or reopen a closed one (her caseworker or a manager). */
export function CaseClosure({ status, version, closedOn, reasons, errors, chosen }: Props) {
  const { t, i18n } = useTranslation();
  if (status === "closed") {
    return (
      <section className="card" aria-labelledby="closure-heading">
        <h2 id="closure-heading">{t("client.closure.reopenTitle")}</h2>
        <p>
          {closedOn
            ? t("client.closure.closedOn", { date: formatDate(closedOn, i18n.language) })
            : t("clientStatus.closed")}
        </p>
        <ErrorSummary errors={errors} />
        <Form method="post">
          <input type="hidden" name="intent" value="reopen" />
          <input type="hidden" name="version" value={version} />
          <button type="submit">{t("client.closure.reopen")}</button>
        </Form>
      </section>
    );
  }
  const error = errors?.["close-reasons"];
  return (
    <section className="card" aria-labelledby="closure-heading">
      <h2 id="closure-heading">{t("client.closure.title")}</h2>
      <details open={errors !== undefined}>
        <summary>{t("client.closure.open")}</summary>
        <ErrorSummary errors={errors} />
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="close" />
          <input type="hidden" name="version" value={version} />
          <fieldset id="close-reasons" aria-describedby={error ? "close-reasons-error" : undefined}>
            <legend>{t("client.closure.reasons")}</legend>
            {error ? (
              <p className="field-error" id="close-reasons-error">
                {t(error)}
              </p>
            ) : null}
            {reasons.map((reason) => (
              <div className="check" key={reason}>
                <input
                  type="checkbox"
                  id={`reason-${reason}`}
                  name="reasons"
                  value={reason}
                  defaultChecked={chosen.includes(reason)}
                />
                <label htmlFor={`reason-${reason}`}>{t(`plan.closure.${reason}`)}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit">{t("client.closure.close")}</button>
        </Form>
      </details>
    </section>
  );
}
